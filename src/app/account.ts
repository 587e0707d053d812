import type { PlainDate, Temporal } from '../core/dates.js';
import { DEFAULT_PLAYBOOK, type Playbook } from '../core/playbook.js';
import type { Queries } from '../store/queries.js';
import type { SettingsRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { AppContext, Clock } from './context.js';

/** The settings a new account starts with. */
export function defaultSettings(timeZone: string): SettingsRecord {
  return {
    timeZone,
    region: 'US',
    weekendDays: [6, 7],
    daysOff: [],
    name: null,
    phone: null,
    email: null,
    playbook: {},
  };
}

/**
 * The store as one account's use cases see it: each write transaction first
 * takes the account's lock, so that two processes (or two requests) changing
 * the same account one after the other each see what the other wrote, and
 * every cache they write is the plan of the full timeline.
 */
export function accountStore(store: Store, accountId: number): Store {
  return {
    ...store,
    transaction: (work) =>
      store.transaction(async (q) => {
        await q.lockAccount(accountId);
        return work(q);
      }),
  };
}

/** Opens the local account (created on first use) on a store. */
export async function openAccount(
  store: Store,
  clock: Clock,
  systemTimeZone: () => string,
): Promise<AppContext> {
  const accountId =
    (await store.read((q) => q.findAccount('local'))) ??
    (await store.transaction((q) =>
      q.ensureAccount('local', () => defaultSettings(systemTimeZone())),
    ));
  return { store: accountStore(store, accountId), accountId, clock };
}

/** The user's settings and the moment now in their time zone. */
export interface Day {
  readonly settings: SettingsRecord;
  readonly now: Temporal.ZonedDateTime;
  readonly today: PlainDate;
}

export async function dayOf(q: Queries, ctx: AppContext): Promise<Day> {
  const settings = await q.settings(ctx.accountId);
  const now = ctx.clock(settings.timeZone);
  return { settings, now, today: now.toPlainDate() };
}

/** The playbook of a user: the defaults with their own numbers on top. */
export function playbookOf(settings: SettingsRecord): Playbook {
  return { ...DEFAULT_PLAYBOOK, ...(settings.playbook as Partial<Playbook>) };
}
