import type { AppContext } from '../../app/context.js';
import { holding } from '../../app/holding.js';
import { Holding, Today } from '../schemas.js';
import { todayCache } from '../today-cache.js';
import { type Api, answers, sendJson } from './api.js';

export function todayRoutes(app: Api, ctx: AppContext): void {
  const answer = todayCache(ctx);
  app.get(
    '/api/today',
    {
      schema: {
        summary: 'whom to contact today, how and with what words; then the coming 14 days',
        description:
          'Carries an ETag: asked again with If-None-Match, it answers 304 while nothing changed.',
        response: answers({ 200: Today }),
      },
    },
    async (request, reply) => sendJson(request, reply, await answer()),
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
