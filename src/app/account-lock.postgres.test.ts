import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/store.js';
import { testTarget } from '../store/test-support/test-store.js';
import { openAccount } from './account.js';
import { logEvent } from './events.js';
import { addOpportunity } from './opportunities.js';
import { expectedCache, fixedClock, must, storedCache } from './test-support/test-app.js';

// Two app processes on one PostgreSQL database, one of them slow: without the account's lock
// the slow one would write a cache planned from a timeline that misses the other's event.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A store whose transactions stall between reading the timeline and writing the cache.
function slowWriter(store: Store, ms: number): Store {
  return {
    ...store,
    transaction: (work) =>
      store.transaction((q) =>
        work({
          ...q,
          writeCache: async (...args) => {
            await pause(ms);
            return q.writeCache(...args);
          },
        }),
      ),
  };
}

describe('the account lock on PostgreSQL', () => {
  it('a slow and a fast writer logging on one opportunity at once: both kept, the cache is the plan of both', async () => {
    const place = await testTarget('postgres');
    const [slow, fast] = [await openStore(place.target), await openStore(place.target)];
    try {
      const clock = fixedClock(() => '2026-12-15');
      const slowCtx = await openAccount(slowWriter(slow, 300), clock, () => 'America/Chicago');
      const fastCtx = await openAccount(fast, clock, () => 'America/Chicago');
      const o = must(
        await addOpportunity(fastCtx, {
          kind: 'job',
          company: 'Acme',
          title: 'Analyst',
          appliedOn: '2026-11-20',
        }),
      );
      const first = logEvent(slowCtx, { opportunity: o.id, type: 'voicemail', on: '2026-11-25' });
      await pause(50);
      const second = logEvent(fastCtx, { opportunity: o.id, type: 'no-answer', on: '2026-11-30' });
      const results = await Promise.all([first, second]);
      expect(results.every((r) => r.ok)).toBe(true);
      const app = {
        ctx: fastCtx,
        store: fast,
        setNow: () => undefined,
        close: async () => undefined,
      };
      const cached = await storedCache(app, Number(o.id));
      expect(cached).toEqual(await expectedCache(app, Number(o.id)));
      expect(cached.followUps).toBe(2);
    } finally {
      await slow.close();
      await fast.close();
      await place.dispose();
    }
  });
});
