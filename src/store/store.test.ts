import { afterEach, describe, expect, it } from 'vitest';
import type { CacheRecord } from './records.js';
import type { Store } from './store.js';
import { fill, SETTINGS } from './test-support/fill.js';
import { openTestStore, testDatabase } from './test-support/test-store.js';

// Every test here runs on SQLite, and again on PostgreSQL in the `postgres` project.
const open: Store[] = [];
const store = async (): Promise<Store> => {
  const s = await openTestStore();
  open.push(s);
  return s;
};
afterEach(async () => {
  for (const s of open.splice(0).reverse()) await s.close();
});

const cache = (dueOn: string, heldOn: string | null = null): CacheRecord => ({
  closed: false,
  interviewing: false,
  heldOn,
  followUps: 1,
  interviewOn: null,
  steps: [
    {
      action: 'follow-up',
      dueOn,
      dueBy: dueOn,
      followUpNumber: 2,
      reason: 'after-follow-up',
      since: '2026-11-23',
    },
  ],
});

describe(`store on ${testDatabase()}`, () => {
  it('says which database it is', async () => {
    expect((await store()).dialect).toBe(testDatabase());
  });

  it('each test store is a private, empty database', async () => {
    const a = await store();
    const b = await store();
    const id = await a.transaction(fill);
    expect(await a.read((q) => q.opportunities(id.accountId))).toHaveLength(1);
    const other = await b.transaction((q) => q.ensureAccount('local', () => SETTINGS));
    expect(await b.read((q) => q.opportunities(other))).toEqual([]);
  });

  it('reads back what it wrote, counts as numbers and flags as booleans', async () => {
    const s = await store();
    const { accountId, opportunityId } = await s.transaction(fill);
    const o = await s.read((q) => q.opportunity(accountId, opportunityId));
    expect(o).toMatchObject({
      id: opportunityId,
      company: 'Acme',
      title: 'Data Analyst',
      version: 2,
    });
    expect(o?.cache).toEqual({
      closed: false,
      interviewing: false,
      heldOn: null,
      followUps: 0,
      interviewOn: null,
    });
    const contacts = await s.read((q) => q.contacts(accountId));
    expect(contacts).toMatchObject([{ name: 'Jane Doe', company: 'Acme', opportunities: 1 }]);
    expect(typeof contacts[0]?.opportunities).toBe('number');
    expect(await s.read((q) => q.contactUses(accountId, contacts[0]?.id ?? 0))).toBe(1);
  });

  it('a transaction whose work throws writes nothing (all or none)', async () => {
    const s = await store();
    const accountId = await s.transaction((q) => q.ensureAccount('local', () => SETTINGS));
    await expect(
      s.transaction(async (q) => {
        await fill(q);
        await q.saveSettings(accountId, { ...SETTINGS, region: 'GB' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await s.read((q) => q.opportunities(accountId))).toEqual([]);
    expect(await s.read((q) => q.contacts(accountId))).toEqual([]);
    expect(await s.read((q) => q.dueSteps(accountId, '9999-12-31'))).toEqual([]);
    expect((await s.read((q) => q.settings(accountId))).region).toBe('US');
  });

  it("an account's revision goes up once per transaction that writes to it, never on a read", async () => {
    const s = await store();
    const { accountId } = await s.transaction(fill);
    const revision = async () => (await s.read((q) => q.revision(accountId))).revision;
    const before = await revision();
    await s.transaction(async (q) => {
      await q.saveSettings(accountId, SETTINGS);
      await q.saveSettings(accountId, SETTINGS);
    });
    expect(await revision()).toBe(before + 1);
    await s.read((q) => q.opportunities(accountId));
    await s.transaction((q) => q.settings(accountId));
    expect(await revision()).toBe(before + 1);
    await s.transaction((q) => q.writeCaches(accountId, new Map()));
    expect(await revision()).toBe(before + 2);
  });

  it('search folds case beyond ASCII, and takes % and _ literally', async () => {
    const s = await store();
    const { accountId } = await s.transaction(fill);
    await s.transaction(async (q) => {
      const companyId = await q.companyId(accountId, 'ÉCOLE 100%_');
      await q.insertOpportunity(accountId, {
        kind: 'job',
        companyId,
        title: 'Łącznik',
        contactId: null,
        postingUrl: null,
        notes: null,
      });
    });
    const found = async (search: string) =>
      (await s.read((q) => q.opportunities(accountId, { search }))).map((o) => o.title);
    expect(await found('école')).toEqual(['Łącznik']);
    expect(await found('łącznik')).toEqual(['Łącznik']);
    expect(await found('%_')).toEqual(['Łącznik']);
    expect(await found('0%')).toEqual(['Łącznik']);
    expect(await found('_')).toEqual(['Łącznik']);
    expect(await found('data analyst')).toEqual(['Data Analyst']);
    expect(await found('d%a')).toEqual([]);
  });

  it('company names are one per account, whatever their case and spaces', async () => {
    const s = await store();
    const [first, second, other] = await s.transaction(async (q) => {
      const accountId = await q.ensureAccount('local', () => SETTINGS);
      return [
        await q.companyId(accountId, 'Acme Corp'),
        await q.companyId(accountId, '  acme corp '),
        await q.companyId(accountId, 'Globex'),
      ];
    });
    expect(second).toBe(first);
    expect(other).not.toBe(first);
  });

  it('an unknown id finds nothing, even past the range of ids', async () => {
    const s = await store();
    const { accountId } = await s.transaction(fill);
    expect(await s.read((q) => q.opportunity(accountId, 2_147_483_647))).toBeUndefined();
    expect(await s.read((q) => q.event(accountId, 2_147_483_647))).toBeUndefined();
  });

  it('bulk inserts give the ids in the order given; bulk cache writes equal one-by-one writes', async () => {
    const s = await store();
    const accountId = await s.transaction((q) => q.ensureAccount('local', () => SETTINGS));
    const names = Array.from({ length: 1203 }, (_, i) => `Company ${i}`);
    const ids = await s.transaction(async (q) => {
      const keys = await q.insertCompanies(
        accountId,
        names.map((name) => ({ name, key: name.toLowerCase() })),
      );
      const companies = names.map((name) => keys.get(name.toLowerCase()) ?? null);
      const opportunities = await q.insertOpportunities(
        accountId,
        companies.map((companyId, i) => ({
          kind: 'job',
          companyId,
          title: `Title ${i}`,
          contactId: null,
          postingUrl: null,
          notes: null,
        })),
      );
      await q.insertEvents(
        accountId,
        opportunities.map((opportunityId) => ({
          opportunityId,
          type: 'applied',
          date: '2026-11-23',
          at: null,
          until: null,
          note: null,
        })),
      );
      return opportunities;
    });
    const listed = await s.read((q) => q.opportunities(accountId));
    expect(listed).toHaveLength(names.length);
    for (const o of listed) expect(o.company).toBe(`Company ${o.title?.slice(6)}`);
    const timelines = await s.read((q) => q.timelines(accountId));
    expect([...timelines.keys()]).toEqual([...ids].sort((x, y) => x - y));
    expect([...timelines.values()].every((t) => t.length === 1)).toBe(true);

    const wanted = new Map(ids.map((id, i) => [id, cache(i % 2 ? '2026-12-01' : '2026-12-02')]));
    await s.transaction((q) => q.writeCaches(accountId, wanted));
    const one = ids[7] ?? 0;
    await s.transaction((q) => q.writeCache(accountId, one, cache('2026-12-09', '2026-12-20')));
    wanted.set(one, cache('2026-12-09', '2026-12-20'));
    expect(await s.read((q) => q.storedCaches(accountId))).toEqual(wanted);
    expect((await s.read((q) => q.opportunity(accountId, one)))?.version).toBe(3);
    await s.analyze();
    expect(await s.read((q) => q.storedCaches(accountId))).toEqual(wanted);
  });
});
