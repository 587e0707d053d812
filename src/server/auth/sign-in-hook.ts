import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sessionOf } from '../../app/accounts/sessions.js';
import { callerOfToken } from '../../app/accounts/tokens.js';
import type { Clock } from '../../app/context.js';
import { grantOf } from '../../app/sharing/grants.js';
import type { Store } from '../../store/store.js';
import { fromExtension } from '../extension-origin.js';
import { HttpProblem } from '../problem.js';
import type { Principal } from '../request-context.js';
import { isApi } from '../security.js';
import { bearerToken, type CookiePolicy, sessionSecret } from './session-cookie.js';

/** The header a coach names a client by, to read what the client shares. */
export const CLIENT_HEADER = 'x-client-account';

/** Pages anyone may open: signing in needs no session. */
const OPEN_PAGES = /^\/(?:sign-in|sign-up|reset)(?:[/?#]|$)/;
/** The web app's files: code and styles, no data. */
const ASSETS = /^\/(?:assets\/|icons\/|favicon|manifest\.webmanifest|sw\.js$|robots\.txt)/;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answered without a session: signing in, resetting a password, the calendar feed. */
    readonly open?: boolean;
    /** What a coach may read of a client under a `progress` grant. */
    readonly progress?: boolean;
  }
}

async function callerOf(
  request: FastifyRequest,
  store: Store,
  policy: CookiePolicy,
): Promise<Omit<Principal, 'accountId'> | undefined> {
  const token = bearerToken(request);
  if (token !== undefined) {
    const found = await callerOfToken(store, token);
    return found && { callerId: found.accountId, role: found.role };
  }
  const secret = sessionSecret(request, policy);
  if (secret === undefined) return undefined;
  const session = await sessionOf(store, secret);
  if (!session) return undefined;
  const person = await store.read((q) => q.person(session.accountId));
  return person && { callerId: person.id, role: person.role, sessionHash: session.tokenHash };
}

const READS = new Set(['GET', 'HEAD']);

/**
 * Shared mode: every page and API route needs a session cookie or a bearer
 * token (401 without); a coach who names a client (X-Client-Account) reads
 * what the client's grant allows and writes nothing (403); a client who has
 * granted nothing is 404, like any account that does not exist.
 */
export function requireSignIn(
  app: FastifyInstance,
  deps: { readonly store: Store; readonly clock: Clock; readonly cookies: CookiePolicy },
): void {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const api = isApi(request.url);
    if (request.routeOptions.config.open) return;
    if (!api && (OPEN_PAGES.test(path) || ASSETS.test(path))) return;
    // A browser extension signs in with a personal access token, never with the cookie.
    if (fromExtension(request) && bearerToken(request) === undefined) {
      throw new HttpProblem(
        401,
        'the browser extension signs in with a personal access token (Account, Access tokens)',
      );
    }
    const caller = await callerOf(request, deps.store, deps.cookies);
    if (!caller) {
      if (!api && READS.has(request.method)) {
        return reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`, 303);
      }
      throw new HttpProblem(
        401,
        'sign in first: a session cookie or Authorization: Bearer <token>',
      );
    }
    const named = request.headers[CLIENT_HEADER];
    if (named === undefined || !api) {
      request.principal = { ...caller, accountId: caller.callerId };
      return;
    }
    const clientId = /^\d{1,15}$/.test(String(named)) ? Number(named) : Number.NaN;
    const scope =
      Number.isSafeInteger(clientId) && clientId !== caller.callerId
        ? await grantOf(deps.store, caller.callerId, clientId, deps.clock)
        : undefined;
    if (scope === undefined) {
      throw new HttpProblem(404, `${CLIENT_HEADER}: no client of yours has this id`, CLIENT_HEADER);
    }
    if (!READS.has(request.method)) {
      throw new HttpProblem(
        403,
        "a coach reads a client's data and never changes it",
        CLIENT_HEADER,
      );
    }
    if (scope === 'progress' && !request.routeOptions.config.progress) {
      throw new HttpProblem(
        403,
        `this client shares their progress only; ${path} needs a full grant`,
        CLIENT_HEADER,
      );
    }
    request.principal = { ...caller, accountId: clientId };
    await deps.store.transaction((q) =>
      q.logAccess(clientId, caller.callerId, `${request.method} ${path}`),
    );
  });
}
