import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { redactUrl, StoreError } from './errors.js';
import { storeFailure } from './failures.js';
import { migrate, migrationNames } from './migrate.js';
import { queries, writeThrough } from './queries.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/** The first key of the advisory lock migrations take; the second is the schema's hash. */
const MIGRATION_LOCK = 0x4a45; // "JE"
/** A transaction that lost a deadlock or a serialization race runs again, this many times at most. */
const ATTEMPTS = 8;
const RETRYABLE = new Set(['40001', '40P01']);

const isRetryable = (error: unknown): boolean =>
  RETRYABLE.has(String((error as { code?: unknown } | null)?.code ?? ''));

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** attempt));

// Whether every migration of this version already ran in `schema`: then start-up skips the migrator.
async function upToDate(db: Kysely<Database>, schema: string): Promise<boolean> {
  const table = await sql<{
    found: string | null;
  }>`select to_regclass(${`"${schema.replaceAll('"', '""')}".kysely_migration`}) as found`.execute(
    db,
  );
  if (!table.rows[0]?.found) return false;
  const ran = await sql<{
    name: string;
  }>`select name from ${sql.id(schema, 'kysely_migration')}`.execute(db);
  const names = new Set(ran.rows.map((r) => r.name));
  return migrationNames('postgres').every((m) => names.has(m));
}

/**
 * Migrates the schema the URL's search_path names (public by default) under
 * an advisory lock, so that two processes starting at once migrate it once.
 */
async function migratePostgres(db: Kysely<Database>): Promise<void> {
  await db.connection().execute(async (conn) => {
    const current = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
      conn,
    );
    const schema = current.rows[0]?.schema;
    if (!schema) {
      throw new StoreError(
        'the database has no schema to work in: the search_path names none that exists; create it or correct the URL',
      );
    }
    if (await upToDate(conn, schema)) return;
    await sql`select pg_advisory_lock(${MIGRATION_LOCK}, hashtext(${schema}))`.execute(conn);
    try {
      if (!(await upToDate(conn, schema))) await migrate(conn, 'postgres', schema);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK}, hashtext(${schema}))`.execute(conn);
    }
  });
}

/**
 * Opens a PostgreSQL database by URL (`postgres://user@host:5432/name`),
 * migrated to the latest schema. A schema other than public is chosen in the
 * URL: `?options=-c%20search_path%3Dname`.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: url, max: 10, idleTimeoutMillis: 10_000 });
  } catch (error) {
    throw new StoreError(
      `--database-url: ${redactUrl(url)} is not a PostgreSQL URL: ${(error as Error).message}; expected e.g. postgres://user@localhost:5432/justenough`,
    );
  }
  // A connection that breaks while idle is dropped by the pool; the next query takes another.
  pool.on('error', () => undefined);
  const db: Kysely<Database> = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migratePostgres(db);
  } catch (error) {
    await db.destroy();
    throw error instanceof StoreError
      ? error
      : new StoreError(`cannot use the database ${redactUrl(url)}: ${(error as Error).message}`, {
          cause: error,
        });
  }
  // Reads share one set of queries: making it (some 150 functions) for every read cost more than
  // the read itself under load.
  const reads = queries(db, 'postgres');
  return {
    dialect: 'postgres',
    async transaction(work) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await db.transaction().execute((trx) => writeThrough(trx, 'postgres', work));
        } catch (error) {
          // A full disk (53100) is said in words; the server's host is where it is.
          if (!isRetryable(error) || attempt >= ATTEMPTS)
            throw storeFailure(error, 'the PostgreSQL database');
          await pause(attempt);
        }
      }
    },
    read: (work) => work(reads),
    // PostgreSQL keeps its own files sound; its checks are the server's business.
    integrity: async () => [],
    analyze: async () => void (await sql`analyze`.execute(db)),
    close: () => db.destroy(),
  };
}
