import type { FastifyRequest } from 'fastify';
import { accountStore } from '../app/account.js';
import type { AppContext, Clock } from '../app/context.js';
import type { Store } from '../store/store.js';
import { HttpProblem } from './problem.js';

/** Who a request runs as (shared mode): found by the sign-in hook. */
export interface Principal {
  /** The account whose data the request reads or writes. */
  readonly accountId: number;
  /** The account signed in: the coach, when a coach reads a client's data. */
  readonly callerId: number;
  readonly role: string;
  /** SHA-256 of the session's secret, when signed in by cookie. */
  readonly sessionHash?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The context a request's use cases run with. */
export interface ContextOf {
  (request: FastifyRequest): AppContext;
  /** The store and the clock, for routes that find their account themselves (the calendar feed). */
  readonly base: { readonly store: Store; readonly clock: Clock };
}

/** Personal mode: every request is the one local account's. */
export function personalContext(ctx: AppContext): ContextOf {
  return Object.assign(() => ctx, { base: { store: ctx.store, clock: ctx.clock } });
}

/** Shared mode: the account the sign-in hook found; none is a bug (the hook answers 401 first). */
export function sharedContext(store: Store, clock: Clock): ContextOf {
  const contexts = new Map<number, AppContext>();
  const of = (request: FastifyRequest): AppContext => {
    const accountId = request.principal?.accountId;
    if (accountId === undefined) throw new HttpProblem(401, 'sign in first');
    let ctx = contexts.get(accountId);
    if (!ctx) {
      ctx = { store: accountStore(store, accountId), accountId, clock };
      if (contexts.size > 5000) contexts.clear();
      contexts.set(accountId, ctx);
    }
    return ctx;
  };
  return Object.assign(of, { base: { store, clock } });
}
