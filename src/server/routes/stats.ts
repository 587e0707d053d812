import { stats, stepWeeks } from '../../app/progress/stats.js';
import { Stats, StatsQuery, StatsWeeks } from '../../contract/index.js';
import { HttpProblem, unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers, PROGRESS_READ } from './api.js';

export function statsRoutes(app: Api, ctx: ContextOf): void {
  app.get(
    '/api/stats',
    {
      // A coach sees a client's steps and funnel under a `progress` grant: numbers, no notes.
      config: { progress: true },
      schema: {
        ...PROGRESS_READ,
        summary:
          'the numbers of the search: funnel, answers by follow-up and channel, steps on time, sources',
        description: 'Only events dated in [from, to] count; to is today when absent.',
        querystring: StatsQuery,
        response: answers({ 200: Stats }),
      },
    },
    async (req) => {
      const result = await stats(ctx(req), req.query);
      // Elsewhere `from` and `to` are the morning e-mail's fields; here they are this query's.
      if (!result.ok && (result.field === 'from' || result.field === 'to')) {
        throw new HttpProblem(422, result.message, result.field);
      }
      return unwrap(result);
    },
  );

  app.get(
    '/api/stats/weeks',
    {
      schema: {
        summary:
          'the steps of the plan done on time, early, late or missed, for each of the last 12 weeks',
        response: answers({ 200: StatsWeeks }),
      },
    },
    (req) => stepWeeks(ctx(req)),
  );
}
