// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the command is checked by the assertions
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type StoreTarget } from '../src/store/store.js';
import { type TestTarget, testDatabase, testTarget } from '../src/store/test-support/test-store.js';
import { cli } from './cli.js';

// The built command on the database this file runs on: --data DIR on SQLite, --database-url on
// PostgreSQL (the `postgres` project runs it again there).
let place: TestTarget;
beforeEach(async () => {
  place = await testTarget(testDatabase(), { file: true });
});
afterEach(() => place.dispose());

const where = (target: StoreTarget): string[] =>
  'url' in target ? ['--database-url', target.url] : ['--data', dirname(target.path)];

const run = (...args: string[]) => cli([...where(place.target), '--now', '2026-12-15', ...args]);

async function json(...args: string[]): Promise<any> {
  const r = await run(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

async function twoJobs(): Promise<void> {
  for (const company of ['Acme', 'Globex']) {
    await json('add', 'job', '--company', company, '--title', 'Analyst');
  }
  await json('log', '1', 'applied', '--on', '2026-12-01');
  await json('log', '2', 'applied', '--on', '2026-12-02');
}

describe(`justenough on ${testDatabase()}`, () => {
  it('adds, logs and lists today', async () => {
    await twoJobs();
    const today = await json('today');
    expect(today.items.map((i: any) => [i.opportunityId, i.action, i.dueOn])).toEqual([
      ['1', 'follow-up', '2026-12-04'],
      ['2', 'follow-up', '2026-12-07'],
    ]);
  });

  it('the database is also named by the environment ($DATABASE_URL or $JUSTENOUGH_DATA)', async () => {
    await twoJobs();
    const env =
      'url' in place.target
        ? { DATABASE_URL: place.target.url }
        : { JUSTENOUGH_DATA: dirname(place.target.path) };
    const r = await cli(['--now', '2026-12-15', 'list', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).items).toHaveLength(2);
  });

  it('check passes on a sound database; rebuild (and its old name replan) replans every opportunity', async () => {
    await twoJobs();
    expect(await json('check')).toEqual({
      ok: true,
      accounts: 1,
      opportunities: 2,
      integrity: [],
      disagreements: [],
    });
    expect(await json('rebuild')).toEqual({ rebuilt: 2, accounts: 1 });
    expect(await json('replan')).toEqual({ rebuilt: 2, accounts: 1 });
    const human = await run('check');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Every next-due cache agrees with the plan of its timeline.');
  });

  it('check exits 1 and names each opportunity whose cache disagrees; rebuild repairs it', async () => {
    await twoJobs();
    const store = await openStore(place.target);
    try {
      const [accountId = 0] = await store.read((q) => q.accountIds());
      await store.transaction((q) =>
        q.writeCache(accountId, 2, {
          closed: true,
          interviewing: false,
          heldOn: null,
          followUps: 0,
          interviewOn: null,
          steps: [],
        }),
      );
    } finally {
      await store.close();
    }
    const r = await run('check', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: false, opportunities: 2 });
    expect(report.disagreements.map((d: any) => [d.opportunityId, d.fields])).toEqual([
      [2, ['closed', 'steps']],
    ]);
    const human = await run('check');
    expect(human.code).toBe(1);
    expect(human.stdout).toContain(
      '#2 (account 1): closed, steps differ; the cache says closed, its timeline says follow-up 1 due 2026-12-07',
    );
    expect(human.stdout).toContain('Run "justenough rebuild"');
    await json('rebuild');
    expect((await json('check')).ok).toBe(true);
  });
});
