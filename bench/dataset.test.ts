import { describe, expect, it } from 'vitest';
import { rebuildAllCaches } from '../src/app/opportunities.js';
import { today } from '../src/app/today.js';
import { openTestStore } from '../src/store/test-support/test-store.js';
import { buildDataset, random } from './dataset.js';

describe('benchmark dataset', () => {
  it('builds the asked number of opportunities and events, with caches that match a rebuild', async () => {
    const store = await openTestStore();
    const ctx = await buildDataset(store, {
      opportunities: 40,
      eventsPerOpportunity: 10,
      today: '2026-11-23',
    });
    const counts = await store.read(async (q) => {
      const ids = await q.opportunityIds(ctx.accountId);
      let events = 0;
      for (const id of ids) events += (await q.events(ctx.accountId, id)).length;
      return { opportunities: ids.length, events };
    });
    expect(counts).toEqual({ opportunities: 40, events: 400 });
    const before = await today(ctx);
    expect(await rebuildAllCaches(ctx)).toBe(40);
    expect(await today(ctx)).toEqual(before);
    expect(before.items.length + before.upcoming.length).toBeGreaterThan(0);
    await store.close();
  });

  it('is deterministic for a seed', () => {
    const a = random(7);
    const b = random(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
