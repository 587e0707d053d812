// The shared-deployment scenario: many accounts (a career centre's job seekers), each with
// its own job search, loaded in bulk; then the bulk cache rebuild, the check, and today's list
// of one account, on SQLite and on PostgreSQL alike.
import { accountStore, defaultSettings } from '../src/app/account.js';
import { checkEveryCache, rebuildEveryCache } from '../src/app/cache-maintenance.js';
import type { AppContext } from '../src/app/context.js';
import { logEvent } from '../src/app/events.js';
import { methodSettingsOf } from '../src/app/method-settings.js';
import { today } from '../src/app/today.js';
import { Temporal } from '../src/core/dates.js';
import type { TimelineEvent } from '../src/core/events.js';
import type { NewEvent } from '../src/store/records.js';
import type { Store } from '../src/store/store.js';
import { COMPANIES, fixedClock, history, PEOPLE, random, TITLES } from './dataset.js';
import { quantile, timeRuns } from './stats.js';

export interface AccountsOptions {
  readonly accounts: number;
  readonly opportunitiesPerAccount: number;
  readonly eventsPerOpportunity: number;
  readonly today: string;
  readonly seed?: number;
}

/** Distinct histories to draw from: planning 200,000 histories one by one would dominate the load. */
const HISTORIES = 3000;

/**
 * Loads `accounts` accounts of `opportunitiesPerAccount` opportunities with
 * `eventsPerOpportunity` events each, with multi-row inserts, one transaction
 * per account; their next-due caches are left empty for the rebuild.
 */
export async function loadAccounts(store: Store, options: AccountsOptions): Promise<number[]> {
  const rnd = random(options.seed ?? 7);
  const day = Temporal.PlainDate.from(options.today);
  const settings = {
    ...defaultSettings('America/Chicago'),
    name: 'Sam Lee',
    phone: '312 555 0100',
  };
  const method = await methodSettingsOf(settings);
  const pool: TimelineEvent[][] = Array.from({ length: HISTORIES }, () =>
    history(
      rnd,
      day.subtract({ days: Math.floor(rnd() * 730) }),
      day,
      options.eventsPerOpportunity,
      method,
    ),
  );
  const ids: number[] = [];
  for (let a = 0; a < options.accounts; a++) {
    ids.push(
      await store.transaction(async (q) => {
        const accountId = await q.ensureAccount(`seeker-${a}`, () => settings);
        const n = options.opportunitiesPerAccount;
        const names = Array.from(
          { length: n },
          (_, i) => `${COMPANIES[i % COMPANIES.length]} ${i}`,
        );
        const ids = await q.insertCompanies(
          accountId,
          names.map((name) => ({ name, key: name.toLowerCase() })),
        );
        const companies = names.map((name) => ids.get(name.toLowerCase()) ?? null);
        const contacts = await q.insertContacts(
          accountId,
          companies.map((companyId, i) => ({
            name: PEOPLE[i % PEOPLE.length] ?? 'Jane Doe',
            email: `person${i}@example.com`,
            phone: '312 555 0199',
            role: 'hr',
            companyId,
          })),
        );
        const opportunities = await q.insertOpportunities(
          accountId,
          companies.map((companyId, i) => ({
            kind: i % 10 === 0 ? 'networking' : 'job',
            companyId,
            title: TITLES[i % TITLES.length] ?? 'Engineer',
            contactId: contacts[i] ?? null,
            postingUrl: null,
            notes: null,
          })),
        );
        const events: NewEvent[] = opportunities.flatMap((opportunityId) =>
          (pool[Math.floor(rnd() * pool.length)] ?? []).map((e) => ({
            opportunityId,
            type: e.type,
            date: e.date.toString(),
            at: e.type === 'interview' ? `${e.date.toString()}T10:00:00-06:00` : null,
            until: null,
            note: e.note ?? null,
          })),
        );
        await q.insertEvents(accountId, events);
        return accountId;
      }),
    );
  }
  return ids;
}

export interface AccountsResult {
  /** The accounts loaded, in order. */
  readonly accounts: readonly number[];
  readonly loadSeconds: number;
  readonly rebuildSeconds: number;
  readonly checkSeconds: number;
  readonly disagreements: number;
  readonly opportunities: number;
  readonly today: { readonly median: number; readonly p99: number; readonly items: number };
  readonly log: { readonly median: number; readonly p99: number };
}

/** The whole scenario on one store: load, rebuild every cache, check them, then time today and log. */
export async function runAccounts(store: Store, options: AccountsOptions): Promise<AccountsResult> {
  let start = performance.now();
  const accounts = await loadAccounts(store, options);
  // As after any bulk load (and as autovacuum would soon do): statistics for the query planner.
  await store.analyze();
  const loadSeconds = (performance.now() - start) / 1000;

  start = performance.now();
  const rebuilt = await rebuildEveryCache(store);
  const rebuildSeconds = (performance.now() - start) / 1000;

  start = performance.now();
  const checked = await checkEveryCache(store);
  const checkSeconds = (performance.now() - start) / 1000;

  const rnd = random(11);
  const clock = fixedClock(options.today);
  const ctxOf = (accountId: number): AppContext => ({
    store: accountStore(store, accountId),
    accountId,
    clock,
  });
  const pick = () => accounts[Math.floor(rnd() * accounts.length)] ?? 1;
  let items = 0;
  const todayTimes = await timeRuns(500, 20, async () => {
    const view = await today(ctxOf(pick()));
    items += view.items.length + view.upcoming.length;
  });
  const targets: [number, string][] = [];
  for (let i = 0; i < 210; i++) {
    const accountId = pick();
    const ids = await store.read((q) => q.opportunityIds(accountId));
    targets.push([accountId, String(ids[Math.floor(rnd() * ids.length)] ?? 1)]);
  }
  const logTimes = await timeRuns(200, 10, async (i) => {
    const [accountId, opportunity] = targets[i % targets.length] ?? [1, '1'];
    const result = await logEvent(ctxOf(accountId), { opportunity, type: 'note', note: 'bench' });
    if (!result.ok) throw new Error(result.message);
  });
  return {
    accounts,
    loadSeconds,
    rebuildSeconds,
    checkSeconds,
    disagreements: checked.disagreements.length,
    opportunities: rebuilt.opportunities,
    today: {
      median: quantile(todayTimes, 0.5),
      p99: quantile(todayTimes, 0.99),
      items: items / (todayTimes.length + 20),
    },
    log: { median: quantile(logTimes, 0.5), p99: quantile(logTimes, 0.99) },
  };
}
