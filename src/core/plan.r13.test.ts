import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './events.js';
import { type Plan, planOn, type ScheduledStep, schedule } from './plan.js';
import { d, ev, methodSettings } from './test-support/method-fixtures.js';

// R13 of method.md: the cases the articles leave open. Region US, America/Chicago.
const US = methodSettings();

const on = (today: string, events: readonly TimelineEvent[]): Plan =>
  planOn(schedule(events, US), d(today));

function show(step: ScheduledStep): string {
  const n = step.followUpNumber === undefined ? '' : ` #${step.followUpNumber}`;
  const when = step.dueOn.equals(step.dueBy)
    ? step.dueOn.toString()
    : `${step.dueOn.toString()}..${step.dueBy.toString()}`;
  return `${step.action}${n} ${when}`;
}
const next = (events: readonly TimelineEvent[]): string[] => schedule(events, US).steps.map(show);
const at = (moment: string) => ({ at: moment });
/** Where a plan stands, with its dates as text (toMatchObject cannot compare Temporal dates). */
const facts = (p: Plan) => ({
  status: p.status,
  followUps: p.followUps,
  heldOn: p.heldOn?.toString() ?? null,
  holdsOn: p.holdsOn?.toString() ?? null,
});

// Worked example 1: three unanswered follow-ups, held on Thu 2026-12-10.
const EXAMPLE_1 = [
  ev('applied', '2026-11-23'),
  ev('voicemail', '2026-11-27'),
  ev('no-answer', '2026-12-02'),
  ev('voicemail', '2026-12-07'),
];

describe('R13 same day: times first, then a fixed order of kinds', () => {
  it('R13 same day: a hold at 09:00 then a reply at 15:00 leaves it active, check-in 17-20 Nov', () => {
    const events = [
      ev('applied', '2026-11-02'),
      ev('hold', '2026-11-10', at('2026-11-10T09:00:00-06:00')),
      ev('reply', '2026-11-10', at('2026-11-10T15:00:00-06:00')),
    ];
    const p = on('2026-11-10', events);
    expect(p.status).toBe('active');
    expect(p.next.map(show)).toEqual(['check-in 2026-11-17..2026-11-20']);
  });

  it('R13 same day: a reply at 09:00 then a hold at 15:00 leaves it held', () => {
    const events = [
      ev('applied', '2026-11-02'),
      ev('reply', '2026-11-10', at('2026-11-10T09:00:00-06:00')),
      ev('hold', '2026-11-10', at('2026-11-10T15:00:00-06:00')),
    ];
    expect(facts(on('2026-11-10', events))).toMatchObject({
      status: 'holding',
      heldOn: '2026-11-10',
    });
  });

  it('R13 same day: a revive at 09:00 then a voicemail at 09:30 is follow-up #1 made, #2 due in 3 bd', () => {
    const events = [
      ...EXAMPLE_1,
      ev('voicemail', '2026-12-14', at('2026-12-14T09:30:00-06:00')),
      ev('revive', '2026-12-14', at('2026-12-14T09:00:00-06:00')),
    ];
    const p = on('2026-12-14', events);
    expect(p.followUps).toBe(1);
    expect(p.next.map(show)).toEqual(['follow-up #2 2026-12-17']);
  });

  it('R13 same day: times are compared as moments, whatever their offsets', () => {
    // 09:00 in Chicago (15:00Z) comes after 14:00Z written with a +01:00 offset (15:00+01:00).
    const events = [
      ev('applied', '2026-11-02'),
      ev('reply', '2026-11-10', at('2026-11-10T09:00:00-06:00')),
      ev('hold', '2026-11-10', at('2026-11-10T15:00:00+01:00')),
    ];
    expect(on('2026-11-10', events).status).toBe('active');
  });

  it('R13 same day: an event without a time counts as after the timed ones of its day', () => {
    const untimedHold = [
      ev('applied', '2026-11-02'),
      ev('hold', '2026-11-10'),
      ev('reply', '2026-11-10', at('2026-11-10T15:00:00-06:00')),
    ];
    expect(on('2026-11-10', untimedHold).status).toBe('holding');
    const untimedReply = [
      ev('applied', '2026-11-02'),
      ev('reply', '2026-11-10'),
      ev('hold', '2026-11-10', at('2026-11-10T09:00:00-06:00')),
    ];
    expect(on('2026-11-10', untimedReply).status).toBe('active');
  });

  it('R13 same day: untimed, hold/revive come before attempts (a revive then a voicemail is #1 made)', () => {
    const events = [...EXAMPLE_1, ev('voicemail', '2026-12-14'), ev('revive', '2026-12-14')];
    const p = on('2026-12-14', events);
    expect(p.followUps).toBe(1);
    expect(p.next.map(show)).toEqual(['follow-up #2 2026-12-17']);
  });

  it('R13 same day: untimed, a hold comes before a connection, so the connection brings it back', () => {
    const events = [
      ev('talked', '2026-11-10'),
      ev('hold', '2026-11-10'),
      ev('applied', '2026-11-02'),
    ];
    expect(on('2026-11-10', events).status).toBe('active');
  });

  it('R13 same day: untimed, start, attempts, connections, callback, thank-yous, decisions', () => {
    const day = '2026-12-03';
    const forward = [
      ev('applied', day),
      ev('voicemail', day),
      ev('interview', day),
      ev('callback', day, { until: d('2026-12-21') }),
      ev('thank-you-call', day),
      ev('offer', day),
    ];
    const shuffled = [forward[4], forward[5], forward[2], forward[0], forward[3], forward[1]];
    expect(JSON.stringify(schedule(shuffled as TimelineEvent[], US))).toBe(
      JSON.stringify(schedule(forward, US)),
    );
    // Without the decision: the thank-you call counted after the interview, the callback moved the check-in.
    expect(next(forward.slice(0, 5))).toEqual(['thank-you-note 2026-12-04', 'check-in 2026-12-21']);
  });
});

