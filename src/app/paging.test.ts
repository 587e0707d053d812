import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../store/test-support/test-store.js';
import { listEvents } from './event-pages.js';
import { holdingPage } from './holding.js';
import { listContacts, listOpportunities } from './lists.js';
import { encodeCursor, MAX_PAGE, pageLimit } from './paging.js';
import { addJob, log, must, refused, type TestApp, testApp } from './test-support/test-app.js';

// Each run opens a fresh store: a PostgreSQL schema takes longer to make than an SQLite one.
const RUNS = testDatabase() === 'postgres' ? 6 : 25;
const LONG = 240_000;

const COMPANIES = ['Acme', 'Globex', 'Initech', 'acme labs'];
// Names that tie once case-folded: the id breaks the tie.
const NAMES = ['Ada', 'ada', 'ADA', 'Bob', 'bob', 'Chen', 'Émile', 'zed'];

/** Every page of a list, following nextCursor; `between` runs after each page (a concurrent writer). */
async function allPages<T>(
  page: (
    cursor: string | undefined,
  ) => Promise<{ items: readonly T[]; total: number; nextCursor: string | null }>,
  between: (pageNumber: number) => Promise<void> = async () => {},
): Promise<{ items: T[]; totals: number[]; pages: number }> {
  const items: T[] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  let pages = 0;
  for (;;) {
    const answer = await page(cursor);
    pages++;
    items.push(...answer.items);
    totals.push(answer.total);
    if (answer.nextCursor === null) return { items, totals, pages };
    if (pages > 200) throw new Error('the pages never end: the cursor does not move on');
    cursor = answer.nextCursor;
    await between(pages);
  }
}

describe('pages of the opportunities (a property)', () => {
  it(
    'hold every row once, newest first, whatever the page length, search and inserts between pages',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...COMPANIES), { minLength: 0, maxLength: 25 }),
          fc.integer({ min: 1, max: 6 }),
          fc.constantFrom(undefined, 'acme', 'glob', 'x'),
          fc.array(fc.constantFrom(...COMPANIES), { maxLength: 4 }),
          async (companies, limit, search, inserted) => {
            const app = await testApp();
            try {
              for (const company of companies) await addJob(app, { company });
              const whole = must(await listOpportunities(app.ctx, { search })).items.map(
                (o) => o.id,
              );
              const paged = await allPages(
                async (cursor) => must(await listOpportunities(app.ctx, { search, limit, cursor })),
                async (n) => {
                  // Another tab adds opportunities while this one scrolls.
                  const company = inserted[n - 1];
                  if (company !== undefined) await addJob(app, { company });
                },
              );
              const ids = paged.items.map((o) => o.id);
              expect(new Set(ids).size).toBe(ids.length);
              expect(ids).toEqual(whole);
              expect(ids).toEqual([...ids].sort((a, b) => Number(b) - Number(a)));
              expect(paged.totals[0]).toBe(whole.length);
              expect(paged.pages).toBe(Math.max(1, Math.ceil(whole.length / limit)));
            } finally {
              await app.close();
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    LONG,
  );
});

describe('pages of the contacts (a property)', () => {
  it(
    'hold every contact once, by name then id, with inserts between pages',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...NAMES), { maxLength: 20 }),
          fc.integer({ min: 1, max: 5 }),
          fc.constantFrom(undefined, 'ad', 'b'),
          fc.array(fc.constantFrom(...NAMES), { maxLength: 4 }),
          async (names, limit, search, inserted) => {
            const app = await testApp();
            try {
              for (const name of names) await addJob(app, { contact: { name } });
              const before = must(await listContacts(app.ctx, { search })).items.map((c) => c.id);
              const paged = await allPages(
                async (cursor) => must(await listContacts(app.ctx, { search, limit, cursor })),
                async (n) => {
                  const name = inserted[n - 1];
                  if (name !== undefined) await addJob(app, { contact: { name } });
                },
              );
              const ids = paged.items.map((c) => c.id);
              expect(new Set(ids).size).toBe(ids.length);
              // Every contact there at the start, in the list's order; those added meanwhile
              // show where their name falls after the page being read, or on no page.
              expect(ids.filter((id) => before.includes(id))).toEqual(before);
              const after = must(await listContacts(app.ctx, { search })).items.map((c) => c.id);
              expect(ids).toEqual(after.filter((id) => ids.includes(id)));
              expect(paged.totals[0]).toBe(before.length);
            } finally {
              await app.close();
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    LONG,
  );
});

