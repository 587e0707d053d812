import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from './store.js';
import { fill, SETTINGS } from './test-support/fill.js';

describe('store: the embedded SQLite database', () => {
  let dir: string;
  let path: string;
  const open: Store[] = [];
  const openStore = async (): Promise<Store> => {
    const store = await openSqliteStore(path);
    open.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'justenough-store-'));
    path = join(dir, 'nested', 'deeper', 'justenough.sqlite');
  });
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('opening a file path creates its folder and the database', async () => {
    expect(existsSync(join(dir, 'nested'))).toBe(false);
    const store = await openStore();
    expect(store.dialect).toBe('sqlite');
    expect(existsSync(path)).toBe(true);
    const accountId = await store.transaction((q) => q.ensureAccount('local', () => SETTINGS));
    expect(await store.read((q) => q.settings(accountId))).toEqual(SETTINGS);
  });

  it('runs in WAL journal mode, as a second connection sees', async () => {
    await openStore();
    const other = new SQLite(path, { readonly: true });
    try {
      expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      other.close();
    }
  });

  it('reopening an existing database keeps its data', async () => {
    const first = await openStore();
    const { accountId, opportunityId } = await first.transaction(fill);
    await first.close();

    const second = await openStore();
    const again = await second.transaction((q) => q.ensureAccount('local', () => SETTINGS));
    expect(again).toBe(accountId);
    const o = await second.read((q) => q.opportunity(accountId, opportunityId));
    expect(o?.company).toBe('Acme');
    expect(o?.contact?.name).toBe('Jane Doe');
    expect(await second.read((q) => q.events(accountId, opportunityId))).toHaveLength(1);
    expect(await second.read((q) => q.dueSteps(accountId, '2026-12-31'))).toHaveLength(1);
  });

  it('migrations are idempotent: a database whose user_version was lost migrates again without harm', async () => {
    const first = await openStore();
    const { accountId, opportunityId } = await first.transaction(fill);
    await first.close();
    const raw = new SQLite(path);
    const version = raw.pragma('user_version', { simple: true });
    expect(version).toBeGreaterThan(0);
    raw.pragma('user_version = 0');
    raw.close();

    const second = await openStore();
    expect(await second.read((q) => q.events(accountId, opportunityId))).toHaveLength(1);
    await second.close();
    const check = new SQLite(path, { readonly: true });
    try {
      expect(check.pragma('user_version', { simple: true })).toBe(version);
    } finally {
      check.close();
    }
  });

  it('refuses a file that is not a database with a StoreError', async () => {
    const store = await openStore();
    await store.close();
    const bad = join(dir, 'not-a-database.sqlite');
    writeFileSync(
      bad,
      'this is not SQLite, just some text that is long enough to be read '.repeat(20),
    );
    await expect(openSqliteStore(bad)).rejects.toMatchObject({ name: 'StoreError' });
  });

  it('a transaction whose work throws writes nothing (all or none)', async () => {
    const store = await openStore();
    const accountId = await store.transaction((q) => q.ensureAccount('local', () => SETTINGS));
    await expect(
      store.transaction(async (q) => {
        await fill(q);
        await q.saveSettings(accountId, { ...SETTINGS, region: 'GB' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.read((q) => q.opportunities(accountId))).toEqual([]);
    expect(await store.read((q) => q.contacts(accountId))).toEqual([]);
    expect(await store.read((q) => q.dueSteps(accountId, '9999-12-31'))).toEqual([]);
    expect((await store.read((q) => q.settings(accountId))).region).toBe('US');
  });

  const SIGN_IN_TABLES = [
    'sessions',
    'access_tokens',
    'passkeys',
    'grants',
    'access_log',
    'invitations',
    'password_resets',
  ];

  it('every table but accounts has a NOT NULL account_id, and every row carries one', async () => {
    const store = await openStore();
    const { accountId } = await store.transaction(fill);
    await store.close();
    const raw = new SQLite(path, { readonly: true });
    try {
      const tables = (
        raw
          .prepare(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'",
          )
          .all() as { name: string }[]
      ).map((t) => t.name);
      expect(tables.sort()).toEqual(
        [
          'accounts',
          'companies',
          'contacts',
          'events',
          'next_steps',
          'opportunities',
          'settings',
          'calendar_feeds',
          'digest_settings',
          'digest_sends',
          ...SIGN_IN_TABLES,
          'attempts',
          'passkey_challenges',
          'mailbox_connections',
          'mailbox_folders',
          'inbox_messages',
          'inbox_proposals',
          'push_subscriptions',
          'account_counters',
        ].sort(),
      );
      // Sign-in attempts are counted per address tried, which may be nobody's; a passkey
      // sign-in's challenge is made before anyone is known.
      const nobodys = ['accounts', 'attempts', 'passkey_challenges'];
      for (const table of tables.filter((t) => !nobodys.includes(t))) {
        const columns = raw.pragma(`table_info(${table})`) as {
          name: string;
          notnull: number;
          pk: number;
        }[];
        const column = columns.find((c) => c.name === 'account_id');
        expect(column, table).toBeDefined();
        // A settings row's key is its account_id: an INTEGER PRIMARY KEY, never null.
        if (
          ['settings', 'calendar_feeds', 'digest_settings', 'mailbox_connections'].includes(table)
        )
          expect(column?.pk, table).toBe(1);
        else expect(column?.notnull, table).toBe(1);
        // The sign-in tables stay empty in a personal database.
        if (SIGN_IN_TABLES.includes(table)) continue;
        const rows = raw.prepare(`select account_id from ${table}`).all() as {
          account_id: number | null;
        }[];
        expect(rows.length, table).toBeGreaterThan(0);
        expect(
          rows.every((r) => r.account_id === accountId),
          table,
        ).toBe(true);
      }
    } finally {
      raw.close();
    }
  });
});
