import { listContacts } from '../../app/lists.js';
import { Contacts, SearchQuery } from '../../contract/index.js';
import { unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers } from './api.js';

export function contactRoutes(app: Api, ctx: ContextOf): void {
  app.get(
    '/api/contacts',
    {
      schema: {
        summary: 'the people of the job search, by name',
        querystring: SearchQuery,
        response: answers({ 200: Contacts }),
      },
    },
    async (req) => unwrap(await listContacts(ctx(req), req.query)),
  );
}