describe("pages of an opportunity's events (a property)", () => {
  const DAYS = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
  it(
    'hold every event once, newest first (date, then order of entry), with events logged between pages',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...DAYS), { maxLength: 20 }),
          fc.integer({ min: 1, max: 5 }),
          fc.array(fc.constantFrom(...DAYS), { maxLength: 4 }),
          async (days, limit, inserted) => {
            const app = await testApp();
            try {
              const job = await addJob(app, { appliedOn: '2026-11-16' });
              for (const on of days) await log(app, job.id, 'note', { on, note: 'call' });
              const before = must(await listEvents(app.ctx, { opportunity: job.id })).items;
              const paged = await allPages(
                async (cursor) =>
                  must(await listEvents(app.ctx, { opportunity: job.id, limit, cursor })),
                async (n) => {
                  const on = inserted[n - 1];
                  if (on !== undefined) await log(app, job.id, 'note', { on, note: 'meanwhile' });
                },
              );
              const ids = paged.items.map((e) => e.id);
              expect(new Set(ids).size).toBe(ids.length);
              expect(ids.filter((id) => before.some((e) => e.id === id))).toEqual(
                before.map((e) => e.id),
              );
              // Newest first: by date, then the later entry first.
              const order = [...paged.items].sort((a, b) =>
                a.date === b.date ? Number(b.id) - Number(a.id) : a.date < b.date ? 1 : -1,
              );
              expect(paged.items).toEqual(order);
              expect(paged.totals[0]).toBe(before.length);
              expect(before).toHaveLength(days.length + 1); // and the application
            } finally {
              await app.close();
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it('refuses an unknown opportunity, and a cursor of another list', async () => {
    const app = await testApp();
    try {
      const job = await addJob(app);
      expect(refused(await listEvents(app.ctx, { opportunity: '999' }))).toMatchObject({
        reason: 'unknown-opportunity',
      });
      const contacts = encodeCursor('contacts', ['ada', 1]);
      expect(
        refused(await listEvents(app.ctx, { opportunity: job.id, cursor: contacts })),
      ).toMatchObject({ reason: 'invalid-input', field: 'cursor' });
    } finally {
      await app.close();
    }
  });
});

describe('a page', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await testApp();
  });
  afterEach(() => app.close());

  it('counts the whole list, search and status applied, on every page', async () => {
    for (const company of ['Acme', 'Acme', 'Globex', 'Acme']) await addJob(app, { company });
    const held = await addJob(app, { company: 'Acme' });
    await log(app, held.id, 'hold');
    const first = must(await listOpportunities(app.ctx, { search: 'acme', limit: 2 }));
    expect(first.total).toBe(4);
    expect(first.items).toHaveLength(2);
    const next = must(
      await listOpportunities(app.ctx, {
        search: 'acme',
        limit: 2,
        cursor: first.nextCursor ?? '',
      }),
    );
    expect(next.total).toBe(4);
    expect(next.nextCursor).toBeNull();
    const holding = must(await listOpportunities(app.ctx, { status: 'holding', limit: 10 }));
    expect([holding.total, holding.items.map((o) => o.id)]).toEqual([1, [held.id]]);
    const active = must(await listOpportunities(app.ctx, { status: 'active', limit: 10 }));
    expect(active.total).toBe(4);
    expect(active.items.every((o) => o.status === 'active')).toBe(true);
  });

  it('of the holding file holds each parked opportunity once, latest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const o = await addJob(app, { company: `Held ${i}` });
      await log(app, o.id, 'hold');
      ids.push(o.id);
    }
    await addJob(app, { company: 'Not held' });
    const whole = must(await holdingPage(app.ctx));
    expect(whole.total).toBe(7);
    const paged = await allPages(async (cursor) =>
      must(await holdingPage(app.ctx, { limit: 3, cursor })),
    );
    expect(paged.items.map((h) => h.opportunityId)).toEqual(
      whole.items.map((h) => h.opportunityId),
    );
    expect(paged.pages).toBe(3);
    expect(new Set(paged.items.map((h) => h.opportunityId))).toEqual(new Set(ids));
  });

  it('is the whole list without limit or cursor, as before paging', async () => {
    for (let i = 0; i < 12; i++) await addJob(app, { company: `Company ${i}` });
    const whole = must(await listOpportunities(app.ctx));
    expect(whole.items).toHaveLength(12);
    expect([whole.total, whole.nextCursor]).toEqual([12, null]);
    const contacts = must(await listContacts(app.ctx));
    expect(contacts.nextCursor).toBeNull();
  });

  it('without a length but with a cursor is of the longest length', () => {
    expect(pageLimit({})).toBeUndefined();
    expect(pageLimit({ cursor: 'abc' })).toBe(MAX_PAGE);
    expect(pageLimit({ limit: '20', cursor: 'abc' })).toBe(20);
  });

  it.each(['0', '-1', '501', '2.5', 'ten', ' '])('refuses the page length %j', async (limit) => {
    const failure = refused(await listOpportunities(app.ctx, { limit }));
    expect(failure).toMatchObject({ reason: 'invalid-input', field: 'limit' });
    expect(failure.message).toContain('1 to 500');
  });

  it('refuses a made-up cursor, and a cursor of another list', async () => {
    await addJob(app, { contact: { name: 'Ada' } });
    await addJob(app, { contact: { name: 'Bob' } });
    const contacts = must(await listContacts(app.ctx, { limit: 1 }));
    const bad = [
      'not a cursor',
      'AAAA',
      contacts.nextCursor ?? '',
      encodeCursor('opportunities', ['1']),
      encodeCursor('opportunities', [-4]),
      `${'x'.repeat(3000)}`,
    ];
    for (const cursor of bad) {
      const failure = refused(await listOpportunities(app.ctx, { limit: 1, cursor }));
      expect(failure, cursor).toMatchObject({ reason: 'invalid-input', field: 'cursor' });
      expect(failure.message.length).toBeLessThan(300);
    }
    expect(
      refused(await holdingPage(app.ctx, { cursor: contacts.nextCursor ?? '' })),
    ).toMatchObject({
      field: 'cursor',
    });
  });

  it('counts the opportunities of each contact on its page', async () => {
    const ada = await addJob(app, { company: 'Acme', contact: { name: 'Ada' } });
    await addJob(app, { company: 'Globex', contact: { name: 'Bob' } });
    const contacts = must(await listContacts(app.ctx, { limit: 5 }));
    expect(contacts.items.map((c) => [c.name, c.opportunities])).toEqual([
      ['Ada', 1],
      ['Bob', 1],
    ]);
    expect(ada.contact?.name).toBe('Ada');
  });
});
