import { afterEach, describe, expect, it } from 'vitest';
import { accountOfToken } from '../src/app/accounts/tokens.js';
import type { Store } from '../src/store/store.js';
import { openTestStore } from '../src/store/test-support/test-store.js';
import { loadAccounts } from './accounts.js';
import { benchCallers } from './shared-http.js';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe("the shared bench's callers", () => {
  it('are the first accounts, each signed in by a token of its own; the others stay as loaded', async () => {
    store = await openTestStore();
    const s = store;
    const ids = await loadAccounts(s, {
      accounts: 3,
      opportunitiesPerAccount: 2,
      eventsPerOpportunity: 2,
      today: '2026-11-23',
    });
    const callers = await benchCallers(s, ids, 2);
    expect(callers.map((c) => c.accountId)).toEqual(ids.slice(0, 2));
    expect(new Set(callers.map((c) => c.token)).size).toBe(2);
    for (const caller of callers) {
      expect(await accountOfToken(s, caller.token)).toBe(caller.accountId);
      expect(await s.read((q) => q.person(caller.accountId))).toMatchObject({
        email: `seeker-${caller.accountId}@example.com`,
      });
    }
    expect(await s.read((q) => q.person(ids[2] ?? 0))).toBeUndefined();
  }, 120_000);
});
