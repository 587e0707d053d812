import type { AppContext } from '../../app/context.js';
import { holding } from '../../app/holding.js';
import { today } from '../../app/today.js';
import { Holding, Today } from '../schemas.js';
import { type Api, answers } from './api.js';

export function todayRoutes(app: Api, ctx: AppContext): void {
  app.get(
    '/api/today',
    {
      schema: {
        summary: 'whom to contact today, how and with what words; then the coming 14 days',
        response: answers({ 200: Today }),
      },
    },
    () => today(ctx),
  );

  app.get(
    '/api/holding',
    {
      schema: {
        summary: 'the holding file: opportunities parked after their unanswered follow-ups',
        response: answers({ 200: Holding }),
      },
    },
    () => holding(ctx),
  );
}
