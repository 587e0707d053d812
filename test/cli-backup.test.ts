// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the command is checked by the assertions
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliResult, cli, tempDataDir } from './cli.js';

let data: { dir: string; remove: () => void };
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

const run = (...args: string[]) => cli(['--data', data.dir, '--now', '2026-12-15', ...args]);

function oneLineError(r: CliResult, pattern: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

describe('justenough backup and restore (SQLite)', () => {
  it('backs up, and restores the backup after --yes', async () => {
    expect((await run('add', 'job', '--company', 'Acme', '--title', 'Analyst')).code).toBe(0);
    const file = join(data.dir, 'saved.sqlite');
    const backup = await run('backup', file, '--json');
    expect(backup.code, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout)).toEqual({ backup: file });
    expect((await run('add', 'job', '--company', 'Globex', '--title', 'Analyst')).code).toBe(0);

    oneLineError(await run('restore', file), /run again with --yes to confirm/);
    const restored = await run('restore', file, '--yes');
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(
      /^Restored .*saved\.sqlite: 1 account, 1 opportunity, 0 events\.$/m,
    );
    const list = JSON.parse((await run('list', '--json')).stdout);
    expect(list.items.map((o: any) => o.company)).toEqual(['Acme']);
  });

  it('refuses to overwrite an existing file without --force, and the live database itself', async () => {
    expect((await run('today')).code).toBe(0);
    const file = join(data.dir, 'saved.sqlite');
    writeFileSync(file, 'keep me');
    oneLineError(
      await run('backup', file),
      /already exists; choose a new file name, or add --force/,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect((await run('backup', file, '--force')).code).toBe(0);
    oneLineError(
      await run('backup', join(data.dir, 'justenough.sqlite'), '--force'),
      /is the live database itself/,
    );
  });

  it('refuses to restore a file that is not a JustEnough database, and writes nothing', async () => {
    expect((await run('add', 'job', '--company', 'Acme', '--title', 'Analyst')).code).toBe(0);
    const bad = join(data.dir, 'notes.txt');
    writeFileSync(bad, '<script>alert(1)</script> not a database '.repeat(40));
    oneLineError(
      await run('restore', bad, '--yes'),
      /is not a JustEnough database .*; nothing was restored/,
    );
    expect(JSON.parse((await run('list', '--json')).stdout).items).toHaveLength(1);
    expect(existsSync(join(data.dir, 'missing'))).toBe(false);
    oneLineError(
      await run('restore', join(data.dir, 'missing'), '--yes'),
      /does not exist or is not a file/,
    );
  });

  it('with a PostgreSQL URL, backup and restore point to pg_dump and pg_restore', async () => {
    const url = ['--database-url', 'postgres://nobody@127.0.0.1:1/justenough'];
    oneLineError(
      await cli([...url, 'backup', 'x.dump']),
      /backup: .*PostgreSQL.*use pg_dump --format=custom/,
    );
    oneLineError(await cli([...url, 'restore', 'x.dump']), /restore: .*pg_restore/);
  });

  it('a database URL that is not PostgreSQL is refused in one line, its password hidden', async () => {
    oneLineError(
      await cli(['--database-url', 'mysql://me:s3cret@db/x', 'today']),
      /^error: --database-url: "mysql:\/\/\*\*\*@db\/x" is not a PostgreSQL URL; expected e\.g\. postgres:\/\//,
    );
    oneLineError(
      await cli(['today'], { DATABASE_URL: 'sqlite:whatever' }),
      /^error: \$DATABASE_URL: "sqlite:whatever" is not a PostgreSQL URL/,
    );
  });
});
