import type { Temporal } from '../../core/dates.js';
import { schedule } from '../../core/plan.js';
import { parseMoment } from '../../core/time.js';
import type { Dialect } from '../../store/dialect.js';
import type {
  CacheRecord,
  ContactRecord,
  EventRecord,
  OpportunityRecord,
  SettingsRecord,
  StepRecord,
} from '../../store/records.js';
import type { Store } from '../../store/store.js';
import { openTestStore, testDatabase } from '../../store/test-support/test-store.js';
import { openAccount } from '../account.js';
import { cacheOf, timelineEvent } from '../cache.js';
import type { AppContext } from '../context.js';
import { type LogInput, logEvent } from '../events.js';
import { methodSettingsOf } from '../method-settings.js';
import { type AddOpportunityInput, addOpportunity } from '../opportunities.js';
import type { Failure, Result } from '../result.js';
import { updateSettings } from '../settings.js';
import type { OpportunityView } from '../views.js';

/** An account on a private store (see `openTestStore`), with a clock the test can move. */
export interface TestApp {
  readonly ctx: AppContext;
  readonly store: Store;
  /** Moves the clock: an ISO date (noon local time) or a date-time, as `--now` takes it. */
  setNow(moment: string): void;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** `--now`: a date (noon local time) or a date-time with offset. */
  readonly now?: string;
  readonly timeZone?: string;
  readonly region?: string;
  /** The database: by default the one this test file runs on (`testDatabase()`). */
  readonly database?: Dialect;
}

/** A fixed clock, read the way the command line reads `--now`. */
export function fixedClock(moment: () => string): (zone: string) => Temporal.ZonedDateTime {
  return (zone) => {
    const at = parseMoment(moment(), zone);
    if (!at) throw new Error(`test clock: ${moment()} is not a moment`);
    return at;
  };
}

/**
 * Opens a private store and its account, set to a time zone and holiday
 * region: in-memory SQLite, or a fresh PostgreSQL schema when the file runs
 * in the `postgres` project (or `database: 'postgres'` is asked for).
 */
export async function testApp(options: TestAppOptions = {}): Promise<TestApp> {
  let now = options.now ?? '2026-11-23';
  const timeZone = options.timeZone ?? 'America/Chicago';
  const store = await openTestStore(options.database ?? testDatabase());
  const ctx = await openAccount(
    store,
    fixedClock(() => now),
    () => timeZone,
  );
  must(await updateSettings(ctx, { timeZone, holidays: options.region ?? 'US' }));
  return {
    ctx,
    store,
    setNow: (moment) => {
      now = moment;
    },
    close: () => store.close(),
  };
}

/** The value of a result that must have succeeded. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.reason}: ${result.message}`);
  return result.value;
}

/** The failure of a result that must have been refused. */
export function refused<T>(result: Result<T>): Failure {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result;
}

/** Adds a job at a company (Acme, Data Analyst unless told). */
export async function addJob(
  app: TestApp,
  input: Partial<AddOpportunityInput> = {},
): Promise<OpportunityView> {
  return must(
    await addOpportunity(app.ctx, {
      kind: 'job',
      company: 'Acme',
      title: 'Data Analyst',
      ...input,
    }),
  );
}

/** Logs an event that must be accepted; gives the opportunity afterwards. */
export async function log(
  app: TestApp,
  opportunity: string,
  type: string,
  input: Omit<LogInput, 'opportunity' | 'type'> = {},
) {
  return must(await logEvent(app.ctx, { opportunity, type, ...input }));
}

/** The next-due cache of an opportunity as stored: its columns and its `next_steps` rows. */
export async function storedCache(app: TestApp, id: number): Promise<CacheRecord> {
  return app.store.read(async (q) => {
    const o = await q.opportunity(app.ctx.accountId, id);
    if (!o) throw new Error(`no opportunity ${id}`);
    const steps = (await q.dueSteps(app.ctx.accountId, '9999-12-31'))
      .filter((s) => s.opportunityId === id)
      .map(
        (s): StepRecord => ({
          action: s.action,
          dueOn: s.dueOn,
          dueBy: s.dueBy,
          followUpNumber: s.followUpNumber,
          reason: s.reason,
          since: s.since,
        }),
      );
    return { ...o.cache, steps };
  });
}

/** What the cache must hold: `cacheOf(schedule(...))` of the stored timeline and settings. */
export async function expectedCache(app: TestApp, id: number): Promise<CacheRecord> {
  return app.store.read(async (q) => {
    const settings = await q.settings(app.ctx.accountId);
    const events = await q.events(app.ctx.accountId, id);
    return cacheOf(schedule(events.map(timelineEvent), await methodSettingsOf(settings)), events);
  });
}

/** Everything the account holds, to check that a refused change wrote nothing. */
export interface Snapshot {
  readonly settings: SettingsRecord;
  readonly opportunities: readonly OpportunityRecord[];
  readonly events: readonly EventRecord[];
  readonly steps: readonly unknown[];
  readonly contacts: readonly ContactRecord[];
}

export async function snapshot(app: TestApp): Promise<Snapshot> {
  return app.store.read(async (q) => {
    const accountId = app.ctx.accountId;
    const opportunities = await q.opportunities(accountId);
    const events: EventRecord[] = [];
    for (const o of opportunities) events.push(...(await q.events(accountId, o.id)));
    return {
      settings: await q.settings(accountId),
      opportunities,
      events,
      steps: await q.dueSteps(accountId, '9999-12-31'),
      contacts: await q.contacts(accountId),
    };
  });
}
