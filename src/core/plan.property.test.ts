import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, Temporal } from './dates.js';
import { type MethodSettings, plan, planOn, schedule } from './plan.js';
import { dateBetween, timelineArbitrary } from './test-support/arbitraries.js';
import { methodSettings } from './test-support/method-fixtures.js';
import { dateIn } from './time.js';

// Built once so each calendar's holiday cache stays warm across runs.
const REGIONS: Record<string, MethodSettings> = {
  US: methodSettings(),
  GB: methodSettings({ region: 'GB', timeZone: 'Europe/London' }),
  'DE-BY': methodSettings({ region: 'DE-BY', timeZone: 'Europe/Berlin' }),
};
const PLAYBOOKS: Record<string, MethodSettings> = {
  default: REGIONS.US as MethodSettings,
  short: methodSettings({
    playbook: {
      maxFollowUps: 2,
      followUpDays: 2,
      followUpDayKind: 'calendar',
      checkInMinDays: 5,
      checkInMaxDays: 6,
    },
  }),
  long: methodSettings({
    region: 'GB',
    playbook: { maxFollowUps: 5, holdAfterDays: 0, thankYouDays: 0, firstFollowUpDays: 1 },
  }),
  'fri-sat weekend': methodSettings({ weekendDays: [5, 6], daysOff: ['2026-12-24'] }),
};

const RUNS = { numRuns: 200 };
const anyRegion = fc.constantFrom(...Object.keys(REGIONS));
const anySettings = fc.constantFrom(...Object.keys(REGIONS), ...Object.keys(PLAYBOOKS));
const settingsOf = (name: string): MethodSettings =>
  (REGIONS[name] ?? PLAYBOOKS[name]) as MethodSettings;
const anyToday = dateBetween('2026-09-15', '2027-05-31');
const timeline = timelineArbitrary(14);

