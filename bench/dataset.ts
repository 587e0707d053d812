import { openAccount } from '../src/app/account.js';
import { cacheOf, timelineEvent } from '../src/app/cache.js';
import type { AppContext, Clock } from '../src/app/context.js';
import { methodSettingsOf } from '../src/app/method-settings.js';
import { updateSettings } from '../src/app/settings.js';
import { Temporal } from '../src/core/dates.js';
import type { EventType, TimelineEvent } from '../src/core/events.js';
import { type MethodSettings, schedule } from '../src/core/plan.js';
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

export const fixedClock =
  (text: string): Clock =>
  (zone) =>
    parseMoment(text, zone) as Temporal.ZonedDateTime;

export const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark',
  'Wayne',
  'Wonka',
  'Tyrell',
  'Soylent',
];
export const TITLES = [
  'Data Analyst',
  'Engineer',
  'Product Manager',
  'Designer',
  'Accountant',
  'Nurse',
  'Teacher',
];
export const PEOPLE = [
  'Jane Doe',
  'Bo Chen',
  'Ana Silva',
  'Zoë Martin',
  'Omar Haddad',
  'Kim Lee',
  'Raj Patel',
];

type Outcome = { readonly type: EventType; readonly weight: number };

// What answering a step tends to produce: mostly voicemails, some conversations and decisions.
const OUTCOMES: Readonly<Record<string, readonly Outcome[]>> = {
  'follow-up': [
    { type: 'voicemail', weight: 50 },
    { type: 'no-answer', weight: 15 },
    { type: 'email', weight: 5 },
    { type: 'talked', weight: 15 },
    { type: 'reply', weight: 5 },
    { type: 'rejected', weight: 10 },
  ],
  'check-in': [
    { type: 'talked', weight: 35 },
    { type: 'voicemail', weight: 30 },
    { type: 'interview', weight: 15 },
    { type: 'rejected', weight: 12 },
    { type: 'offer', weight: 3 },
    { type: 'withdrawn', weight: 5 },
  ],
  'thank-you-call': [{ type: 'thank-you-call', weight: 1 }],
  'thank-you-note': [{ type: 'thank-you-note', weight: 1 }],
};

function pick(rnd: () => number, outcomes: readonly Outcome[]): EventType {
  const total = outcomes.reduce((sum, o) => sum + o.weight, 0);
  let roll = rnd() * total;
  for (const o of outcomes) {
    roll -= o.weight;
    if (roll < 0) return o.type;
  }
  return outcomes[outcomes.length - 1]?.type ?? 'note';
}

/**
 * One job search history of exactly `perOpportunity` events, made by a user
 * who follows the method: each step is answered on its due date or a few days
 * late, with a realistic outcome, until the day `today` is reached, the
 * opportunity closes or goes to the holding file. Notes fill the rest.
 */
export function history(
  rnd: () => number,
  start: Temporal.PlainDate,
  today: Temporal.PlainDate,
  perOpportunity: number,
  method: MethodSettings,
): TimelineEvent[] {
  const events: TimelineEvent[] = [{ type: rnd() < 0.9 ? 'applied' : 'reached-out', date: start }];
  while (events.length < perOpportunity - 2) {
    const planned = schedule(events, method);
    const step = planned.steps[0];
    if (!step || planned.closed) break;
    const late = rnd() < 0.75 ? 0 : 1 + Math.floor(rnd() * 4);
    const date = step.dueOn.add({ days: late });
    if (Temporal.PlainDate.compare(date, today) > 0) break;
    const type = pick(rnd, OUTCOMES[step.action] ?? []);
    events.push(type === 'interview' ? { type, date: date.add({ days: 5 }) } : { type, date });
    if (Temporal.PlainDate.compare(date.add({ days: 5 }), today) > 0 && type === 'interview') break;
  }
  // A search left alone for weeks ends with an answer: nobody keeps 10,000 calls overdue.
  const left = schedule(events, method);
  const owed = left.steps[0];
  if (
    !left.closed &&
    owed &&
    Temporal.PlainDate.compare(owed.dueBy, today.subtract({ days: 14 })) < 0
  ) {
    events.push({ type: rnd() < 0.8 ? 'rejected' : 'withdrawn', date: owed.dueBy });
  }
  const last = events[events.length - 1]?.date ?? start;
  while (events.length < perOpportunity)
    events.push({ type: 'note', date: last, note: 'prepared questions' });
  return events;
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
  const set = await updateSettings(ctx, {
    timeZone: 'America/Chicago',
    holidays: 'US',
    name: 'Sam Lee',
    phone: '312 555 0100',
  });
  if (!set.ok) throw new Error(set.message);
  const rnd = random(options.seed ?? 42);
  const today = Temporal.PlainDate.from(options.today);
  await store.transaction(async (q) => {
    const method = await methodSettingsOf(await q.settings(ctx.accountId));
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
      // A long search, or a coach's caseload: applications spread over the past two years.
      const start = today.subtract({ days: Math.floor(rnd() * 730) });
      const events = history(rnd, start, today, options.eventsPerOpportunity, method);
      for (const e of events) {
        const row: NewEvent = {
          opportunityId: id,
          type: e.type,
          date: e.date.toString(),
          at: e.type === 'interview' ? `${e.date.toString()}T10:00:00-06:00` : null,
          until: null,
          note: e.note ?? null,
        };
        await q.insertEvent(ctx.accountId, row);
      }
      const stored = await q.events(ctx.accountId, id);
      await q.writeCache(
        ctx.accountId,
        id,
        cacheOf(schedule(stored.map(timelineEvent), method), stored),
      );
    }
  });
  return ctx;
}
