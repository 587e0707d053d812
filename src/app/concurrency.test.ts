import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/store.js';
import { testDatabase, testTarget } from '../store/test-support/test-store.js';
import { openAccount } from './account.js';
import { checkEveryCache } from './cache-maintenance.js';
import { addOpportunity } from './opportunities.js';
import { fixedClock, must } from './test-support/test-app.js';
import { startWriter } from './test-support/writer-job.js';

// Several processes writing at the same moment, through the use cases, on the database this file
// runs on (SQLite: one file; PostgreSQL: one schema). Each writer is its own Node process.
const PROCESSES = 4;
const EVENTS = 25;

async function notesOf(store: Store, accountId: number): Promise<string[]> {
  return store.read(async (q) => {
    const notes: string[] = [];
    for (const id of await q.opportunityIds(accountId)) {
      for (const e of await q.events(accountId, id)) notes.push(e.note ?? `(${e.type})`);
    }
    return notes;
  });
}

describe(`concurrent writers on ${testDatabase()}`, () => {
  it(`${PROCESSES} processes x ${EVENTS} events on 3 shared opportunities: every event kept exactly once, every cache the plan of its full timeline`, async () => {
    const place = await testTarget(testDatabase(), { file: true });
    const store = await openStore(place.target);
    try {
      const ctx = await openAccount(
        store,
        fixedClock(() => '2026-12-15'),
        () => 'America/Chicago',
      );
      const ids: string[] = [];
      for (const company of ['Acme', 'Globex', 'Initech']) {
        const added = must(
          await addOpportunity(ctx, {
            kind: 'job',
            company,
            title: 'Analyst',
            appliedOn: '2026-11-20',
          }),
        );
        ids.push(added.id);
      }
      const writers = Array.from({ length: PROCESSES }, (_, p) =>
        startWriter({
          target: place.target,
          mode: 'log',
          label: `p${p}`,
          opportunities: ids,
          events: EVENTS,
        }),
      );
      const ends = await Promise.all(writers.map((w) => w.done));
      for (const end of ends) expect(end, end.stderr).toMatchObject({ code: 0 });

      const notes = await notesOf(store, ctx.accountId);
      const expected = Array.from({ length: PROCESSES }, (_, p) =>
        Array.from({ length: EVENTS }, (_, i) => `p${p}-${i}`),
      ).flat();
      expect(notes.filter((n) => n !== '(applied)').sort()).toEqual(expected.sort());
      expect(notes).toHaveLength(PROCESSES * EVENTS + ids.length);

      const report = await checkEveryCache(store);
      expect(report).toMatchObject({ accounts: 1, opportunities: 3, integrity: [] });
      expect(report.disagreements).toEqual([]);
    } finally {
      await store.close();
      await place.dispose();
    }
  }, 120_000);

  it(`${PROCESSES} processes starting at once on a new database migrate it once and share one account`, async () => {
    const place = await testTarget(testDatabase(), { file: true });
    try {
      const writers = Array.from({ length: PROCESSES }, (_, p) =>
        startWriter({
          target: place.target,
          mode: 'log',
          label: `s${p}`,
          opportunities: [],
          events: 0,
        }),
      );
      const ends = await Promise.all(writers.map((w) => w.done));
      for (const end of ends) expect(end, end.stderr).toMatchObject({ code: 0 });
      const store = await openStore(place.target);
      try {
        expect(await store.read((q) => q.accountIds())).toHaveLength(1);
        expect(await store.integrity()).toEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      await place.dispose();
    }
  }, 120_000);
});
