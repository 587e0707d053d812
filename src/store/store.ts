import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Dialect } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import { type Queries, queries } from './queries.js';
import type { Database } from './schema.js';

/** The database behind the product: queries, transactions, migrations. */
export interface Store {
  readonly dialect: Dialect;
  /** Runs `work` in one transaction: all of its writes, or none. */
  transaction<T>(work: (q: Queries) => Promise<T>): Promise<T>;
  /** Runs read-only `work` without a transaction. */
  read<T>(work: (q: Queries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  override readonly name = 'StoreError';
}

async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const provider = migrationProvider(dialect);
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError(`database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}

function storeOf(db: Kysely<Database>, dialect: Dialect): Store {
  return {
    dialect,
    transaction: (work) =>
      db.transaction().execute(async (trx) => {
        const touched = new Set<number>();
        const result = await work(queries(trx, (accountId) => touched.add(accountId)));
        await queries(trx).bumpRevisions([...touched]);
        return result;
      }),
    read: (work) => work(queries(db)),
    close: () => db.destroy(),
  };
}

/**
 * Opens (and creates, with its folder) the embedded SQLite database at `path`,
 * in WAL mode, migrated to the latest schema. `:memory:` gives a private
 * in-memory database.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    // SQLite's own lower() folds ASCII only, so searches missed 'Émile' for 'émile'; fold every letter.
    sqlite.function('lower', { deterministic: true }, (text: unknown) =>
      typeof text === 'string' ? text.toLowerCase() : text,
    );
  } catch (error) {
    throw new StoreError(`cannot open the database ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    // user_version remembers how many migrations ran, so an up-to-date file opens without the migrator's checks.
    const latest = Object.keys(await migrationProvider('sqlite').getMigrations()).length;
    if (sqlite.pragma('user_version', { simple: true }) !== latest) {
      await migrate(db, 'sqlite');
      sqlite.pragma(`user_version = ${latest}`);
    }
  } catch (error) {
    await db.destroy();
    throw error instanceof StoreError
      ? error
      : new StoreError(`cannot use the database ${path}: ${(error as Error).message}`, {
          cause: error,
        });
  }
  return storeOf(db, 'sqlite');
}
