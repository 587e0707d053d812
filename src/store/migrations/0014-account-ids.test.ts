import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { openStore } from '../store.js';
import { fill } from '../test-support/fill.js';
import { type TestTarget, testDatabase, testTarget } from '../test-support/test-store.js';
import { migrations } from './index.js';

// A database of the version before: ids were database-wide, so two accounts'
// rows take turns. Migration 0014 must keep every id and every reference, and
// each account's next id must follow its own highest.

const places: TestTarget[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const p of places.splice(0)) await p.dispose();
});

/** A database migrated up to 0013, on a connection of its own. */
async function madeBefore(): Promise<{ place: TestTarget; db: Kysely<unknown> }> {
  const dialect = testDatabase();
  const place = await testTarget(dialect, { file: true, fresh: true });
  places.push(place);
  const target = place.target;
  const db = new Kysely<unknown>({
    dialect:
      'path' in target
        ? new SqliteDialect({ database: new SQLite(target.path) })
        : new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 1 }) }),
  });
  const all = migrations(dialect);
  const older = Object.fromEntries(Object.entries(all).filter(([name]) => name < '0014'));
  const schema =
    dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => older },
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateToLatest();
  if (error) throw error;
  return { place, db };
}

const at = '2026-11-20T10:00:00.000Z';

async function insert(db: Kysely<unknown>, table: string, row: Record<string, unknown>) {
  const columns = Object.keys(row);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    values (${sql.join(Object.values(row))})`.execute(db);
}

/** Two accounts whose rows take turns, as database-wide ids made them. */
async function interleaved(db: Kysely<unknown>): Promise<void> {
  for (const id of [1, 2]) {
    await insert(db, 'accounts', { id, name: `a${id}`, created_at: at });
    await insert(db, 'settings', {
      account_id: id,
      time_zone: 'UTC',
      region: 'US',
      weekend_days: '[6,7]',
      days_off: '[]',
      playbook: '{}',
      updated_at: at,
    });
  }
  const accountOf = (id: number) => (id % 2 === 1 ? 1 : 2);
  for (const id of [1, 2, 3]) {
    const account_id = accountOf(id);
    await insert(db, 'companies', {
      id,
      account_id,
      name: `C${id}`,
      name_key: `c${id}`,
      created_at: at,
    });
    await insert(db, 'contacts', {
      id,
      account_id,
      name: `P${id}`,
      company_id: id,
      created_at: at,
      updated_at: at,
    });
    await insert(db, 'opportunities', {
      id,
      account_id,
      kind: 'job',
      company_id: id,
      contact_id: id,
      title: `T${id}`,
      created_at: at,
      updated_at: at,
    });
    await insert(db, 'events', {
      id,
      account_id,
      opportunity_id: id,
      type: 'applied',
      date: '2026-11-18',
      created_at: at,
    });
    await insert(db, 'access_tokens', {
      id,
      account_id,
      name: `k${id}`,
      token_hash: `h${id}`,
      created_at: at,
    });
  }
  // Serial ids that PostgreSQL's sequences must not hand out again.
  if (testDatabase() === 'postgres') {
    for (const t of [
      'accounts',
      'companies',
      'contacts',
      'opportunities',
      'events',
      'access_tokens',
    ])
      await sql`select setval(pg_get_serial_sequence(${t}, 'id'), 3)`.execute(db);
  }
}

describe(`migration 0014 on ${testDatabase()}: ids of each account's own`, () => {
  it("keeps every id and reference of a database made before, and counts on from each account's highest id", async () => {
    const { place, db } = await madeBefore();
    await interleaved(db);
    await db.destroy();
    const store = await openStore(place.target);
    stores.push(store);

    const first = await store.read((q) => q.opportunities(1));
    expect(first.map((o) => [o.id, o.title, o.company, o.contact?.name]).sort()).toEqual([
      [1, 'T1', 'C1', 'P1'],
      [3, 'T3', 'C3', 'P3'],
    ]);
    const second = await store.read((q) => q.opportunity(2, 2));
    expect([second?.title, second?.company, second?.contact?.name]).toEqual(['T2', 'C2', 'P2']);
    expect((await store.read((q) => q.allEvents(2))).map((e) => [e.id, e.opportunityId])).toEqual([
      [2, 2],
    ]);

    const next = await store.transaction(async (q) => ({
      one: await q.insertContact(1, {
        name: 'N',
        email: null,
        phone: null,
        role: null,
        companyId: null,
      }),
      two: await q.insertContact(2, {
        name: 'N',
        email: null,
        phone: null,
        role: null,
        companyId: null,
      }),
    }));
    expect(next).toEqual({ one: 4, two: 3 });
    // An account made after the migration starts at 1.
    const made = await store.transaction(fill);
    expect(made.opportunityId).toBe(1);
  });

  it('leaves every row pointing into its own account, and deleting an opportunity still deletes its events', async () => {
    const { place, db } = await madeBefore();
    await interleaved(db);
    await db.destroy();
    const store = await openStore(place.target);
    stores.push(store);
    await store.transaction((q) => q.deleteOpportunity(1, 3));
    expect((await store.read((q) => q.allEvents(1))).map((e) => e.id)).toEqual([1]);
    // A reference into another account's rows is refused by the database itself.
    await expect(
      store.transaction((q) =>
        q.insertEvent(1, {
          opportunityId: 2,
          type: 'applied',
          date: '2026-11-18',
          at: null,
          until: null,
          note: null,
        }),
      ),
    ).rejects.toThrow();
  });
});
