import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreSqlite } from './sqlite-restore.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';
import { fill } from './test-support/fill.js';

let root: string;
let umask: number;
const open: SqliteStore[] = [];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'justenough-private-'));
  // The most permissive umask: nothing may rely on it to keep the files private.
  umask = process.umask(0);
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  process.umask(umask);
  rmSync(root, { recursive: true, force: true });
});

const modeOf = (path: string) => statSync(path).mode & 0o777;

async function openAt(file: string): Promise<SqliteStore> {
  const store = await openSqliteStore(file);
  open.push(store);
  // A write: SQLite creates the WAL and its shared memory file.
  await store.transaction(fill);
  return store;
}

describe('private files: only the owner reads the data, whatever the umask', () => {
  it('creates the data folder 0700 and the database, its WAL and shared memory 0600', async () => {
    const folder = join(root, 'new', 'data');
    const file = join(folder, 'justenough.sqlite');
    await openAt(file);
    expect(modeOf(folder)).toBe(0o700);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      expect(existsSync(path), path).toBe(true);
      expect(modeOf(path), path).toBe(0o600);
    }
  });

  it('repairs the modes of a data folder and files left readable by others', async () => {
    const folder = join(root, 'old');
    const file = join(folder, 'justenough.sqlite');
    const first = await openAt(file);
    await first.close();
    open.splice(0);
    chmodSync(folder, 0o755);
    chmodSync(file, 0o644);
    writeFileSync(`${file}-wal`, '');
    chmodSync(`${file}-wal`, 0o666);
    await openAt(file);
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    expect(modeOf(`${file}-shm`)).toBe(0o600);
  });

  it('writes a backup 0600, and a restore into a new place keeps it so', async () => {
    const store = await openAt(join(root, 'live', 'justenough.sqlite'));
    const copy = join(root, 'copy.sqlite');
    await store.backup(copy);
    expect(modeOf(copy)).toBe(0o600);
    const elsewhere = join(root, 'elsewhere', 'justenough.sqlite');
    await restoreSqlite(elsewhere, copy);
    expect(modeOf(join(root, 'elsewhere'))).toBe(0o700);
    expect(modeOf(elsewhere)).toBe(0o600);
  });

  it('leaves a shared sticky folder such as /tmp as it is', async () => {
    const shared = join(root, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    await openAt(join(shared, 'justenough.sqlite'));
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
    expect(modeOf(join(shared, 'justenough.sqlite'))).toBe(0o600);
  });
});
