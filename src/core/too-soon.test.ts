import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, isOutbound } from './events.js';
import { d, ev, methodSettings } from './test-support/method-fixtures.js';
import { tooSoon } from './too-soon.js';

const US = methodSettings();
const applied = [ev('applied', '2026-11-23')];
const EXAMPLE_1 = [
  ev('applied', '2026-11-23'),
  ev('voicemail', '2026-11-27'),
  ev('no-answer', '2026-12-02'),
  ev('voicemail', '2026-12-07'),
];

describe('R11 too soon', () => {
  it('R11: a voicemail before follow-up #1 is due came too soon, and says which step it answers', () => {
    expect(tooSoon(applied, ev('voicemail', '2026-11-25'), US)).toEqual({
      kind: 'before-due',
      step: {
        action: 'follow-up',
        followUpNumber: 1,
        dueOn: d('2026-11-27'),
        dueBy: d('2026-11-27'),
        reason: 'after-start',
        since: d('2026-11-23'),
      },
    });
  });

  it.each(['voicemail', 'no-answer', 'email', 'message'] as const)(
    'R11: %s: too soon before the due date, fine on it or later',
    (type) => {
      expect(tooSoon(applied, ev(type, '2026-11-26'), US)?.kind).toBe('before-due');
      expect(tooSoon(applied, ev(type, '2026-11-27'), US)).toBeNull();
      expect(tooSoon(applied, ev(type, '2026-12-01'), US)).toBeNull();
    },
  );

  it('R11: a follow-up #2 attempt before its date', () => {
    const result = tooSoon(EXAMPLE_1.slice(0, 2), ev('no-answer', '2026-12-01'), US);
    expect(result?.kind).toBe('before-due');
    expect(result?.kind === 'before-due' && result.step.followUpNumber).toBe(2);
    expect(tooSoon(EXAMPLE_1.slice(0, 2), ev('no-answer', '2026-12-02'), US)).toBeNull();
  });

  it('R11: a thank-you call or note on the interview day came before I + 1 bd', () => {
    const interview = [ev('interview', '2026-12-03', { at: '2026-12-03T10:00:00-06:00' })];
    const call = tooSoon(interview, ev('thank-you-call', '2026-12-03'), US);
    expect(call).toMatchObject({ kind: 'before-due', step: { action: 'thank-you-call' } });
    const note = tooSoon(interview, ev('thank-you-note', '2026-12-03'), US);
    expect(note).toMatchObject({
      kind: 'before-due',
      step: { action: 'thank-you-note', dueOn: d('2026-12-04') },
    });
    expect(tooSoon(interview, ev('thank-you-call', '2026-12-04'), US)).toBeNull();
    expect(tooSoon(interview, ev('thank-you-note', '2026-12-07'), US)).toBeNull();
  });

  it('R11: an attempt before the check-in window opens came too soon (R4 and R5)', () => {
    const talked = [...applied, ev('talked', '2026-11-25')];
    expect(tooSoon(talked, ev('email', '2026-11-30'), US)).toMatchObject({
      kind: 'before-due',
      step: { action: 'check-in', dueOn: d('2026-12-02'), dueBy: d('2026-12-04') },
    });
    expect(tooSoon(talked, ev('email', '2026-12-02'), US)).toBeNull();
    expect(tooSoon(talked, ev('email', '2026-12-04'), US)).toBeNull();

    const interviewed = [ev('interview', '2026-12-03'), ev('thank-you-call', '2026-12-04')];
    expect(tooSoon(interviewed, ev('voicemail', '2026-12-08'), US)).toMatchObject({
      kind: 'before-due',
      step: { action: 'check-in', dueOn: d('2026-12-11') },
    });
    expect(tooSoon(interviewed, ev('voicemail', '2026-12-11'), US)).toBeNull();
  });

  it('R11: an attempt before the date of a callback came too soon (R8)', () => {
    const callback = [...applied, ev('callback', '2026-11-24', { until: d('2026-12-10') })];
    expect(tooSoon(callback, ev('voicemail', '2026-12-08'), US)).toMatchObject({
      kind: 'before-due',
      step: { action: 'follow-up', reason: 'callback', dueOn: d('2026-12-10') },
    });
    expect(tooSoon(callback, ev('voicemail', '2026-12-10'), US)).toBeNull();
  });

  it('R11: an attempt after the 3rd follow-up, before the holding date, is "run complete"', () => {
    expect(tooSoon(EXAMPLE_1, ev('voicemail', '2026-12-08'), US)).toEqual({
      kind: 'run-complete',
      holdsOn: d('2026-12-10'),
    });
    expect(tooSoon(EXAMPLE_1, ev('email', '2026-12-09'), US)?.kind).toBe('run-complete');
    // Once held, calling again starts a new run (R9): not too soon.
    expect(tooSoon(EXAMPLE_1, ev('voicemail', '2026-12-10'), US)).toBeNull();
    expect(tooSoon(EXAMPLE_1, ev('voicemail', '2027-01-04'), US)).toBeNull();
  });

  it('R11: "run complete" follows the playbook’s number of follow-ups', () => {
    const two = methodSettings({ playbook: { maxFollowUps: 2 } });
    expect(tooSoon(EXAMPLE_1.slice(0, 3), ev('email', '2026-12-03'), two)).toEqual({
      kind: 'run-complete',
      holdsOn: d('2026-12-07'),
    });
  });

  it('R11: only outbound events can come too soon', () => {
    for (const type of EVENT_TYPES.filter((t) => !isOutbound(t))) {
      expect(tooSoon(applied, ev(type, '2026-11-24'), US)).toBeNull();
      expect(tooSoon(EXAMPLE_1, ev(type, '2026-12-08'), US)).toBeNull();
    }
  });

  it('R11: judged on the timeline up to the event’s date only', () => {
    expect(tooSoon(EXAMPLE_1, ev('voicemail', '2026-11-25'), US)).toMatchObject({
      kind: 'before-due',
      step: { followUpNumber: 1, dueOn: d('2026-11-27') },
    });
  });

  it('R11: nothing is too soon when nothing is due (no start yet, closed, held by hand)', () => {
    expect(tooSoon([], ev('voicemail', '2026-11-25'), US)).toBeNull();
    expect(tooSoon([], ev('thank-you-call', '2026-11-25'), US)).toBeNull();
    const closed = [...applied, ev('rejected', '2026-11-24')];
    expect(tooSoon(closed, ev('voicemail', '2026-11-25'), US)).toBeNull();
    const held = [...applied, ev('hold', '2026-11-24')];
    expect(tooSoon(held, ev('voicemail', '2026-11-25'), US)).toBeNull();
  });
});

