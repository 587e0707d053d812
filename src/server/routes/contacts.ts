import type { AppContext } from '../../app/context.js';
import { listContacts } from '../../app/lists.js';
import { unwrap } from '../problem.js';
import { Contacts, SearchQuery } from '../schemas.js';
import { type Api, answers } from './api.js';

export function contactRoutes(app: Api, ctx: AppContext): void {
  app.get(
    '/api/contacts',
    {
      schema: {
        summary: 'the people of the job search, by name',
        querystring: SearchQuery,
        response: answers({ 200: Contacts }),
      },
    },
    async (req) => unwrap(await listContacts(ctx, req.query)),
  );
}