describe('The method on random timelines (properties)', () => {
  it('R10: every step is due on business days, dueOn <= dueBy, never before the date it counts from', () => {
    fc.assert(
      fc.property(anySettings, timeline, (name, events) => {
        const settings = settingsOf(name);
        for (const step of schedule(events, settings).steps) {
          expect(settings.calendar.isBusinessDay(step.dueOn)).toBe(true);
          expect(settings.calendar.isBusinessDay(step.dueBy)).toBe(true);
          expect(compareDates(step.dueOn, step.dueBy)).toBeLessThanOrEqual(0);
          expect(compareDates(step.dueOn, step.since)).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('R2/R3/R13: followUps is never negative; follow-up #n is within 1..maxFollowUps and follows n - 1 made', () => {
    fc.assert(
      fc.property(anySettings, timeline, (name, events) => {
        const settings = settingsOf(name);
        const { maxFollowUps } = settings.playbook;
        const s = schedule(events, settings);
        // R13: attempts after a connection, and a fourth before the move to the holding file, count too.
        expect(s.followUps).toBeGreaterThanOrEqual(0);
        for (const step of s.steps) {
          if (step.action === 'follow-up') {
            expect(step.followUpNumber).toBeGreaterThanOrEqual(1);
            expect(step.followUpNumber).toBeLessThanOrEqual(maxFollowUps);
            expect(step.followUpNumber).toBe(s.followUps + 1);
          } else {
            expect(step.followUpNumber).toBeUndefined();
          }
        }
      }),
      RUNS,
    );
  });

  it('R3/R7: nothing is due for a held or closed opportunity', () => {
    fc.assert(
      fc.property(anySettings, timeline, anyToday, (name, events, today) => {
        const p = planOn(schedule(events, settingsOf(name)), today);
        if (p.status === 'holding' || p.status === 'closed') expect(p.next).toEqual([]);
      }),
      RUNS,
    );
  });

  it('status, heldOn and holdsOn agree with each other and with today', () => {
    fc.assert(
      fc.property(anySettings, timeline, anyToday, (name, events, today) => {
        const s = schedule(events, settingsOf(name));
        const p = planOn(s, today);
        expect(p.heldOn === null || p.holdsOn === null).toBe(true);
        expect(p.status === 'holding').toBe(p.heldOn !== null);
        if (p.heldOn) expect(compareDates(p.heldOn, today)).toBeLessThanOrEqual(0);
        if (p.holdsOn) expect(compareDates(p.holdsOn, today)).toBeGreaterThan(0);
        expect(p.status === 'closed').toBe(s.closed);
        if (p.status === 'interviewing') expect(p.followUps).toBe(0);
        if (s.interviewing && !s.closed) expect(p.followUps).toBe(0);
        if (s.steps.some((step) => step.action === 'check-in')) {
          expect(s.steps.some((step) => step.action === 'follow-up')).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('events are taken by date, never by entry order: shuffling never changes the schedule', () => {
    fc.assert(
      fc.property(
        anySettings,
        timeline.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
        ),
        (name, [events, shuffled]) => {
          const settings = settingsOf(name);
          expect(JSON.stringify(schedule(shuffled, settings))).toBe(
            JSON.stringify(schedule(events, settings)),
          );
        },
      ),
      RUNS,
    );
  });

  it('R12: next is in date order, and a step is overdue exactly when today > dueBy', () => {
    fc.assert(
      fc.property(anySettings, timeline, anyToday, (name, events, today) => {
        const { next } = planOn(schedule(events, settingsOf(name)), today);
        for (let i = 1; i < next.length; i++) {
          const [a, b] = [next[i - 1], next[i]];
          if (a && b) expect(compareDates(a.dueOn, b.dueOn)).toBeLessThanOrEqual(0);
        }
        for (const step of next) {
          expect(step.overdue).toBe(compareDates(today, step.dueBy) > 0);
        }
      }),
      RUNS,
    );
  });

  it('R7: events after a decision change nothing', () => {
    fc.assert(
      fc.property(
        anyRegion,
        timeline,
        fc.constantFrom('offer' as const, 'rejected' as const, 'withdrawn' as const),
        timeline,
        (name, before, decision, after) => {
          const settings = settingsOf(name);
          // `before` ends by 2027-01-29; `later` starts on 2027-02-02.
          const closedOn = Temporal.PlainDate.from('2027-02-01');
          const closed = [...before, { type: decision, date: closedOn }];
          const later = after.map((e) => ({
            ...e,
            date: e.date.add({ days: 124 }),
            ...(e.until ? { until: e.until.add({ days: 124 }) } : {}),
          }));
          const s = schedule([...closed, ...later], settings);
          expect(s.closed).toBe(true);
          expect(s.steps).toEqual([]);
          expect(JSON.stringify(s)).toBe(JSON.stringify(schedule(closed, settings)));
        },
      ),
      RUNS,
    );
  });

  it('a note changes nothing, wherever it falls', () => {
    fc.assert(
      fc.property(
        anySettings,
        timeline,
        dateBetween('2026-10-01', '2027-01-29'),
        (name, events, on) => {
          const settings = settingsOf(name);
          const noted = [...events, { type: 'note' as const, date: on, note: 'thinking of them' }];
          expect(JSON.stringify(schedule(noted, settings))).toBe(
            JSON.stringify(schedule(events, settings)),
          );
        },
      ),
      RUNS,
    );
  });

  it('plan dates today in the settings’ time zone', () => {
    const anyNow = fc
      .integer({ min: 0, max: 200 * 24 * 60 })
      .map((minutes) => Temporal.Instant.from('2026-10-01T00:00:00Z').add({ minutes }));
    fc.assert(
      fc.property(anyRegion, timeline, anyNow, (name, events, now) => {
        const settings = settingsOf(name);
        expect(plan(events, settings, now)).toEqual(
          planOn(schedule(events, settings), dateIn(now, settings.timeZone)),
        );
      }),
      { numRuns: 100 },
    );
  });
});
