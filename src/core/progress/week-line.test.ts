import { describe, expect, it } from 'vitest';
import { d, ev, methodSettings } from '../test-support/method-fixtures.js';
import { progress } from './progress.js';
import { lastWeekOf, weekLine } from './week-line.js';

const settings = methodSettings();

describe("The Monday e-mail's line of last week", () => {
  it('is for Mondays only, counting Monday to Sunday before', () => {
    expect(lastWeekOf(d('2026-11-30'))).toEqual({ from: d('2026-11-23'), to: d('2026-11-29') });
    expect(lastWeekOf(d('2026-12-01'))).toBeNull();
    expect(lastWeekOf(d('2026-11-29'))).toBeNull();
  });

  it("says last week's steps, follow-ups and answers", () => {
    const week = lastWeekOf(d('2026-12-07'));
    if (!week) throw new Error('a Monday');
    // #1 due Fri 27 Nov, done Mon 30 Nov (late); #2 due Thu 3 Dec, done on time and answered.
    const events = [
      ev('applied', '2026-11-23'),
      ev('voicemail', '2026-11-30'),
      ev('email', '2026-12-03'),
      ev('reply', '2026-12-04'),
    ];
    const p = progress([{ events, source: null }], settings, week);
    expect(weekLine(p)).toBe(
      'Last week: 1 of 2 steps on time (1 late); 2 follow-ups made, 1 answered.',
    );
    expect(weekLine(progress([], settings, week))).toBe(
      'Last week: no steps were due; 0 follow-ups made, 0 answered.',
    );
  });
});
