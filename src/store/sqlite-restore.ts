import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { StoreError } from './errors.js';
import { migrationNames } from './migrate.js';
import { privateFile, privateFolder } from './private-files.js';
import { sqliteProblems } from './sqlite-store.js';

const TABLES = [
  'accounts',
  'settings',
  'opportunities',
  'events',
  'next_steps',
  'kysely_migration',
];

/** What a backup holds, to say it back to the user. */
export interface RestoredSummary {
  readonly accounts: number;
  readonly opportunities: number;
  readonly events: number;
}

// Why `file` is not a JustEnough database this version can open, or its summary.
function inspect(sqlite: SQLite.Database, file: string): RestoredSummary {
  const notOurs = (why: string) =>
    new StoreError(`restore: ${file} is not a JustEnough database (${why}); nothing was restored`);
  let tables: string[];
  try {
    tables = (
      sqlite.prepare("select name from sqlite_master where type = 'table'").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
  } catch (error) {
    throw notOurs((error as Error).message);
  }
  const missing = TABLES.filter((t) => !tables.includes(t));
  if (missing.length > 0) throw notOurs(`no ${missing.join(', ')} table`);
  const problems = sqliteProblems(sqlite);
  if (problems.length > 0) throw notOurs(`damaged: ${problems.slice(0, 3).join('; ')}`);
  const ran = (sqlite.prepare('select name from kysely_migration').all() as { name: string }[]).map(
    (m) => m.name,
  );
  const known = migrationNames('sqlite');
  if (!ran.includes('0001-initial')) throw notOurs('its schema was never created');
  const unknown = ran.filter((m) => !known.includes(m));
  if (unknown.length > 0) {
    throw new StoreError(
      `restore: ${file} was made by a newer JustEnough (migration ${unknown[0]}); upgrade JustEnough first; nothing was restored`,
    );
  }
  const count = (table: string) =>
    (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return {
    accounts: count('accounts'),
    opportunities: count('opportunities'),
    events: count('events'),
  };
}

function openBackup(file: string): SQLite.Database {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new StoreError(`restore: ${file} does not exist or is not a file; nothing was restored`);
  }
  try {
    return new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreError(
      `restore: cannot open ${file}: ${(error as Error).message}; nothing was restored`,
    );
  }
}

/** Whether a database file is there to be replaced. */
export function databaseFileExists(path: string): boolean {
  return existsSync(path);
}

/** What a backup file holds, once it is checked to be a JustEnough database this version can restore. */
export function inspectBackup(file: string): RestoredSummary {
  const source = openBackup(file);
  try {
    return inspect(source, file);
  } finally {
    source.close();
  }
}

/**
 * Replaces the database at `live` with the backup `file`. The backup is
 * checked (a JustEnough database, sound, not from a newer version) and copied
 * beside the live file first; the copy then goes into the live database
 * through SQLite's backup API, in one transaction: processes that have it
 * open see the old data or the new, never a mix, and a crash leaves the old.
 */
export async function restoreSqlite(live: string, file: string): Promise<RestoredSummary> {
  const source = openBackup(file);
  const staged = join(dirname(live), `.${basename(live)}.restoring-${process.pid}`);
  try {
    inspect(source, file);
    privateFolder(dirname(live));
    privateFile(staged);
    privateFile(live);
    await source.backup(staged);
  } finally {
    source.close();
  }
  try {
    const copy = new SQLite(staged, { fileMustExist: true });
    try {
      const summary = inspect(copy, file);
      await copy.backup(live);
      return summary;
    } finally {
      copy.close();
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`restore: ${(error as Error).message}`, { cause: error });
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(staged + suffix, { force: true });
  }
}
