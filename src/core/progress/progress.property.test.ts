import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, type PlainDate, type Temporal } from '../dates.js';
import type { TimelineEvent } from '../events.js';
import { type MethodSettings, type PlannedStep, plan } from '../plan.js';
import { datesFrom, eventArbitrary, timelineArbitrary } from '../test-support/arbitraries.js';
import { d, methodSettings } from '../test-support/method-fixtures.js';
import { countAll, progress } from './progress.js';
import { share, summarize } from './summary.js';
import { stepsByWeek } from './weeks.js';
import { SOURCES, type Source } from './words.js';

const SETTINGS: MethodSettings[] = [
  methodSettings(),
  methodSettings({ region: 'GB', timeZone: 'Europe/London', playbook: { maxFollowUps: 5 } }),
  methodSettings({
    playbook: {
      maxFollowUps: 2,
      followUpDayKind: 'calendar',
      checkInMinDays: 5,
      checkInMaxDays: 6,
    },
  }),
];
const anySettings = fc.constantFrom(...SETTINGS);
const anySource = fc.constantFrom<Source | null>(...SOURCES, null);
const search = fc.array(fc.record({ events: timelineArbitrary(14), source: anySource }), {
  maxLength: 8,
});
// Timelines end by 2027-01-29; a period anywhere around them.
const anyDay = fc.integer({ min: 0, max: 150 }).map((n) => d('2026-09-20').add({ days: n }));
const anyPeriod = fc
  .tuple(fc.option(anyDay, { nil: null }), anyDay)
  .map(([a, b]) => (a && compareDates(a, b) > 0 ? { from: b, to: a } : { from: a, to: b }));
const RUNS = { numRuns: 150 };

describe('The numbers on random searches (properties)', () => {
  it('every rate lies between 0 and 1: answered <= made, each stage of the funnel within the one before', () => {
    fc.assert(
      fc.property(anySettings, search, anyPeriod, (settings, all, period) => {
        const p = progress(all, settings, period);
        for (const row of [...p.followUps, ...p.channels]) {
          expect(row.answered).toBeLessThanOrEqual(row.made);
          expect(share(row.answered, row.made)).toBeGreaterThanOrEqual(0);
          expect(share(row.answered, row.made)).toBeLessThanOrEqual(1);
        }
        const { started, answered, interviewed, offers } = p.funnel;
        expect(answered).toBeLessThanOrEqual(started);
        expect(interviewed).toBeLessThanOrEqual(answered);
        expect(offers).toBeLessThanOrEqual(started);
        expect(p.followedUp.withAFollowUp).toBeLessThanOrEqual(p.followedUp.started);
        for (const s of p.sources) {
          expect(s.interviewed).toBeLessThanOrEqual(s.opportunities);
          expect(s.offers).toBeLessThanOrEqual(s.opportunities);
        }
      }),
      RUNS,
    );
  });

  it('counts add up: statuses to the total, channels to follow-ups #1 and later, sources to the funnel, #0 to the runs', () => {
    fc.assert(
      fc.property(anySettings, search, anyPeriod, (settings, all, period) => {
        const p = progress(all, settings, period);
        const { total, ...byStatus } = p.opportunities;
        expect(Object.values(byStatus).reduce((a, b) => a + b, 0)).toBe(total);
        expect(total).toBeLessThanOrEqual(all.length);
        const later = p.followUps.slice(1);
        const sum = (rows: readonly { made: number; answered: number }[]) => [
          rows.reduce((a, r) => a + r.made, 0),
          rows.reduce((a, r) => a + r.answered, 0),
        ];
        expect(sum(p.channels)).toEqual(sum(later));
        expect(p.followUps.map((f) => f.number)).toEqual(
          Array.from({ length: settings.playbook.maxFollowUps + 1 }, (_, i) => i),
        );
        expect(p.followUps[0]?.made).toBe(p.followedUp.started);
        const bySource = (key: 'opportunities' | 'interviewed' | 'offers') =>
          p.sources.reduce((a, s) => a + s[key], 0);
        expect(bySource('opportunities')).toBe(p.funnel.started);
        expect(bySource('interviewed')).toBe(p.funnel.interviewed);
        expect(bySource('offers')).toBe(p.funnel.offers);
        expect(p.funnel.started).toBeLessThanOrEqual(p.followedUp.started);
      }),
      RUNS,
    );
  });

  it('the order of entry never matters: shuffled events and opportunities give the same numbers', () => {
    const shuffled = search.chain((all) =>
      fc.tuple(
        fc.constant(all),
        fc.tuple(
          ...all.map((o) =>
            fc
              .shuffledSubarray(o.events, { minLength: o.events.length })
              .map((events) => ({ ...o, events })),
          ),
        ),
      ),
    );
    fc.assert(
      fc.property(anySettings, shuffled, anyPeriod, (settings, [all, mixed], period) => {
        expect(progress([...mixed].reverse(), settings, period)).toEqual(
          progress(all, settings, period),
        );
      }),
      RUNS,
    );
  });

  it('the weeks add up to the steps of the twelve weeks', () => {
    fc.assert(
      fc.property(anySettings, search, anyDay, (settings, all, today) => {
        const facts = countAll(all, settings, today);
        const weeks = stepsByWeek(facts, today);
        expect(weeks).toHaveLength(12);
        const first = d(weeks[0]?.week ?? '');
        expect(first.dayOfWeek).toBe(1);
        const { steps } = summarize(facts, { from: first, to: today }, 3);
        for (const key of ['onTime', 'early', 'late', 'missed'] as const) {
          expect(weeks.reduce((a, w) => a + w[key], 0)).toBe(steps[key]);
        }
      }),
      RUNS,
    );
  });
});

