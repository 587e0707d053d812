import type { FastifyRequest } from 'fastify';
import { accountView } from '../../app/accounts/people.js';
import { confirmReset, requestReset } from '../../app/accounts/reset.js';
import { hashSecret } from '../../app/accounts/secrets.js';
import {
  endSession,
  listSessions,
  signIn,
  signOut,
  signOutEverywhere,
} from '../../app/accounts/sessions.js';
import type { SmtpSettings } from '../../app/digest/settings.js';
import {
  Accepted,
  Account,
  NoContent,
  ResetBody,
  ResetConfirmBody,
  SessionParams,
  Sessions,
  SignInBody,
} from '../../contract/index.js';
import { resetMail, sendAccountMail } from '../../mail/account-mail.js';
import type { Store } from '../../store/store.js';
import { HttpProblem, unwrap } from '../problem.js';
import { type Api, answers, deleted } from '../routes/api.js';
import {
  type CookiePolicy,
  clearSessionCookie,
  sessionSecret,
  setSessionCookie,
} from './session-cookie.js';

export interface AuthDeps {
  readonly store: Store;
  readonly cookies: CookiePolicy;
  /** The deployment's SMTP server (from the environment), for reset e-mails. */
  readonly smtp: SmtpSettings | null;
  /** The web app's public address, for the links in e-mails. */
  readonly appUrl: () => string;
}

const RESET_ANSWER = {
  detail:
    'If this address has an account, an e-mail with a link to choose a new password is on its way.',
};

/** The signed-in caller (not the client a coach reads): the hook has found them. */
export function callerOf(request: FastifyRequest): { callerId: number; sessionHash?: string } {
  const principal = request.principal;
  if (!principal) throw new HttpProblem(401, 'sign in first');
  return principal;
}

/** Sign-in, sign-out and sessions (shared mode). */
export function authRoutes(app: Api, deps: AuthDeps): void {
  app.post(
    '/api/auth/sign-in',
    {
      config: { open: true },
      schema: {
        summary: 'sign in with e-mail and password: a new session cookie (any old one is ended)',
        security: [],
        body: SignInBody,
        response: answers({ 200: Account }),
      },
    },
    async (req, reply) => {
      const result = await signIn(
        deps.store,
        { ...req.body, client: req.ip },
        req.headers['user-agent'] ?? null,
      );
      if (!result.ok) {
        if (result.reason === 'too-many') {
          reply.header('retry-after', '900');
          throw new HttpProblem(429, 'too many attempts; wait 15 minutes, or reset the password');
        }
        throw new HttpProblem(401, 'this e-mail address and password do not match an account');
      }
      // The session a browser had before signing in is ended: a fixated cookie signs no one in.
      const before = sessionSecret(req, deps.cookies);
      if (before !== undefined) {
        await signOut(deps.store, hashSecret(before));
      }
      setSessionCookie(reply, deps.cookies, result.value.secret);
      return result.value.account;
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { open: true },
      schema: { summary: 'end this session', security: [], response: answers({ 204: NoContent }) },
    },
    async (req, reply) => {
      const secret = sessionSecret(req, deps.cookies);
      if (secret !== undefined) {
        await signOut(deps.store, hashSecret(secret));
      }
      clearSessionCookie(reply, deps.cookies);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/auth/reset',
    {
      config: { open: true },
      schema: {
        summary: 'e-mail a link to choose a new password; the same answer for any address',
        security: [],
        body: ResetBody,
        response: answers({ 202: Accepted }),
      },
    },
    async (req, reply) => {
      const mail = await requestReset(deps.store, { email: req.body.email, client: req.ip });
      if (mail) {
        const link = `${deps.appUrl()}/reset?token=${encodeURIComponent(mail.secret)}`;
        // Sent after the answer: how long an e-mail takes must not tell that the address has an account.
        sendAccountMail(deps.smtp, resetMail(mail.email, mail.name, link)).then(
          (sent) => {
            if (!sent)
              req.log.warn(
                'a password reset was asked for, but no SMTP server is set (JUSTENOUGH_SMTP_URL)',
              );
          },
          (error: unknown) => req.log.error(error),
        );
      }
      return reply.code(202).send(RESET_ANSWER);
    },
  );

  app.post(
    '/api/auth/reset/confirm',
    {
      config: { open: true },
      schema: {
        summary: "set a new password with the e-mail's link; every session of the account ends",
        security: [],
        body: ResetConfirmBody,
        response: answers({ 204: NoContent }),
      },
    },
    async (req, reply) => {
      unwrap(await confirmReset(deps.store, req.body));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/me',
    { schema: { summary: 'the signed-in account', response: answers({ 200: Account }) } },
    async (req) => {
      const person = await deps.store.read((q) => q.person(callerOf(req).callerId));
      if (!person) throw new HttpProblem(401, 'sign in first');
      return accountView(person);
    },
  );

  app.get(
    '/api/auth/sessions',
    { schema: { summary: 'where you are signed in', response: answers({ 200: Sessions }) } },
    async (req) => {
      const caller = callerOf(req);
      return { sessions: await listSessions(deps.store, caller.callerId, caller.sessionHash) };
    },
  );

  app.delete(
    '/api/auth/sessions',
    {
      schema: {
        summary: 'sign out everywhere: every session of the account ends, this one too',
        response: answers({ 204: NoContent }),
      },
    },
    async (req, reply) => {
      await signOutEverywhere(deps.store, callerOf(req).callerId);
      clearSessionCookie(reply, deps.cookies);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/auth/sessions/:id',
    {
      schema: {
        summary: 'end one session',
        params: SessionParams,
        response: answers({ 204: NoContent }),
      },
    },
    async (req, reply) => {
      const result = await endSession(deps.store, callerOf(req).callerId, req.params.id);
      if (!result.ok) throw new HttpProblem(404, result.message, 'id');
      return deleted(reply, result.value);
    },
  );
}
