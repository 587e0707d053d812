import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awaitsStart } from './awaits-start.js';
import { Temporal } from './dates.js';
import { eventKind } from './events.js';
import { schedule } from './plan.js';
import { timelineArbitrary } from './test-support/arbitraries.js';
import { methodSettings } from './test-support/method-fixtures.js';

const settings = methodSettings();
const on = (date: string) => Temporal.PlainDate.from(date);
// The kinds of event that start the method (R1, R5, R8, R13); notes never do.
const STARTING = new Set(['start', 'attempt', 'connection', 'interview', 'callback']);

describe('awaitsStart', () => {
  it('an opportunity with nothing logged, or only notes, waits for its start', () => {
    expect(awaitsStart(schedule([], settings))).toBe(true);
    const notes = [
      { type: 'note' as const, date: on('2026-11-23'), at: null, until: null, note: 'x' },
    ];
    expect(awaitsStart(schedule(notes, settings))).toBe(true);
  });

  it('an application, a hold or a decision ends the wait', () => {
    const one = (type: 'applied' | 'hold' | 'rejected') => [
      { type, date: on('2026-11-23'), at: null, until: null, note: null },
    ];
    expect(awaitsStart(schedule(one('applied'), settings))).toBe(false);
    expect(awaitsStart(schedule(one('hold'), settings))).toBe(false);
    expect(awaitsStart(schedule(one('rejected'), settings))).toBe(false);
  });

  it('waits exactly when no event starts the method and none holds or closes it (property)', () => {
    fc.assert(
      fc.property(timelineArbitrary(6), (events) => {
        const kinds = events.map((e) => eventKind(e.type));
        const starts = kinds.some((k) => STARTING.has(k));
        const waits = awaitsStart(schedule(events, settings));
        if (starts) expect(waits).toBe(false);
        if (!starts && !kinds.includes('hold') && !kinds.includes('decision'))
          expect(waits).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
