import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates } from './dates.js';
import { eventKind, sortTimeline, type TimelineEvent } from './events.js';
import { planOn, schedule } from './plan.js';
import { eventArbitrary, timelineArbitrary } from './test-support/arbitraries.js';
import { ev, methodSettings } from './test-support/method-fixtures.js';

// R13 of method.md on random timelines. Region US, America/Chicago.
const US = methodSettings();
const RUNS = { numRuns: 200 };
const json = (events: readonly TimelineEvent[]) => JSON.stringify(schedule(events, US));
const later = (events: readonly TimelineEvent[], days: number) => {
  const last = sortTimeline(events).at(-1);
  return (last ? last.date : ev('note', '2026-10-01').date).add({ days });
};

// Random timelines without a decision, so that they stay open, nor an interview, so that a new
// application starts a run of follow-ups (R13: after an interview it would be a contact).
const openTimeline = timelineArbitrary(10).map((events) =>
  events.filter((e) => eventKind(e.type) !== 'decision' && eventKind(e.type) !== 'interview'),
);

/** The timeline, then a new application and every follow-up made on its day: a run exhausted (R3). */
function exhaust(events: readonly TimelineEvent[]): TimelineEvent[] {
  const run: TimelineEvent[] = [...events, { type: 'applied', date: later(events, 1) }];
  for (let k = 0; k < US.playbook.maxFollowUps; k++) {
    const step = schedule(run, US).steps[0];
    if (step?.action !== 'follow-up') throw new Error('a new application asks for a follow-up');
    run.push({ type: 'no-answer', date: step.dueOn });
  }
  return run;
}

describe('R13 on random timelines (properties)', () => {
  it('R13 held: a hold by hand on an opportunity already held keeps the first heldOn', () => {
    fc.assert(
      fc.property(
        openTimeline,
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (events, wait, byHand) => {
          const held = byHand
            ? [...events, { type: 'hold' as const, date: later(events, 1) }]
            : exhaust(events);
          const first = schedule(held, US).heldOn;
          expect(first).not.toBeNull();
          const day = (first ?? later(held, 0)).add({ days: wait });
          const again = planOn(schedule([...held, { type: 'hold', date: day }], US), day);
          expect(again.status).toBe('holding');
          expect(again.heldOn?.toString()).toBe(first?.toString());
        },
      ),
      RUNS,
    );
  });

  it('R13 closed: events after a decision change nothing, followUps keeps its value', () => {
    fc.assert(
      fc.property(
        timelineArbitrary(10),
        fc.constantFrom('offer', 'rejected', 'withdrawn'),
        fc.array(eventArbitrary('2027-03-01', 60), { maxLength: 6 }),
        (events, decision, after) => {
          const closed = [...events, { type: decision, date: later(events, 1) }];
          fc.pre(compareDates(later(closed, 0), ev('note', '2027-03-01').date) < 0);
          expect(json([...closed, ...after])).toBe(json(closed));
          expect(schedule(closed, US).closed).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('R13 fourth attempt: an attempt after the last follow-up, before the holding date, is counted and never moves it', () => {
    fc.assert(
      fc.property(
        openTimeline,
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('voicemail', 'no-answer', 'email', 'message'),
        (events, wait, type) => {
          const run = exhaust(events);
          const s = schedule(run, US);
          const day = later(run, wait);
          fc.pre(s.heldOn !== null && compareDates(day, s.heldOn) < 0);
          const after = schedule([...run, { type, date: day }], US);
          expect(after.heldOn?.toString()).toBe(s.heldOn?.toString());
          expect(after.followUps).toBe(US.playbook.maxFollowUps + 1);
          expect(after.steps).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('R13 revive: a revive on an opportunity that is not held changes nothing', () => {
    fc.assert(
      fc.property(timelineArbitrary(14), fc.integer({ min: 0, max: 20 }), (events, wait) => {
        const day = later(events, wait);
        fc.pre(planOn(schedule(events, US), day).status !== 'holding');
        fc.pre(!events.some((e) => eventKind(e.type) === 'hold' || e.type === 'revive'));
        expect(json([...events, { type: 'revive', date: day }])).toBe(json(events));
      }),
      RUNS,
    );
  });
});
