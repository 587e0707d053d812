import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDataDir } from '../../../test/cli.js';
import { BOARD_JOB } from '../../formats/posting/test-support/board.js';

// `justenough capture`, as users run the built command.
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'capture');
const board = join(FIXTURES, 'board-posting.html');
let data: { dir: string; remove: () => void };
let server: Server | undefined;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(async () => {
  data.remove();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  server = undefined;
});

const je = (args: string[]) => cli(['--data', data.dir, '--now', '2026-11-16', ...args]);

describe('justenough capture', () => {
  it('makes a job from a saved page and prints it as show --json does, with location and postedOn', async () => {
    const made = await je(['capture', board, '--applied', '--json']);
    expect(made.code).toBe(0);
    const job = JSON.parse(made.stdout);
    expect(job).toMatchObject({
      id: '1',
      kind: 'job',
      ...BOARD_JOB,
      next: [{ action: 'follow-up', dueOn: '2026-11-19' }],
    });
    const shown = JSON.parse((await je(['show', '1', '--json'])).stdout);
    expect(Object.keys(shown).every((k) => k in job)).toBe(true);
  });

  it('the same posting twice: exit 0, the existing one printed, stderr says so', async () => {
    await je(['capture', board]);
    const again = await je(['capture', board, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).id).toBe('1');
    expect(again.stderr).toContain('already captured: #1');
    expect(JSON.parse((await je(['list', '--json'])).stdout).items).toHaveLength(1);
  });

  it('a dry run writes nothing', async () => {
    const dry = await je(['capture', board, '--dry-run', '--json']);
    expect(JSON.parse(dry.stdout)).toMatchObject({ company: 'Globex Corporation', existing: null });
    expect(JSON.parse((await je(['list', '--json'])).stdout).items).toHaveLength(0);
  });

  it('refuses with one line: no posting, a file over 5 MB, a missing file', async () => {
    const none = await je(['capture', join(FIXTURES, 'no-posting.html')]);
    expect([none.code, none.stderr.trim().split('\n').length]).toEqual([1, 1]);
    expect(none.stderr).toContain('no job posting found');
    const huge = join(data.dir, 'huge.html');
    writeFileSync(huge, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    const big = await je(['capture', huge]);
    expect([big.code, big.stderr]).toEqual([1, expect.stringContaining('larger than 5 MB')]);
    expect((await je(['capture', join(data.dir, 'nope.html')])).code).toBe(1);
    expect(JSON.parse((await je(['list', '--json'])).stdout).items).toHaveLength(0);
  });

  it('fetches a page on 127.0.0.1 only with --allow-private', async () => {
    const page = `<meta property="og:title" content="Barista"><meta property="og:site_name" content="Cafe">`;
    server = createServer((_req, res) => res.writeHead(200).end(page));
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jobs/1`;
    const refused = await je(['capture', url]);
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringContaining('--allow-private')]);
    const fetched = await je(['capture', url, '--allow-private', '--json']);
    expect(JSON.parse(fetched.stdout)).toMatchObject({
      title: 'Barista',
      company: 'Cafe',
      postingUrl: url,
    });
  });
});