describe('R13 attempts after a connection, before an interview', () => {
  it('R13 attempts after a connection: an unanswered attempt on D sets the check-in to [D + 7, D + 10] and counts', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('reply', '2026-12-03'),
      ev('voicemail', '2026-12-11'),
    ];
    expect(next(events)).toEqual(['check-in 2026-12-18..2026-12-21']);
    expect(schedule(events, US).followUps).toBe(1);
    const more = [...events, ev('no-answer', '2026-12-21'), ev('email', '2026-12-28')];
    expect(next(more)).toEqual(['check-in 2027-01-04..2027-01-07']);
    expect(schedule(more, US).followUps).toBe(3);
  });

  it('R13 attempts after a connection: no holding file, however many', () => {
    const events = [ev('applied', '2026-11-23'), ev('talked', '2026-11-25')];
    let day = d('2026-12-02');
    for (let i = 0; i < 8; i++) {
      events.push({ type: 'voicemail', date: day });
      day = day.add({ days: 7 });
    }
    const p = on('2027-06-01', events);
    expect(facts(p)).toMatchObject({ status: 'active', followUps: 8, heldOn: null, holdsOn: null });
    expect(p.next.map((s) => s.action)).toEqual(['check-in']);
  });
});

describe('R13 after the third attempt, before the move to the holding file', () => {
  it('R13 fourth attempt: logged and counted, the holding date does not move', () => {
    const events = [...EXAMPLE_1, ev('email', '2026-12-08')];
    const p = on('2026-12-08', events);
    expect(facts(p)).toMatchObject({ status: 'active', followUps: 4, holdsOn: '2026-12-10' });
    expect(p.next).toEqual([]);
    expect(facts(on('2026-12-10', events))).toMatchObject({
      status: 'holding',
      heldOn: '2026-12-10',
    });
  });
});

describe('R13 held opportunities', () => {
  it.each(['talked', 'reply', 'meeting', 'interview'] as const)(
    'R13 held: a %s brings a held opportunity back',
    (type) => {
      const p = on('2026-12-15', [...EXAMPLE_1, ev(type, '2026-12-14')]);
      expect(p.status).not.toBe('holding');
      expect(p.heldOn).toBeNull();
      expect(p.next.length).toBeGreaterThan(0);
    },
  );

  it('R13 held: an attempt revives it and counts as follow-up #1 of the new run', () => {
    const p = on('2026-12-14', [...EXAMPLE_1, ev('no-answer', '2026-12-14')]);
    expect(facts(p)).toMatchObject({ status: 'active', followUps: 1, heldOn: null });
    expect(p.next.map(show)).toEqual(['follow-up #2 2026-12-17']);
  });

  it('R13 held: a callback brings it back with that date', () => {
    const events = [...EXAMPLE_1, ev('callback', '2026-12-14', { until: d('2026-12-21') })];
    expect(on('2026-12-14', events).status).toBe('active');
    expect(next(events)).toEqual(['follow-up #1 2026-12-21']);
  });

  it('R13 held: a hold by hand after the automatic move keeps the first heldOn', () => {
    const events = [...EXAMPLE_1, ev('hold', '2026-12-15')];
    expect(facts(on('2026-12-20', events))).toMatchObject({
      status: 'holding',
      heldOn: '2026-12-10',
    });
  });

  it('R13 held: a second hold by hand keeps the first heldOn', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('hold', '2026-11-25'),
      ev('hold', '2026-12-01'),
    ];
    expect(on('2026-12-20', events).heldOn).toEqual(d('2026-11-25'));
  });
});

