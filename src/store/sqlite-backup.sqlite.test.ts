import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectBackup, restoreSqlite } from './sqlite-restore.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';
import { fill } from './test-support/fill.js';

let dir: string;
let live: string;
const open: SqliteStore[] = [];
const openLive = async (): Promise<SqliteStore> => {
  const store = await openSqliteStore(live);
  open.push(store);
  return store;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'justenough-backup-'));
  live = join(dir, 'justenough.sqlite');
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const readdirFiles = (): string[] => readdirSync(dir).sort();

const titles = (store: SqliteStore, accountId: number) =>
  store.read(async (q) => (await q.opportunities(accountId)).map((o) => o.title));

async function addTitled(store: SqliteStore, accountId: number, title: string): Promise<void> {
  await store.transaction((q) =>
    q.insertOpportunity(accountId, {
      kind: 'job',
      companyId: null,
      title,
      contactId: null,
      postingUrl: null,
      notes: null,
    }),
  );
}

describe('backup: SQLite online backup', () => {
  it('copies a consistent database while writes go on, as one self-contained file', async () => {
    const store = await openLive();
    const { accountId } = await store.transaction(fill);
    const file = join(dir, 'copy.sqlite');
    // Writes racing the backup: the copy holds a state the database really had.
    const writes = Array.from({ length: 20 }, (_, i) => addTitled(store, accountId, `Job ${i}`));
    await Promise.all([store.backup(file), ...writes]);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const copy = new SQLite(file, { readonly: true });
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const n = (copy.prepare('select count(*) as n from opportunities').get() as { n: number }).n;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(21);
    } finally {
      copy.close();
    }
    expect(inspectBackup(file)).toMatchObject({ accounts: 1, events: 1 });
  });

  it('a backup that cannot be written leaves no partial file behind', async () => {
    const store = await openLive();
    await store.transaction(fill);
    const file = join(dir, 'no-such-folder', 'copy.sqlite');
    await expect(store.backup(file)).rejects.toMatchObject({ name: 'StoreError' });
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });
});

describe('restore: a backup back into the live database', () => {
  it('replaces the data, and a store already open sees the restored data', async () => {
    const store = await openLive();
    const { accountId } = await store.transaction(fill);
    const file = join(dir, 'copy.sqlite');
    await store.backup(file);
    await addTitled(store, accountId, 'Added after the backup');
    expect(await titles(store, accountId)).toContain('Added after the backup');

    expect(await restoreSqlite(live, file)).toEqual({ accounts: 1, opportunities: 1, events: 1 });
    expect(await titles(store, accountId)).toEqual(['Data Analyst']);
    expect(await store.integrity()).toEqual([]);
    await addTitled(store, accountId, 'Written after the restore');
    expect(await titles(store, accountId)).toEqual(['Written after the restore', 'Data Analyst']);
    expect(readdirFiles()).toEqual([
      'copy.sqlite',
      'justenough.sqlite',
      'justenough.sqlite-shm',
      'justenough.sqlite-wal',
    ]);
  });

  const refusals: [string, () => string, RegExp][] = [
    [
      'a text file',
      () => {
        writeFileSync(join(dir, 'notes.txt'), 'not a database at all '.repeat(50));
        return join(dir, 'notes.txt');
      },
      /is not a JustEnough database \(file is not a database\); nothing was restored/,
    ],
    [
      'another SQLite database',
      () => {
        const other = new SQLite(join(dir, 'other.sqlite'));
        other.exec('create table accounts (id integer); create table recipes (name text)');
        other.close();
        return join(dir, 'other.sqlite');
      },
      /is not a JustEnough database \(no settings, opportunities, events, next_steps, kysely_migration table\)/,
    ],
    [
      'a database of a newer JustEnough',
      () => {
        const file = join(dir, 'newer.sqlite');
        writeFileSync(file, readFileSync(live));
        const db = new SQLite(file);
        db.pragma('journal_mode = DELETE');
        db.prepare(
          "insert into kysely_migration (name, timestamp) values ('9999-future', 'now')",
        ).run();
        db.close();
        return file;
      },
      /was made by a newer JustEnough \(migration 9999-future\)/,
    ],
    [
      'a file that does not exist',
      () => join(dir, 'missing.sqlite'),
      /does not exist or is not a file/,
    ],
  ];

  it.each(refusals)(
    'refuses %s with a clear error and changes nothing',
    async (_, make, message) => {
      const store = await openLive();
      const { accountId } = await store.transaction(fill);
      await store.close();
      open.length = 0;
      const file = make();
      const before = readFileSync(live);
      await expect(restoreSqlite(live, file)).rejects.toMatchObject({
        name: 'StoreError',
        message: expect.stringMatching(message),
      });
      expect(readFileSync(live).equals(before)).toBe(true);
      expect(readdirFiles().filter((f) => f.includes('restoring'))).toEqual([]);
      const again = await openLive();
      expect(await titles(again, accountId)).toEqual(['Data Analyst']);
    },
  );
});
