import { join } from 'node:path';
import envPaths from 'env-paths';
import { accountStore, openAccount } from '../app/account.js';
import { resolveAccount } from '../app/accounts/people.js';
import type { AppContext, Clock } from '../app/context.js';
import { Temporal } from '../core/dates.js';
import { isValidTimeZone, parseMoment } from '../core/time.js';
import { openStore, type Store, StoreError, type StoreTarget } from '../store/store.js';
import { UsageError } from './usage-error.js';

/** The options every command takes, wherever they stand on the line. */
export interface GlobalOptions {
  readonly data?: string;
  readonly databaseUrl?: string;
  readonly now?: string;
  readonly json?: boolean;
  /** The account to run as, by e-mail address (`--account E`). */
  readonly account?: string;
}

/** The database file inside a data directory. */
export const DATABASE_FILE = 'justenough.sqlite';

/** The data directory: --data, else $JUSTENOUGH_DATA, else the platform's user data folder. */
export function dataDirectory(options: GlobalOptions, env: NodeJS.ProcessEnv): string {
  return options.data ?? env.JUSTENOUGH_DATA ?? envPaths('justenough', { suffix: '' }).data;
}

/** The clock: --now, else $JUSTENOUGH_NOW, else the system clock. */
export function clockOf(options: GlobalOptions, env: NodeJS.ProcessEnv): Clock {
  const text = options.now ?? env.JUSTENOUGH_NOW;
  if (text === undefined || text === '') return (zone) => Temporal.Now.zonedDateTimeISO(zone);
  const source = options.now === undefined ? '$JUSTENOUGH_NOW' : '--now';
  if (!parseMoment(text.trim(), 'UTC')) {
    throw new UsageError(
      `${source}: ${JSON.stringify(text)} is not a date or date-time; expected 2026-11-23 (noon local time) or 2026-11-23T23:30:00-06:00`,
    );
  }
  return (zone) => parseMoment(text.trim(), zone) as Temporal.ZonedDateTime;
}

/** The PostgreSQL URL asked for (--database-url, else $DATABASE_URL), if any. */
export function databaseUrl(options: GlobalOptions, env: NodeJS.ProcessEnv): string | undefined {
  const url = options.databaseUrl ?? env.DATABASE_URL;
  if (url === undefined || url.trim() === '') return undefined;
  const source = options.databaseUrl === undefined ? '$DATABASE_URL' : '--database-url';
  if (!/^postgres(?:ql)?:\/\//i.test(url.trim())) {
    throw new UsageError(
      `${source}: ${JSON.stringify(url.replace(/\/\/[^@/]*@/, '//***@'))} is not a PostgreSQL URL; expected e.g. postgres://user@localhost:5432/justenough, or leave it out to use the embedded database in --data`,
    );
  }
  return url.trim();
}

/** Where the data is: the PostgreSQL URL, else the SQLite file in the data directory. */
export function storeTarget(options: GlobalOptions, env: NodeJS.ProcessEnv): StoreTarget {
  const url = databaseUrl(options, env);
  return url === undefined ? { path: join(dataDirectory(options, env), DATABASE_FILE) } : { url };
}

/**
 * Opens the store alone, for the commands that look after the whole database.
 * In a read-only data directory it is opened read-only: what only reads
 * works, and any write is refused with a sentence that says why.
 */
export async function openStoreOf(options: GlobalOptions, env: NodeJS.ProcessEnv): Promise<Store> {
  const target = storeTarget(options, env);
  try {
    return await openStore(target);
  } catch (error) {
    if (!(error instanceof StoreError && error.kind === 'read-only')) throw error;
    return openStore(target, { readOnly: true });
  }
}

/** Opens the store and the local account for one command. */
export async function openApp(options: GlobalOptions, env: NodeJS.ProcessEnv): Promise<AppContext> {
  const clock = clockOf(options, env);
  const store = await openStoreOf(options, env);
  // Asked only when the account is created: reading the system zone costs a cold start.
  const systemZone = () =>
    [env.TZ, Intl.DateTimeFormat().resolvedOptions().timeZone].find(
      (z) => z && isValidTimeZone(z),
    ) ?? 'UTC';
  try {
    const account = await resolveAccount(store, options.account);
    if (!account.ok) throw new UsageError(`--${account.message}`);
    if (account.value === 0) return await openAccount(store, clock, systemZone);
    return { store: accountStore(store, account.value), accountId: account.value, clock };
  } catch (error) {
    await store.close();
    throw error;
  }
}
