import type { AppContext } from '../../app/context.js';
import { deleteEvent, editEvent, logEvent } from '../../app/events.js';
import { unwrap } from '../problem.js';
import { EditEventBody, IdParams, IfMatchHeaders, LogEventBody, Logged } from '../schemas.js';
import { type Api, answers, versionOf } from './api.js';

export function eventRoutes(app: Api, ctx: AppContext): void {
  app.post(
    '/api/opportunities/:id/events',
    {
      schema: {
        summary: 'log what happened; answers the opportunity afterwards and any warning',
        params: IdParams,
        body: LogEventBody,
        response: answers({ 201: Logged }),
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(unwrap(await logEvent(ctx, { ...req.body, opportunity: req.params.id }))),
  );

  app.patch(
    '/api/events/:id',
    {
      schema: {
        summary: "correct a logged event; If-Match takes the opportunity's ETag",
        params: IdParams,
        headers: IfMatchHeaders,
        body: EditEventBody,
        response: answers({ 200: Logged }),
      },
    },
    async (req) =>
      unwrap(
        await editEvent(ctx, {
          ...req.body,
          event: req.params.id,
          version: versionOf(req.headers['if-match']),
        }),
      ),
  );

  app.delete(
    '/api/events/:id',
    {
      schema: {
        summary: "remove a logged event; If-Match takes the opportunity's ETag",
        params: IdParams,
        headers: IfMatchHeaders,
        response: answers({ 200: Logged }),
      },
    },
    async (req) =>
      unwrap(await deleteEvent(ctx, req.params.id, versionOf(req.headers['if-match']))),
  );
}
