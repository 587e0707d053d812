import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import type { Dialect } from '../dialect.js';
import { openStore, type Store, type StoreTarget } from '../store.js';
import { withSearchPath } from './scratch-schema.js';

export { withSearchPath };

/**
 * The database a test file runs on: vitest's `postgres` project sets
 * JUSTENOUGH_TEST_DATABASE=postgres and runs the store, use-case and server
 * suites again, so a suite that opens its stores here runs on both.
 */
export function testDatabase(): Dialect {
  return process.env.JUSTENOUGH_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
}

/** The PostgreSQL server the tests use: $TEST_DATABASE_URL. */
export function postgresTestUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set: the PostgreSQL tests need it, e.g. postgres://postgres@127.0.0.1:5432/test',
    );
  }
  return url;
}

let admin: pg.Pool | undefined;
let swept = false;
let made = 0;

function adminPool(): pg.Pool {
  admin ??= new pg.Pool({
    connectionString: postgresTestUrl(),
    max: 2,
    idleTimeoutMillis: 500,
    allowExitOnIdle: true,
  });
  return admin;
}

// Schemas are named after the second they were made: those an interrupted run left behind are dropped an hour later.
async function sweepStaleSchemas(pool: pg.Pool): Promise<void> {
  if (swept) return;
  swept = true;
  const old = Math.floor(Date.now() / 1000) - 3600;
  const { rows } = await pool.query<{ name: string }>(
    "select nspname as name from pg_namespace where nspname like 'je\\_test\\_%'",
  );
  for (const { name } of rows) {
    const born = Number(name.split('_')[2]);
    if (born < old)
      await pool.query(`drop schema if exists "${name}" cascade`).catch(() => undefined);
  }
}

// Schemas of this test file already migrated and emptied, ready for its next test: making and
// migrating a schema costs ~80 ms, emptying one ~10 ms. All are dropped when the file ends.
const idle: string[] = [];
const mine = new Set<string>();

afterAll(async () => {
  if (!admin) return;
  for (const schema of mine) await admin.query(`drop schema if exists "${schema}" cascade`);
  mine.clear();
  idle.length = 0;
  await admin.end();
  admin = undefined;
});

// Empties every table but the migrations' own, and restarts the ids: as good as new.
async function empty(pool: pg.Pool, schema: string): Promise<void> {
  const { rows } = await pool.query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = $1 and tablename not like 'kysely\\_%'",
    [schema],
  );
  if (rows.length === 0) return;
  const tables = rows.map((r) => `"${schema}"."${r.name}"`).join(', ');
  await pool.query(`truncate table ${tables} restart identity cascade`);
}

/** Where a test's data lives, for this process and for the child processes it starts. */
export interface TestTarget {
  readonly target: StoreTarget;
  /** Removes the database: the SQLite file and its folder, or the PostgreSQL schema. */
  dispose(): Promise<void>;
}

/**
 * A new, empty database: a private PostgreSQL schema (`search_path` in the
 * URL), or for SQLite an in-memory database, or a file when other processes
 * must open it too.
 */
export async function testTarget(
  database: Dialect = testDatabase(),
  options: {
    readonly file?: boolean;
    /** A schema never migrated before (not one emptied by an earlier test): for migration tests. */
    readonly fresh?: boolean;
  } = {},
): Promise<TestTarget> {
  if (database === 'sqlite') {
    if (!options.file) return { target: { path: ':memory:' }, dispose: async () => undefined };
    const dir = mkdtempSync(join(tmpdir(), 'justenough-test-'));
    return {
      target: { path: join(dir, 'justenough.sqlite') },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const pool = adminPool();
  await sweepStaleSchemas(pool);
  let schema = options.fresh ? undefined : idle.pop();
  if (schema === undefined) {
    // A random part too: the next test file in this worker may start within the same second, with
    // its counter back at 1, while a late clean-up of the previous file drops that file's names.
    schema = `je_test_${Math.floor(Date.now() / 1000)}_${process.pid}_${++made}_${randomBytes(4).toString('hex')}`;
    await pool.query(`create schema "${schema}"`);
    mine.add(schema);
  }
  const name = schema;
  return {
    target: { url: withSearchPath(postgresTestUrl(), name) },
    dispose: async () => {
      if (!options.fresh) {
        const emptied = await empty(pool, name).then(
          () => true,
          () => false,
        );
        if (emptied) return void idle.push(name);
      }
      mine.delete(name);
      await pool.query(`drop schema if exists "${name}" cascade`);
    },
  };
}

/** A store on a new, empty database of the kind this test file runs on; closing it removes the database. */
export async function openTestStore(database: Dialect = testDatabase()): Promise<Store> {
  const place = await testTarget(database);
  const store = await openStore(place.target).catch(async (error: unknown) => {
    await place.dispose();
    throw error;
  });
  return {
    ...store,
    close: async () => {
      await store.close();
      await place.dispose();
    },
  };
}
