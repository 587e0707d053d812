import { parseIsoDate } from '../../core/dates.js';
import type { Store } from '../../store/store.js';
import { emailOf } from '../accounts/people.js';
import type { Clock } from '../context.js';
import { fail, ok, type Result } from '../result.js';
import { type ProgressSummary, progressSummary } from './progress-summary.js';

export const SCOPES = ['progress', 'full'] as const;
export type Scope = (typeof SCOPES)[number];

/** A grant as its giver sees it. */
export interface GrantView {
  readonly coach: string;
  readonly name: string;
  readonly scope: string;
  /** The last day it holds; null: until revoked. */
  readonly until: string | null;
  readonly since: string;
  /** False once `until` has passed. */
  readonly active: boolean;
}

export interface SharingView {
  readonly grants: readonly GrantView[];
  /** The coaches' latest reads, newest first. */
  readonly accessLog: readonly {
    readonly coach: string;
    readonly at: string;
    readonly what: string;
  }[];
}

export interface ShareInput {
  readonly coach?: string | undefined;
  readonly scope?: string | undefined;
  readonly until?: string | undefined;
}

const todayOf = async (store: Store, accountId: number, clock: Clock) => {
  const settings = await store.read((q) => q.settings(accountId));
  return clock(settings.timeZone).toPlainDate().toString();
};

/** The seeker grants a coach access (or changes the grant): `share add`. */
export async function share(
  store: Store,
  accountId: number,
  clock: Clock,
  input: ShareInput,
): Promise<Result<GrantView>> {
  const email = emailOf(input.coach, 'coach');
  if (!email.ok) return email;
  const scope = input.scope ?? 'progress';
  if (!(SCOPES as readonly string[]).includes(scope)) {
    return fail(
      'invalid-input',
      `scope: ${JSON.stringify(scope)} is not one of progress, full`,
      'scope',
    );
  }
  const today = await todayOf(store, accountId, clock);
  let until: string | null = null;
  if (input.until !== undefined && input.until !== '') {
    const date = parseIsoDate(input.until.trim());
    if (!date || date.toString() < today) {
      return fail(
        'invalid-input',
        `until: ${JSON.stringify(input.until)} is not a date from today on; expected e.g. 2027-03-31`,
        'until',
      );
    }
    until = date.toString();
  }
  return store.transaction(async (q) => {
    const coach = await q.personByEmail(email.value);
    if (!coach) return fail('unknown-account', `coach: no account has ${email.value}`, 'coach');
    if (coach.id === accountId) {
      return fail('invalid-input', 'coach: that is your own account', 'coach');
    }
    await q.saveGrant({ accountId, coachId: coach.id, scope, until });
    return ok({ coach: coach.email, name: coach.name, scope, until, since: today, active: true });
  });
}

/** Every grant and the access log: `share list`. */
export async function sharing(store: Store, accountId: number, clock: Clock): Promise<SharingView> {
  const today = await todayOf(store, accountId, clock);
  return store.read(async (q) => ({
    grants: (await q.grantsOf(accountId)).map((g) => ({
      coach: g.coachEmail,
      name: g.coachName,
      scope: g.scope,
      until: g.until,
      since: g.createdAt.slice(0, 10),
      active: g.until === null || g.until >= today,
    })),
    accessLog: (await q.accessLog(accountId)).map((a) => ({
      coach: a.coachEmail,
      at: a.at,
      what: a.what,
    })),
  }));
}

/** Ends a grant at once: `share revoke`. */
export async function revokeShare(
  store: Store,
  accountId: number,
  coachText: string,
): Promise<Result<{ readonly coach: string }>> {
  const email = emailOf(coachText, 'coach');
  if (!email.ok) return email;
  return store.transaction(async (q) => {
    const coach = await q.personByEmail(email.value);
    const gone = coach !== undefined && (await q.deleteGrant(accountId, coach.id));
    if (!gone)
      return fail('unknown-account', `coach: you share nothing with ${email.value}`, 'coach');
    return ok({ coach: email.value });
  });
}

/** One row of the coach's dashboard. */
export interface ClientRow extends ProgressSummary {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly scope: string;
  readonly until: string | null;
}

/** The coach's dashboard: every client whose grant holds today, each read noted in their access log. */
export async function clients(
  store: Store,
  coachId: number,
  clock: Clock,
): Promise<{ readonly clients: readonly ClientRow[] }> {
  const today = await todayOf(store, coachId, clock);
  const grants = await store.read((q) => q.grantsTo(coachId, today));
  const rows: ClientRow[] = [];
  for (const g of grants) {
    const summary = await store.read((q) => progressSummary(q, g.accountId, clock));
    rows.push({
      id: String(g.accountId),
      email: g.clientEmail,
      name: g.clientName,
      scope: g.scope,
      until: g.until,
      ...summary,
    });
  }
  if (grants.length > 0) {
    await store.transaction(async (q) => {
      for (const g of grants) await q.logAccess(g.accountId, coachId, 'progress');
    });
  }
  return { clients: rows };
}

/** The grant a coach holds from a client today, if any. */
export async function grantOf(
  store: Store,
  coachId: number,
  clientId: number,
  clock: Clock,
): Promise<Scope | undefined> {
  const today = await todayOf(store, coachId, clock);
  const grants = await store.read((q) => q.grantsTo(coachId, today));
  const found = grants.find((g) => g.accountId === clientId);
  return found ? (found.scope as Scope) : undefined;
}
