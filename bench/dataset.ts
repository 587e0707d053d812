import { openAccount } from '../src/app/account.js';
import { cacheOf, timelineEvent } from '../src/app/cache.js';
import type { AppContext, Clock } from '../src/app/context.js';
import { methodSettingsOf } from '../src/app/method-settings.js';
import { updateSettings } from '../src/app/settings.js';
import { type EventType } from '../src/core/events.js';
import { schedule } from '../src/core/plan.js';
import { Temporal } from '../src/core/dates.js';
import { parseMoment } from '../src/core/time.js';
import type { NewEvent } from '../src/store/records.js';
import type { Store } from '../src/store/store.js';

/** A deterministic pseudo-random source (mulberry32), so every run builds the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const fixedClock = (text: string): Clock => (zone) => parseMoment(text, zone) as Temporal.ZonedDateTime;

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Soylent'];
const TITLES = ['Data Analyst', 'Engineer', 'Product Manager', 'Designer', 'Accountant', 'Nurse', 'Teacher'];
const PEOPLE = ['Jane Doe', 'Bo Chen', 'Ana Silva', 'Zoë Martin', 'Omar Haddad', 'Kim Lee', 'Raj Patel'];

/**
 * One realistic job search history of exactly `perOpportunity` events: an
 * application, unanswered follow-ups, sometimes a conversation, an interview
 * with thank-yous and check-ins, sometimes a decision; notes fill the rest.
 */
function history(rnd: () => number, start: Temporal.PlainDate, perOpportunity: number) {
  const events: { type: EventType; date: Temporal.PlainDate; at?: string }[] = [];
  let day = start;
  const push = (type: EventType, gap: number) => {
    day = day.add({ days: gap });
    events.push({ type, date: day });
  };
  push('applied', 0);
  const attempts = Math.floor(rnd() * 4);
  for (let i = 0; i < attempts; i++) push(rnd() < 0.6 ? 'voicemail' : 'no-answer', 3 + Math.floor(rnd() * 3));
  if (rnd() < 0.45) {
    push('talked', 2 + Math.floor(rnd() * 4));
    if (rnd() < 0.6) {
      push('interview', 5 + Math.floor(rnd() * 7));
      push('thank-you-call', 1);
      if (rnd() < 0.7) push('thank-you-note', 0);
      while (events.length < perOpportunity - 2 && rnd() < 0.6) push(rnd() < 0.5 ? 'talked' : 'voicemail', 7 + Math.floor(rnd() * 4));
    }
  }
  if (rnd() < 0.35) push((['rejected', 'offer', 'withdrawn'] as const)[Math.floor(rnd() * 3)] ?? 'rejected', 3 + Math.floor(rnd() * 10));
  const last = day;
  while (events.length < perOpportunity) events.push({ type: 'note', date: last });
  return events.slice(0, perOpportunity);
}

export interface DatasetOptions {
  readonly opportunities: number;
  readonly eventsPerOpportunity: number;
  /** The day the data leads up to. */
  readonly today: string;
  readonly seed?: number;
}

/**
 * Fills a store with one account's job search: `opportunities` opportunities
 * with `eventsPerOpportunity` events each and their next-due caches, written
 * through the store's own queries in one transaction.
 */
export async function buildDataset(store: Store, options: DatasetOptions): Promise<AppContext> {
  const clock = fixedClock(options.today);
  const ctx = await openAccount(store, clock, () => 'America/Chicago');
  const set = await updateSettings(ctx, { timeZone: 'America/Chicago', holidays: 'US', name: 'Sam Lee', phone: '312 555 0100' });
  if (!set.ok) throw new Error(set.message);
  const rnd = random(options.seed ?? 42);
  const today = Temporal.PlainDate.from(options.today);
  await store.transaction(async (q) => {
    const method = methodSettingsOf(await q.settings(ctx.accountId));
    for (let i = 0; i < options.opportunities; i++) {
      const company = `${COMPANIES[i % COMPANIES.length]} ${Math.floor(i / COMPANIES.length)}`;
      const companyId = await q.companyId(ctx.accountId, company);
      const contactId = await q.insertContact(ctx.accountId, {
        name: PEOPLE[i % PEOPLE.length] ?? 'Jane Doe',
        email: `person${i}@example.com`,
        phone: '312 555 0199',
        role: 'hr',
        companyId,
      });
      const id = await q.insertOpportunity(ctx.accountId, {
        kind: i % 10 === 0 ? 'networking' : 'job',
        companyId,
        title: TITLES[i % TITLES.length] ?? 'Engineer',
        contactId,
        postingUrl: null,
        notes: null,
      });
      const start = today.subtract({ days: 5 + Math.floor(rnd() * 180) });
      const events = history(rnd, start, options.eventsPerOpportunity);
      for (const e of events) {
        const row: NewEvent = { opportunityId: id, type: e.type, date: e.date.toString(), at: null, until: null, note: null };
        await q.insertEvent(ctx.accountId, row);
      }
      const stored = await q.events(ctx.accountId, id);
      await q.writeCache(ctx.accountId, id, cacheOf(schedule(stored.map(timelineEvent), method), stored));
    }
  });
  return ctx;
}
