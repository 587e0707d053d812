import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import { StoreError } from './errors.js';
import { migrate, migrationNames } from './migrate.js';
import { queries, writeThrough } from './queries.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

// With SQLite's default (deferred) BEGIN, two processes that both read and then write fail at
// once with SQLITE_BUSY whatever the busy timeout: a writer takes the write lock when it begins.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** How long a writer waits for another process's write to end before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

function connect(path: string): SQLite.Database {
  const sqlite = new SQLite(path);
  // The timeout first: switching to WAL needs a moment's lock another process may hold.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // SQLite's own lower() folds ASCII only, so searches missed 'Émile' for 'émile'; fold every letter.
  sqlite.function('lower', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.toLowerCase() : text,
  );
  return sqlite;
}

/**
 * Migrates inside one write transaction, so that two processes opening a new
 * file at once migrate it once. user_version remembers how many migrations
 * ran, so an up-to-date file opens without the migrator's checks.
 */
async function migrateSqlite(sqlite: SQLite.Database, db: Kysely<Database>): Promise<void> {
  const latest = migrationNames('sqlite').length;
  if (sqlite.pragma('user_version', { simple: true }) === latest) return;
  sqlite.exec('begin immediate');
  try {
    if (sqlite.pragma('user_version', { simple: true }) !== latest) {
      await migrate(db, 'sqlite');
      sqlite.pragma(`user_version = ${latest}`);
    }
    sqlite.exec('commit');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    throw error;
  }
}

/** What SQLite's own checks find wrong with the file: integrity, then foreign keys. */
export function sqliteProblems(sqlite: SQLite.Database): string[] {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .filter((r) => r !== 'ok');
  const keys = (
    sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]
  ).map((r) => `${r.table} row ${r.rowid} refers to a missing ${r.parent} row`);
  return [...integrity, ...keys];
}

/** The embedded store, with what only SQLite can do: copy itself while in use. */
export interface SqliteStore extends Store {
  readonly dialect: 'sqlite';
  /**
   * Copies the database to `file` through SQLite's online backup API: a
   * consistent copy while the app runs. Written beside `file` first, then
   * renamed, so `file` is never half written.
   */
  backup(file: string): Promise<void>;
}

/**
 * Opens (and creates, with its folder) the embedded SQLite database at `path`,
 * in WAL mode, migrated to the latest schema. `:memory:` gives a private
 * in-memory database.
 */
export async function openSqliteStore(path: string): Promise<SqliteStore> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = connect(path);
  } catch (error) {
    throw new StoreError(`cannot open the database ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  try {
    await migrateSqlite(sqlite, db);
  } catch (error) {
    await db.destroy();
    throw error instanceof StoreError
      ? error
      : new StoreError(`cannot use the database ${path}: ${(error as Error).message}`, {
          cause: error,
        });
  }
  return {
    dialect: 'sqlite',
    transaction: (work) => db.transaction().execute((trx) => writeThrough(trx, 'sqlite', work)),
    read: (work) => work(queries(db, 'sqlite')),
    integrity: async () => sqliteProblems(sqlite),
    analyze: () => db.connection().execute(async () => void sqlite.exec('analyze')),
    async backup(file) {
      const partial = `${file}.partial-${process.pid}`;
      try {
        // Inside the connection's turn: never in the middle of this process's own transaction.
        await db.connection().execute(() => sqlite.backup(partial));
        // One self-contained file: the copy leaves WAL mode (the live database keeps it).
        const copy = new SQLite(partial);
        copy.pragma('journal_mode = DELETE');
        copy.close();
        renameSync(partial, file);
      } catch (error) {
        for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
        throw new StoreError(`cannot back up to ${file}: ${(error as Error).message}`, {
          cause: error,
        });
      }
    },
    close: () => db.destroy(),
  };
}