describe('R13 revive', () => {
  it('R13 revive: the follow-up is due on the first business day on or after D', () => {
    // Sat 2026-12-12: due Mon 12-14.
    expect(next([...EXAMPLE_1, ev('revive', '2026-12-12')])).toEqual(['follow-up #1 2026-12-14']);
  });

  it('R13 revive: after a connection the revived step is a check-in on D', () => {
    const events = [
      ev('talked', '2026-11-23'),
      ev('hold', '2026-11-24'),
      ev('revive', '2026-12-01'),
    ];
    expect(next(events)).toEqual(['check-in 2026-12-01']);
  });

  it('R13 revive: a revive of an opportunity not held changes nothing in the plan (the use case refuses it)', () => {
    const events = [ev('applied', '2026-11-23'), ev('revive', '2026-11-24')];
    expect(JSON.stringify(schedule(events, US))).toBe(
      JSON.stringify(schedule(events.slice(0, 1), US)),
    );
  });
});

describe('R13 thank-yous need an interview or meeting', () => {
  it('R13 thank-yous: with no interview or meeting on or before its date, a thank-you changes nothing', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('thank-you-call', '2026-11-30'),
      ev('interview', '2026-12-03', at('2026-12-03T10:00:00-06:00')),
    ];
    expect(next(events)).toEqual([
      'thank-you-call 2026-12-04',
      'thank-you-note 2026-12-04',
      'check-in 2026-12-10..2026-12-11',
    ]);
  });
});

describe('R13 a start event after an interview or meeting', () => {
  it('R13 start after an interview: a contact in R5’s sense, not a new run', () => {
    const events = [
      ev('interview', '2026-12-03'),
      ev('thank-you-call', '2026-12-04'),
      ev('applied', '2026-12-08'),
    ];
    const p = on('2026-12-08', events);
    expect(p.status).toBe('interviewing');
    expect(p.next.map(show)).toEqual([
      'thank-you-note 2026-12-04',
      'check-in 2026-12-15..2026-12-18',
    ]);
  });
});

describe('R13 closed', () => {
  it('R13 closed: later events are kept but change nothing; followUps keeps its value at the decision', () => {
    const events = [...EXAMPLE_1.slice(0, 3), ev('rejected', '2026-12-03')];
    const later = [
      ...events,
      ev('voicemail', '2026-12-07'),
      ev('reply', '2026-12-08'),
      ev('revive', '2026-12-09'),
    ];
    expect(on('2026-12-20', later)).toEqual({
      status: 'closed',
      followUps: 2,
      heldOn: null,
      holdsOn: null,
      next: [],
    });
  });

  it('R13 closed: a timed decision is taken at its time, an untimed attempt that day after it', () => {
    const events = [
      ...EXAMPLE_1.slice(0, 2),
      ev('offer', '2026-12-02', at('2026-12-02T10:00:00-06:00')),
      ev('no-answer', '2026-12-02'),
    ];
    expect(facts(on('2026-12-02', events))).toMatchObject({ status: 'closed', followUps: 1 });
  });
});

describe('R13 callback', () => {
  it('R13 callback: the next outbound attempt uses it up', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('callback', '2026-11-24', { until: d('2026-12-14') }),
      ev('voicemail', '2026-11-30'),
    ];
    expect(next(events)).toEqual(['follow-up #2 2026-12-03']);
  });

  it('R13 callback: the next connection uses it up', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('callback', '2026-11-24', { until: d('2026-12-14') }),
      ev('talked', '2026-11-30'),
    ];
    expect(next(events)).toEqual(['check-in 2026-12-07..2026-12-10']);
  });
});
