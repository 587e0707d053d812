import { removeAccount } from '../../app/accounts/people.js';
import { changePassword, updateProfile } from '../../app/accounts/profile.js';
import { createToken, listTokens, revokeToken } from '../../app/accounts/tokens.js';
import { clients, revokeShare, share, sharing } from '../../app/sharing/grants.js';
import { groupNumbers } from '../../app/sharing/group.js';
import { progressSummary } from '../../app/sharing/progress-summary.js';
import {
  Account,
  Clients,
  CoachParams,
  DeleteAccountBody,
  Grant,
  GroupNumbers,
  IdParams,
  NewToken,
  NewTokenBody,
  NoContent,
  PasswordBody,
  ProfileBody,
  Progress,
  ShareBody,
  Sharing,
  Tokens,
} from '../../contract/index.js';
import { HttpProblem, unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers, PROGRESS_READ } from '../routes/api.js';
import { callerOf } from './auth-routes.js';
import { type CookiePolicy, clearSessionCookie } from './session-cookie.js';

/** Tokens, sharing, the coach's clients and the account itself (shared mode). */
export function accountRoutes(app: Api, ctx: ContextOf, cookies: CookiePolicy): void {
  const { store, clock } = ctx.base;

  app.get(
    '/api/tokens',
    { schema: { summary: 'your personal access tokens', response: answers({ 200: Tokens }) } },
    async (req) => ({ tokens: await listTokens(store, callerOf(req).callerId) }),
  );
  app.post(
    '/api/tokens',
    {
      schema: {
        summary: 'a new personal access token: shown this once, only its hash is kept',
        body: NewTokenBody,
        response: answers({ 201: NewToken }),
      },
    },
    async (req, reply) => {
      const token = unwrap(await createToken(store, callerOf(req).callerId, req.body.name));
      return reply.code(201).send(token);
    },
  );
  app.delete(
    '/api/tokens/:id',
    {
      schema: {
        summary: 'revoke a token',
        params: IdParams,
        response: answers({ 204: NoContent }),
      },
    },
    async (req, reply) => {
      unwrap(await revokeToken(store, callerOf(req).callerId, req.params.id));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/sharing',
    {
      schema: {
        summary: 'whom you share with, and their latest reads (the access log)',
        response: answers({ 200: Sharing }),
      },
    },
    async (req) => sharing(store, callerOf(req).callerId, clock),
  );
  app.post(
    '/api/sharing',
    {
      schema: {
        summary: 'let a coach read your progress (or everything, read-only), until a date',
        body: ShareBody,
        response: answers({ 200: Grant }),
      },
    },
    async (req) =>
      unwrap(
        await share(store, callerOf(req).callerId, clock, {
          ...req.body,
          until: req.body.until ?? undefined,
        }),
      ),
  );
  app.delete(
    '/api/sharing/:coach',
    {
      schema: {
        summary: 'stop sharing with a coach, at once',
        params: CoachParams,
        response: answers({ 204: NoContent }),
      },
    },
    async (req, reply) => {
      unwrap(await revokeShare(store, callerOf(req).callerId, req.params.coach));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/clients',
    {
      schema: {
        summary: "a coach's dashboard: each client who shares with you, with this week's numbers",
        response: answers({ 200: Clients }),
      },
    },
    async (req) => clients(store, callerOf(req).callerId, clock),
  );

  app.get(
    '/api/clients/group',
    {
      schema: {
        summary:
          "a coach's group in one set of numbers: the sums of every client's (no one client's details)",
        response: answers({ 200: GroupNumbers }),
      },
    },
    async (req) => groupNumbers(store, callerOf(req).callerId, clock),
  );

  app.get(
    '/api/progress',
    {
      config: { progress: true },
      schema: {
        ...PROGRESS_READ,
        summary:
          "the account's numbers: steps done on time this week, overdue, stages, last activity (a coach: X-Client-Account)",
        response: answers({ 200: Progress }),
      },
    },
    async (req) => store.read((q) => progressSummary(q, ctx(req).accountId, clock)),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        summary: 'change your name or the e-mail address you sign in with',
        body: ProfileBody,
        response: answers({ 200: Account }),
      },
    },
    async (req) => unwrap(await updateProfile(store, callerOf(req).callerId, req.body)),
  );

  app.post(
    '/api/me/password',
    {
      schema: {
        summary: 'change your password (the current one first); your other sessions end',
        body: PasswordBody,
        response: answers({ 204: NoContent }),
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      unwrap(await changePassword(store, caller.callerId, req.body, caller.sessionHash));
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/me',
    {
      schema: {
        summary: 'delete your account and all of its data, at once',
        body: DeleteAccountBody,
        response: answers({ 204: NoContent }),
      },
    },
    async (req, reply) => {
      const person = await store.read((q) => q.person(callerOf(req).callerId));
      if (!person) throw new HttpProblem(401, 'sign in first');
      if (req.body.confirm.trim().toLowerCase() !== person.email) {
        throw new HttpProblem(
          422,
          'confirm: type your e-mail address to delete the account',
          'confirm',
        );
      }
      unwrap(await removeAccount(store, person.email));
      clearSessionCookie(reply, cookies);
      return reply.code(204).send();
    },
  );
}
