import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type SmallDisk, smallDisk } from '../src/store/test-support/small-disk.js';
import { type CliResult, cli } from './cli.js';

let disk: SmallDisk | undefined;
afterEach(() => {
  disk?.dispose();
  disk = undefined;
});

const NOW = ['--now', '2026-11-23T10:00:00-06:00'];

function expectOneLine(r: CliResult, code: number, text: string): void {
  expect(r.code, r.stderr).toBe(code);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toBe(`error: ${text}`);
}

/** A LinkedIn export of `n` connections: more than a full disk takes. */
function connections(n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `Person${i},Number${i},https://www.linkedin.com/in/person-${i},person${i}@example.com,Company ${i % 300},Engineer ${i},12 Jan 2026`,
  );
  return `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join('\n')}\n`;
}

describe('a full disk: one sentence that says so, exit 1, nothing written', () => {
  it('any command on a full disk says the disk holding the data is full', async () => {
    disk = smallDisk(2);
    const data = join(disk.dir, 'data');
    expect((await cli(['--data', data, ...NOW, 'list'])).code).toBe(0);
    disk.fill();
    expectOneLine(
      await cli(['--data', data, ...NOW, 'add', 'job', '--company', 'Acme', '--title', 'Analyst']),
      1,
      `the disk holding ${data} is full; free some space and try again (nothing was written)`,
    );
  });

  it('an import that fills the disk says the disk holding the data is full', async () => {
    disk = smallDisk(3);
    const data = join(disk.dir, 'data');
    const file = join(disk.dir, 'connections.csv');
    writeFileSync(file, connections(3000));
    expect(
      (await cli(['--data', data, ...NOW, 'add', 'job', '--company', 'Acme', '--title', 'Analyst']))
        .code,
    ).toBe(0);
    // Room to open the database, not to write 3,000 people.
    disk.fill(256 * 1024);
    const r = await cli(['--data', data, ...NOW, 'import', file, '--yes']);
    expectOneLine(
      r,
      1,
      `the disk holding ${data} is full; free some space and try again (nothing was written)`,
    );
    disk.free();
    // Nothing was written: the one opportunity, and no contact.
    const list = await cli(['--data', data, ...NOW, 'contacts', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject({ items: [] });
  });
});

describe('a read-only data directory: reading works, writing says read-only', () => {
  it('--data naming a file, not a folder, exits 1 saying so', async () => {
    disk = smallDisk(1);
    const file = join(disk.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    expectOneLine(
      await cli(['--data', file, 'list']),
      1,
      `the data directory ${file} is not a folder (a file has that name); give a folder with --data, or remove the file`,
    );
  });

  it('lists and shows today from a read-only folder, and refuses a change saying read-only', async () => {
    disk = smallDisk(4);
    const data = join(disk.dir, 'data');
    mkdirSync(data);
    for (const args of [
      ['add', 'job', '--company', 'Acme', '--title', 'Analyst', '--contact', 'Jane Doe'],
      ['log', '1', 'applied', '--on', '2026-11-16'],
    ]) {
      const r = await cli(['--data', data, ...NOW, ...args]);
      expect(r.code, r.stderr).toBe(0);
    }
    const before = await cli(['--data', data, ...NOW, 'today', '--json']);
    readOnly(disk.dir);
    const list = await cli(['--data', data, ...NOW, 'list']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('Acme');
    const today = await cli(['--data', data, ...NOW, 'today', '--json']);
    expect(today.code, today.stderr).toBe(0);
    expect(today.stdout).toBe(before.stdout);
    expectOneLine(
      await cli(['--data', data, ...NOW, 'log', '1', 'voicemail']),
      1,
      `the data directory ${data} is read-only: commands that only read (today, list, show, contacts, export) work, this one changes data; make the folder writable, or copy it elsewhere and use --data`,
    );
  });
});

/** Remounts the small disk read-only: even root cannot write to it then. */
function readOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir]);
}
