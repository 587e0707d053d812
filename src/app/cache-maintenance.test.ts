import { afterEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../store/test-support/test-store.js';
import { defaultSettings } from './account.js';
import { checkEveryCache, rebuildEveryCache } from './cache-maintenance.js';
import {
  addJob,
  expectedCache,
  log,
  storedCache,
  type TestApp,
  testApp,
} from './test-support/test-app.js';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

const WRONG = {
  closed: false,
  interviewing: true,
  heldOn: '2030-01-01',
  followUps: 9,
  interviewOn: null,
  steps: [],
};

// Two accounts: the local one with three opportunities, another with one.
async function twoAccounts() {
  app = await testApp({ now: '2026-12-15' });
  const ids: number[] = [];
  for (const company of ['Acme', 'Globex', 'Initech']) {
    const o = await addJob(app, { company, appliedOn: '2026-11-20' });
    await log(app, o.id, 'voicemail', { on: '2026-11-25' });
    ids.push(Number(o.id));
  }
  const other = await app.store.transaction(async (q) => {
    const accountId = await q.ensureAccount('coach-client-2', () =>
      defaultSettings('Europe/London'),
    );
    const [opportunityId = 0] = await q.insertOpportunities(accountId, [
      {
        kind: 'job',
        companyId: null,
        title: 'Nurse',
        contactId: null,
        postingUrl: null,
        notes: null,
      },
    ]);
    await q.insertEvents(accountId, [
      { opportunityId, type: 'applied', date: '2026-12-01', at: null, until: null, note: null },
    ]);
    return { accountId, opportunityId };
  });
  return { ids, other };
}

describe(`rebuild and check of every cache, on ${testDatabase()}`, () => {
  it('an empty database checks clean', async () => {
    app = await testApp();
    expect(await checkEveryCache(app.store)).toEqual({
      accounts: 1,
      opportunities: 0,
      integrity: [],
      disagreements: [],
    });
  });

  it('check names every opportunity, in every account, whose cache disagrees with the plan, and what differs', async () => {
    const { ids, other } = await twoAccounts();
    const accountId = app.ctx.accountId;
    await app.store.transaction((q) => q.writeCache(accountId, ids[1] ?? 0, WRONG));
    const report = await checkEveryCache(app.store);
    expect(report).toMatchObject({ accounts: 2, opportunities: 4, integrity: [] });
    expect(report.disagreements.map((d) => [d.accountId, d.opportunityId, d.fields])).toEqual([
      [accountId, ids[1], ['interviewing', 'heldOn', 'followUps', 'steps']],
      // Loaded in bulk and never planned: its cache is still empty.
      [other.accountId, other.opportunityId, ['steps']],
    ]);
    expect(report.disagreements[0]?.stored).toEqual(WRONG);
    expect(report.disagreements[0]?.expected).toEqual(await expectedCache(app, ids[1] ?? 0));
  });

  it('rebuild rewrites every cache of every account from the timelines; check is clean afterwards', async () => {
    const { ids } = await twoAccounts();
    for (const id of ids)
      await app.store.transaction((q) => q.writeCache(app.ctx.accountId, id, WRONG));
    const progress: [number, number][] = [];
    expect(
      await rebuildEveryCache(app.store, (done, total) => progress.push([done, total])),
    ).toEqual({
      accounts: 2,
      opportunities: 4,
    });
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    for (const id of ids) expect(await storedCache(app, id)).toEqual(await expectedCache(app, id));
    expect((await checkEveryCache(app.store)).disagreements).toEqual([]);
  });

  it('rebuilding caches that were right changes none of them', async () => {
    const { ids } = await twoAccounts();
    await rebuildEveryCache(app.store);
    const before = await Promise.all(ids.map((id) => storedCache(app, id)));
    await rebuildEveryCache(app.store);
    expect(await Promise.all(ids.map((id) => storedCache(app, id)))).toEqual(before);
  });
});
