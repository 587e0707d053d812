import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations/index.js';
import { openPostgresStore } from './postgres-store.js';
import { openStore, type Store } from './store.js';
import { fill, SETTINGS } from './test-support/fill.js';
import {
  postgresTestUrl,
  type TestTarget,
  testTarget,
  withSearchPath,
} from './test-support/test-store.js';

// What only PostgreSQL has: a server other processes share, schemas, advisory locks.
const places: TestTarget[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const p of places.splice(0)) await p.dispose();
});

async function place(): Promise<string> {
  const p = await testTarget('postgres');
  places.push(p);
  if (!('url' in p.target)) throw new Error('expected a URL');
  return p.target.url;
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe('store on PostgreSQL', () => {
  it('several processes opening a new database at once migrate it once', async () => {
    const url = await place();
    const opened = await Promise.all(Array.from({ length: 5 }, () => openPostgresStore(url)));
    stores.push(...opened);
    const ran = await query<{ name: string; n: string }>(
      url,
      'select name, count(*) as n from kysely_migration group by name order by name',
    );
    expect(ran.map((r) => [r.name, Number(r.n)])).toEqual(
      Object.keys(migrations('postgres'))
        .sort()
        .map((name) => [name, 1]),
    );
  });

  it('several connections creating the same account at once end with one account', async () => {
    const url = await place();
    const [a, b] = [await openPostgresStore(url), await openPostgresStore(url)];
    stores.push(a, b);
    const ids = await Promise.all(
      [a, b, a, b, a, b].map((s) => s.transaction((q) => q.ensureAccount('local', () => SETTINGS))),
    );
    expect(new Set(ids).size).toBe(1);
    expect(await a.read((q) => q.accountIds())).toEqual([ids[0]]);
  });

  it('a transaction that loses a deadlock runs again, and both transactions end well', async () => {
    const url = await place();
    const [a, b] = [await openPostgresStore(url), await openPostgresStore(url)];
    stores.push(a, b);
    const [x, y] = await a.transaction(async (q) => [
      await q.ensureAccount('x', () => SETTINGS),
      await q.ensureAccount('y', () => SETTINGS),
    ]);
    let runs = 0;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
    // Each takes one account, then wants the other's: PostgreSQL breaks the deadlock by failing one.
    const crossing = (s: Store, first: number, second: number, label: string) =>
      s.transaction(async (q) => {
        runs++;
        await q.lockAccount(first);
        await q.saveSettings(first, { ...SETTINGS, name: label });
        await pause();
        await q.lockAccount(second);
        return label;
      });
    expect(
      await Promise.all([crossing(a, x ?? 0, y ?? 0, 'a'), crossing(b, y ?? 0, x ?? 0, 'b')]),
    ).toEqual(['a', 'b']);
    expect(runs).toBeGreaterThanOrEqual(3);
    expect((await a.read((q) => q.settings(x ?? 0))).name).toBe('a');
    expect((await a.read((q) => q.settings(y ?? 0))).name).toBe('b');
  });

  it('every table but accounts has a NOT NULL account_id, and ids are serial integers', async () => {
    const url = await place();
    const s = await openPostgresStore(url);
    stores.push(s);
    const { accountId, opportunityId } = await s.transaction(fill);
    expect([accountId, opportunityId]).toEqual([1, 1]);
    const columns = await query<{ table_name: string; is_nullable: string }>(
      url,
      "select table_name, is_nullable from information_schema.columns where table_schema = current_schema() and column_name = 'account_id' order by table_name",
    );
    expect(columns).toEqual(
      [
        'access_log',
        'access_tokens',
        'account_counters',
        'calendar_feeds',
        'companies',
        'contacts',
        'digest_sends',
        'digest_settings',
        'events',
        'grants',
        'inbox_messages',
        'inbox_proposals',
        'invitations',
        'mailbox_connections',
        'mailbox_folders',
        'next_steps',
        'opportunities',
        'passkey_challenges',
        'passkeys',
        'password_resets',
        'push_subscriptions',
        'sessions',
        'settings',
      ].map((t) => ({
        table_name: t,
        // A passkey sign-in's challenge is made before anyone is known.
        is_nullable: t === 'passkey_challenges' ? 'YES' : 'NO',
      })),
    );
  });

  it('a server that does not answer is a StoreError that does not show the password', async () => {
    const error = await openStore({ url: 'postgres://me:s3cret@127.0.0.1:1/nothing' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'StoreError' });
    expect(String((error as Error).message)).toMatch(
      /^cannot use the database postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/nothing: /,
    );
    expect(String((error as Error).message)).not.toContain('s3cret');
  });

  it('a search_path naming no schema that exists is refused with a StoreError', async () => {
    const url = withSearchPath(postgresTestUrl(), 'no_such_schema_here');
    await expect(openStore({ url })).rejects.toMatchObject({
      name: 'StoreError',
      message: expect.stringMatching(/search_path names none that exists/),
    });
  });
});
