import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { fill, SETTINGS } from '../test-support/fill.js';
import { openTestStore, testDatabase } from '../test-support/test-store.js';

// Ids of each account's own (migration 0014): they start at 1 in every account,
// never come back once given, and two writers at once never share one.

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
const store = async () => {
  const s = await openTestStore();
  open.push(s);
  return s;
};

const job = (title: string) => ({
  kind: 'job',
  companyId: null,
  title,
  contactId: null,
  postingUrl: null,
  notes: null,
});

describe(`ids on ${testDatabase()}`, () => {
  it('start at 1 in a second account, whatever the first holds, and reveal nothing of it', async () => {
    const s = await store();
    const first = await s.transaction(fill);
    const more = await s.transaction(async (q) => [
      await q.insertOpportunity(first.accountId, job('b')),
      await q.insertOpportunity(first.accountId, job('c')),
    ]);
    expect(more).toEqual([2, 3]);
    const second = await s.transaction(async (q) => {
      const accountId = await q.ensureAccount('second', () => SETTINGS);
      const companyId = await q.companyId(accountId, 'Acme');
      const contactId = await q.insertContact(accountId, {
        name: 'Ann',
        email: null,
        phone: null,
        role: null,
        companyId,
      });
      const opportunityId = await q.insertOpportunity(accountId, job('a'));
      const eventId = await q.insertEvent(accountId, {
        opportunityId,
        type: 'applied',
        date: '2026-11-23',
        at: null,
        until: null,
        note: null,
      });
      const tokenId = await q.insertToken(accountId, 'script', 'hash-of-second');
      return { companyId, contactId, opportunityId, eventId, tokenId };
    });
    expect(second).toEqual({
      companyId: 1,
      contactId: 1,
      opportunityId: 1,
      eventId: 1,
      tokenId: 1,
    });
    // Both accounts now hold company 1, contact 1 and opportunity 1: every join stays in its account.
    const own = await s.read(async (q) => ({
      list: (await q.opportunities(first.accountId)).map((o) => o.contact?.name ?? null),
      due: (await q.dueSteps(first.accountId, '2026-12-31')).map((d) => d.contactName),
      contacts: (await q.contacts(first.accountId)).map((c) => c.name),
    }));
    expect(own).toEqual({
      list: [null, null, 'Jane Doe'],
      due: ['Jane Doe'],
      contacts: ['Jane Doe'],
    });
  });

  it('never give an id again once given, even after its row is deleted', async () => {
    const s = await store();
    const { accountId, opportunityId } = await s.transaction(fill);
    await s.transaction((q) => q.deleteOpportunity(accountId, opportunityId));
    expect(await s.transaction((q) => q.insertOpportunity(accountId, job('again')))).toBe(
      opportunityId + 1,
    );
  });

  it('are never the same for two writers at once, in one account, and many rows at once follow each other', async () => {
    const s = await store();
    const { accountId } = await s.transaction(fill);
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        s.transaction((q) => q.insertOpportunity(accountId, job(`t${i}`))),
      ),
    );
    expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    const bulk = await s.transaction((q) =>
      q.insertOpportunities(accountId, [job('x'), job('y'), job('z')]),
    );
    expect(bulk).toEqual([14, 15, 16]);
    const titles = await s.read((q) => q.opportunities(accountId));
    expect(titles.find((o) => o.id === 15)?.title).toBe('y');
  });
});
