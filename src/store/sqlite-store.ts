import { renameSync, rmSync } from 'node:fs';
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
import { readOnlyMessage, storeFailure } from './failures.js';
import { migrate, migrationNames } from './migrate.js';
import { privateFile, privateFolder, repairDatabaseFiles } from './private-files.js';
import { queries, writeThrough } from './queries.js';
import type { Database } from './schema.js';
import { connectReadOnly, isReadOnlyFolder } from './sqlite-read-only.js';
import type { Store } from './store.js';

// With SQLite's default (deferred) BEGIN, two processes that both read and then write fail at
// once with SQLITE_BUSY whatever the busy timeout: a writer takes the write lock when it begins.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  // SQLite ends a transaction by itself on some errors (a full disk): rolling it back again
  // would fail with "cannot rollback - no transaction is active" and hide the error itself.
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    } catch (error) {
      if (!/no transaction is active/i.test((error as Error).message)) throw error;
    }
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

// SQLite's own lower() folds ASCII only, so searches missed 'Émile' for 'émile'; fold every letter.
function foldEveryLetter(sqlite: SQLite.Database): SQLite.Database {
  sqlite.function('lower', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.toLowerCase() : text,
  );
  return sqlite;
}

function connect(path: string): SQLite.Database {
  const sqlite = new SQLite(path);
  // The timeout first: switching to WAL needs a moment's lock another process may hold.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  return foldEveryLetter(sqlite);
}

/** Why the database cannot be opened, in words: a read-only folder, a full disk, or SQLite's. */
function openFailure(error: unknown, path: string): StoreError {
  const folder = dirname(path);
  if (error instanceof StoreError) return error;
  if (path !== ':memory:' && isReadOnlyFolder(folder)) {
    return new StoreError(readOnlyMessage(folder), { cause: error, kind: 'read-only' });
  }
  const failure = storeFailure(error, folder);
  if (failure instanceof StoreError) return failure;
  return new StoreError(`cannot open the database ${path}: ${(error as Error).message}`, {
    cause: error,
  });
}

/** How the embedded database is opened. */
export interface SqliteOptions {
  /** For commands that only read, on a read-only folder: no migration, and every write refused. */
  readonly readOnly?: boolean;
}

/**
 * Migrates inside one write transaction, so that two processes opening a new
 * file at once migrate it once. user_version remembers how many migrations
 * ran, so an up-to-date file opens without the migrator's checks. Foreign keys
 * are off meanwhile, as SQLite asks of a migration that copies a table into a
 * new one (0014): every reference is checked before the commit instead.
 */
async function migrateSqlite(sqlite: SQLite.Database, db: Kysely<Database>): Promise<void> {
  const latest = migrationNames('sqlite').length;
  if (sqlite.pragma('user_version', { simple: true }) === latest) return;
  sqlite.pragma('foreign_keys = off');
  sqlite.exec('begin immediate');
  try {
    if (sqlite.pragma('user_version', { simple: true }) !== latest) {
      await migrate(db, 'sqlite');
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`${broken.length} rows refer to missing rows`);
      sqlite.pragma(`user_version = ${latest}`);
    }
    sqlite.exec('commit');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    throw error;
  } finally {
    sqlite.pragma('foreign_keys = on');
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
export async function openSqliteStore(
  path: string,
  options: SqliteOptions = {},
): Promise<SqliteStore> {
  const folder = dirname(path);
  const readOnly = options.readOnly === true && path !== ':memory:';
  if (path !== ':memory:' && !readOnly) {
    privateFolder(folder);
    // Created private before SQLite opens it: its WAL and shared memory then take its mode.
    privateFile(path);
  }
  let sqlite: SQLite.Database;
  try {
    sqlite = readOnly ? foldEveryLetter(connectReadOnly(path, folder)) : connect(path);
    if (path !== ':memory:' && !readOnly) repairDatabaseFiles(path);
  } catch (error) {
    throw openFailure(error, path);
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  try {
    if (!readOnly) await migrateSqlite(sqlite, db);
    else if (sqlite.pragma('user_version', { simple: true }) !== migrationNames('sqlite').length) {
      throw new StoreError(
        `the data directory ${folder} is read-only and its database was made by another version of JustEnough; open it once where it can be written, to bring it up to date`,
        { kind: 'read-only' },
      );
    }
  } catch (error) {
    await db.destroy();
    const failure = openFailure(error, path);
    throw failure.kind === 'other' && !(error instanceof StoreError)
      ? new StoreError(`cannot use the database ${path}: ${(error as Error).message}`, {
          cause: error,
        })
      : failure;
  }
  // Reads share one set of queries: making it (some 150 functions) for every read cost more than
  // the read itself under load.
  const reads = queries(db, 'sqlite');
  return {
    dialect: 'sqlite',
    transaction: readOnly
      ? () => Promise.reject(new StoreError(readOnlyMessage(folder), { kind: 'read-only' }))
      : (work) =>
          db
            .transaction()
            .execute((trx) => writeThrough(trx, 'sqlite', work))
            .catch((error: unknown) => {
              throw storeFailure(error, folder);
            }),
    read: (work) => work(reads),
    integrity: async () => sqliteProblems(sqlite),
    analyze: () => db.connection().execute(async () => void sqlite.exec('analyze')),
    async backup(file) {
      const partial = `${file}.partial-${process.pid}`;
      try {
        privateFile(partial);
        // Inside the connection's turn: never in the middle of this process's own transaction.
        await db.connection().execute(() => sqlite.backup(partial));
        // One self-contained file: the copy leaves WAL mode (the live database keeps it).
        const copy = new SQLite(partial);
        copy.pragma('journal_mode = DELETE');
        copy.close();
        repairDatabaseFiles(partial);
        renameSync(partial, file);
      } catch (error) {
        for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
        const failure = storeFailure(error, dirname(file));
        throw failure instanceof StoreError
          ? failure
          : new StoreError(`cannot back up to ${file}: ${(error as Error).message}`, {
              cause: error,
            });
      }
    },
    close: () => db.destroy(),
  };
}