describe('R13 too soon before an interview', () => {
  const talked = [...applied, ev('talked', '2026-11-25')];
  const interview = ev('interview', '2026-12-10', { at: '2026-12-10T10:00:00-06:00' });

  it('R13 too soon before an interview: an attempt before a scheduled interview gets the warning, naming the thank-you call the plan shows', () => {
    // Without the interview the check-in [12-02, 12-04] would be due on 12-03: the plan no longer shows it.
    const early = tooSoon([...talked, interview], ev('voicemail', '2026-12-03'), US);
    expect(early?.kind).toBe('before-interview');
    if (early?.kind !== 'before-interview') return;
    expect(early.interview.date.toString()).toBe('2026-12-10');
    expect(early.step?.action).toBe('thank-you-call');
    expect(early.step?.dueOn.toString()).toBe('2026-12-11');
  });

  it('R13 too soon before an interview: never names a check-in the interview replaced', () => {
    for (const day of ['2026-11-26', '2026-12-03', '2026-12-09']) {
      const early = tooSoon([...talked, interview], ev('email', day), US);
      expect(early?.kind).toBe('before-interview');
      expect(early?.kind === 'before-interview' && early.step?.action).not.toBe('check-in');
    }
  });

  it('R13 too soon before an interview: an attempt after the interview is judged by R11 as before', () => {
    const after = [...talked, interview];
    expect(tooSoon(after, ev('voicemail', '2026-12-11'), US)?.kind).not.toBe('before-interview');
  });

  it('R13 too soon before an interview: an interview after a decision is not ahead', () => {
    const closed = [...talked, ev('rejected', '2026-12-04'), interview];
    expect(tooSoon(closed, ev('voicemail', '2026-12-03'), US)?.kind).not.toBe('before-interview');
  });
});