// One event a day, so that each day's plan is the plan before that day's event.
const oneADay = fc
  .uniqueArray(eventArbitrary('2026-10-01', 120), {
    maxLength: 16,
    selector: (e) => e.date.toString(),
  })
  .map((events) => [...events].sort((a, b) => compareDates(a.date, b.date)));

const noon = (day: PlainDate, timeZone: string): Temporal.Instant =>
  day.toZonedDateTime({ timeZone, plainTime: { hour: 12 } }).toInstant();
const same = (a: PlannedStep, b: PlannedStep) =>
  a.action === b.action &&
  a.followUpNumber === b.followUpNumber &&
  a.dueOn.equals(b.dueOn) &&
  a.dueBy.equals(b.dueBy);
const COMPLETES: Record<string, readonly string[]> = {
  'thank-you-call': ['thank-you-call'],
  'thank-you-note': ['thank-you-note'],
};
const ATTEMPTS = ['voicemail', 'no-answer', 'email', 'message', 'talked'];
const REPLACERS = ['reply', 'meeting', 'interview', 'callback', 'revive', 'hold'];
const DECISIONS = ['offer', 'rejected', 'withdrawn'];

// The rule of the steps read off the plan the user saw, day after day.
function replay(events: readonly TimelineEvent[], settings: MethodSettings, today: PlainDate) {
  const counts = { onTime: 0, early: 0, late: 0, missed: 0 };
  const first = events[0]?.date ?? today;
  for (const day of datesFrom(first, today)) {
    const shown = plan(
      events.filter((e) => compareDates(e.date, day) < 0),
      settings,
      noon(day, settings.timeZone),
    );
    const event = events.find((e) => e.date.equals(day));
    if (!event || shown.status === 'closed') continue;
    const actions = ATTEMPTS.includes(event.type)
      ? ['follow-up', 'check-in']
      : (COMPLETES[event.type] ?? []);
    const step = shown.next.find((s) => actions.includes(s.action));
    if (step) {
      if (step.overdue) counts.late += 1;
      else if (compareDates(day, step.dueOn) < 0) counts.early += 1;
      else counts.onTime += 1;
    } else if (REPLACERS.includes(event.type) || DECISIONS.includes(event.type)) {
      const after = plan(
        events.filter((e) => compareDates(e.date, day) <= 0),
        settings,
        noon(day, settings.timeZone),
      );
      counts.missed += shown.next.filter(
        (s) => s.overdue && !after.next.some((t) => same(s, t)),
      ).length;
    }
  }
  counts.missed += plan(events, settings, noon(today, settings.timeZone)).next.filter(
    (s) => s.overdue,
  ).length;
  return counts;
}

describe('Steps counted agree with the plan of each day', () => {
  it('replaying the plan day by day gives the same on time, early, late and missed', () => {
    fc.assert(
      fc.property(
        anySettings,
        oneADay,
        fc.integer({ min: 0, max: 20 }),
        (settings, events, extra) => {
          const today = d('2027-01-29').add({ days: extra });
          const { steps } = progress([{ events, source: null }], settings, {
            from: null,
            to: today,
          });
          expect(steps).toEqual(replay(events, settings, today));
        },
      ),
      { numRuns: 120 },
    );
  });
});
