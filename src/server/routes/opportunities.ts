import { listOpportunities } from '../../app/lists.js';
import {
  addOpportunity,
  deleteOpportunity,
  editOpportunity,
  showOpportunity,
} from '../../app/opportunities.js';
import {
  AddOpportunityBody,
  EditOpportunityBody,
  IdParams,
  IfMatchHeaders,
  ListQuery,
  NoContent,
  Opportunities,
  Opportunity,
} from '../../contract/index.js';
import { unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers, created, deleted, tagged, versionOf } from './api.js';

export function opportunityRoutes(app: Api, ctx: ContextOf): void {
  app.get(
    '/api/opportunities',
    {
      schema: {
        summary:
          'the opportunities with their status and next step, newest first, a page at a time',
        querystring: ListQuery,
        response: answers({ 200: Opportunities }),
      },
    },
    async (req) => unwrap(await listOpportunities(ctx(req), req.query)),
  );

  app.post(
    '/api/opportunities',
    {
      schema: {
        summary: 'add a job opening or a networking contact',
        body: AddOpportunityBody,
        response: answers({ 201: Opportunity }),
      },
    },
    async (req, reply) => created(reply, unwrap(await addOpportunity(ctx(req), req.body))),
  );

  app.get(
    '/api/opportunities/:id',
    {
      schema: {
        summary: 'an opportunity: its plan, next steps with their scripts, and timeline',
        params: IdParams,
        response: answers({ 200: Opportunity }),
      },
    },
    async (req, reply) => tagged(reply, unwrap(await showOpportunity(ctx(req), req.params.id))),
  );

  app.patch(
    '/api/opportunities/:id',
    {
      schema: {
        summary: 'correct an opportunity or its contact; null or "" clears a field',
        params: IdParams,
        headers: IfMatchHeaders,
        body: EditOpportunityBody,
        response: answers({ 200: Opportunity }),
      },
    },
    async (req, reply) =>
      tagged(
        reply,
        unwrap(
          await editOpportunity(ctx(req), {
            ...req.body,
            id: req.params.id,
            version: versionOf(req.headers['if-match']),
          }),
        ),
      ),
  );

  app.delete(
    '/api/opportunities/:id',
    {
      schema: {
        summary: 'delete an opportunity and its whole timeline',
        params: IdParams,
        headers: IfMatchHeaders,
        response: answers({ 204: NoContent }),
      },
    },
    async (req, reply) =>
      deleted(
        reply,
        unwrap(
          await deleteOpportunity(ctx(req), req.params.id, versionOf(req.headers['if-match'])),
        ),
      ),
  );
}
