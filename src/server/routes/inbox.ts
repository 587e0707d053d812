import { connectInbox, inboxOff, inboxStatus } from '../../app/inbox/connection.js';
import type { InboxDeps } from '../../app/inbox/deps.js';
import { acceptProposal, dismissProposal, reviewProposals } from '../../app/inbox/proposals.js';
import { syncInbox } from '../../app/inbox/sync.js';
import {
  InboxConnectBody,
  InboxProposal,
  InboxProposals,
  InboxStatus,
  InboxSyncReport,
  ProposalParams,
} from '../../contract/index.js';
import { unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers } from './api.js';

/** Settings' mailbox connection and Today's proposals. */
export function inboxRoutes(app: Api, ctx: ContextOf, deps: InboxDeps): void {
  app.get(
    '/api/inbox',
    {
      schema: {
        summary: 'the mailbox: connected?, the last sync, counts, the last error',
        response: answers({ 200: InboxStatus }),
      },
    },
    (req) => inboxStatus(ctx(req)),
  );
  app.put(
    '/api/inbox',
    {
      schema: {
        summary:
          'connect a mailbox: the login is checked first; the password is stored encrypted, never sent back',
        body: InboxConnectBody,
        response: answers({ 200: InboxStatus }),
      },
    },
    async (req) =>
      unwrap(
        await connectInbox(ctx(req), deps, {
          imapUrl: req.body.imapUrl,
          password: req.body.password,
          sentFolder: req.body.sentFolder,
          since: req.body.since,
        }),
      ),
  );
  app.delete(
    '/api/inbox',
    {
      schema: {
        summary: 'disconnect the mailbox and forget its password',
        response: answers({ 200: InboxStatus }),
      },
    },
    async (req) => unwrap(await inboxOff(ctx(req))),
  );
  app.post(
    '/api/inbox/sync',
    {
      schema: {
        summary: 'read what arrived since the last sync',
        response: answers({ 200: InboxSyncReport }),
      },
    },
    async (req) => unwrap(await syncInbox(ctx(req), deps)),
  );
  app.get(
    '/api/inbox/proposals',
    {
      schema: {
        summary: 'the proposals waiting for a yes or no',
        response: answers({ 200: InboxProposals }),
      },
    },
    async (req) => ({ proposals: await reviewProposals(ctx(req)) }),
  );
  app.post(
    '/api/inbox/proposals/:id/accept',
    {
      schema: {
        summary: 'log what a proposal proposes',
        params: ProposalParams,
        response: answers({ 200: InboxProposal }),
      },
    },
    async (req) => unwrap(await acceptProposal(ctx(req), req.params.id)).proposal,
  );
  app.post(
    '/api/inbox/proposals/:id/dismiss',
    {
      schema: {
        summary: 'drop a proposal; nothing is logged',
        params: ProposalParams,
        response: answers({ 200: InboxProposal }),
      },
    },
    async (req) => unwrap(await dismissProposal(ctx(req), req.params.id)),
  );
}
