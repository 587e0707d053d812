import { listEvents } from '../../app/event-pages.js';
import { deleteEvent, editEvent, logEvent } from '../../app/events.js';
import { moveOpportunity } from '../../app/move.js';
import {
  EditEventBody,
  Events,
  IdParams,
  IfMatchHeaders,
  LogEventBody,
  Logged,
  MoveBody,
  PageQuery,
} from '../../contract/index.js';
import { unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers, versionOf } from './api.js';

export function eventRoutes(app: Api, ctx: ContextOf): void {
  app.get(
    '/api/opportunities/:id/events',
    {
      schema: {
        summary: "an opportunity's events, newest first, a page at a time (limit, cursor)",
        params: IdParams,
        querystring: PageQuery,
        response: answers({ 200: Events }),
      },
    },
    async (req) => unwrap(await listEvents(ctx(req), { ...req.query, opportunity: req.params.id })),
  );

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
        .send(unwrap(await logEvent(ctx(req), { ...req.body, opportunity: req.params.id }))),
  );

  app.post(
    '/api/opportunities/:id/move',
    {
      schema: {
        summary:
          "move it to another column of the pipeline (logs the event that does it), if the board's rule allows",
        params: IdParams,
        headers: IfMatchHeaders,
        body: MoveBody,
        response: answers({ 201: Logged }),
      },
    },
    async (req, reply) =>
      reply.code(201).send(
        unwrap(
          await moveOpportunity(ctx(req), {
            ...req.body,
            opportunity: req.params.id,
            version: versionOf(req.headers['if-match']),
          }),
        ),
      ),
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
        await editEvent(ctx(req), {
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
      unwrap(await deleteEvent(ctx(req), req.params.id, versionOf(req.headers['if-match']))),
  );
}
