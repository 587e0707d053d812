import { holdingPage } from '../../app/holding.js';
import { Holding, PageQuery, Today } from '../../contract/index.js';
import { unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { todayCaches } from '../today-cache.js';
import { type Api, answers, sendJson } from './api.js';

export function todayRoutes(app: Api, ctx: ContextOf): void {
  const answer = todayCaches();
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
    async (request, reply) => sendJson(request, reply, await answer(ctx(request))),
  );

  app.get(
    '/api/holding',
    {
      schema: {
        summary: 'the holding file: opportunities parked after their unanswered follow-ups',
        querystring: PageQuery,
        response: answers({ 200: Holding }),
      },
    },
    async (req) => unwrap(await holdingPage(ctx(req), req.query)),
  );
}
