import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/store.js';
import { testDatabase, testTarget } from '../store/test-support/test-store.js';
import { checkEveryCache } from './cache-maintenance.js';
import { startWriter, type Writer } from './test-support/writer-job.js';

// A writer process killed with SIGKILL in the middle of its writes, twice, on the database this
// file runs on. Each write adds an opportunity with its company, its contact, its first event and
// its cache: five tables in one transaction, so a half-done write would show.
const ROUNDS = 2;

async function waitFor(writer: Writer, commits: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (writer.committed() < commits) {
    if (Date.now() > deadline) throw new Error(`the writer made only ${writer.committed()} writes`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function contents(store: Store) {
  return store.read(async (q) => {
    const [accountId] = await q.accountIds();
    if (accountId === undefined) return { opportunities: [], contacts: [], events: [] };
    const opportunities = await q.opportunities(accountId);
    const events = [];
    for (const o of opportunities) events.push(...(await q.events(accountId, o.id)));
    return { opportunities, contacts: await q.contacts(accountId), events };
  });
}

describe(`a writer killed mid-way on ${testDatabase()}`, () => {
  it('leaves a database that opens, passes the check, and holds all or none of each write', async () => {
    const place = await testTarget(testDatabase(), { file: true });
    try {
      let reported = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const writer = startWriter({ target: place.target, mode: 'add', label: `r${round}` });
        await waitFor(writer, 25);
        writer.kill('SIGKILL');
        const end = await writer.done;
        expect(end.signal, end.stderr).toBe('SIGKILL');
        const committed = writer.committed();

        const store = await openStore(place.target);
        try {
          const report = await checkEveryCache(store);
          expect(report.integrity).toEqual([]);
          expect(report.disagreements).toEqual([]);
          const { opportunities, contacts, events } = await contents(store);
          const mine = opportunities.filter((o) => o.notes?.startsWith(`r${round}-`));
          // Every write that returned is there; the one in flight is there whole or not at all.
          expect(mine.length).toBeGreaterThanOrEqual(committed);
          expect(mine.length).toBeLessThanOrEqual(committed + 1);
          for (const o of opportunities) {
            const label = o.notes ?? '';
            expect(o.company).toBe(`Company ${label}`);
            expect(o.contact?.name).toBe(`Person ${label}`);
            expect(events.filter((e) => e.opportunityId === o.id).map((e) => e.type)).toEqual([
              'applied',
            ]);
            expect(o.cache.followUps).toBe(0);
          }
          expect(contacts).toHaveLength(opportunities.length);
          expect(events).toHaveLength(opportunities.length);
          reported += mine.length;
          expect(opportunities).toHaveLength(reported);
        } finally {
          await store.close();
        }
      }
    } finally {
      await place.dispose();
    }
  }, 120_000);
});
