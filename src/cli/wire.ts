import { join } from 'node:path';
import envPaths from 'env-paths';
import { openAccount } from '../app/account.js';
import type { AppContext, Clock } from '../app/context.js';
import { Temporal } from '../core/dates.js';
import { isValidTimeZone, parseMoment } from '../core/time.js';
import { openSqliteStore } from '../store/store.js';
import { UsageError } from './usage-error.js';

/** The options every command takes, wherever they stand on the line. */
export interface GlobalOptions {
  readonly data?: string;
  readonly databaseUrl?: string;
  readonly now?: string;
  readonly json?: boolean;
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

/** Opens the store and the local account for one command. */
export async function openApp(options: GlobalOptions, env: NodeJS.ProcessEnv): Promise<AppContext> {
  const clock = clockOf(options, env);
  const url = options.databaseUrl ?? env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    throw new UsageError(
      '--database-url: PostgreSQL is not supported by this version yet; leave it out to use the embedded database in --data',
    );
  }
  const store = await openSqliteStore(join(dataDirectory(options, env), DATABASE_FILE));
  // Asked only when the account is created: reading the system zone costs a cold start.
  const systemZone = () =>
    [env.TZ, Intl.DateTimeFormat().resolvedOptions().timeZone].find(
      (z) => z && isValidTimeZone(z),
    ) ?? 'UTC';
  return openAccount(store, clock, systemZone);
}
