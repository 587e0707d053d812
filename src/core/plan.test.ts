import { describe, expect, it } from 'vitest';
import { Temporal } from './dates.js';
import type { TimelineEvent } from './events.js';
import {
  type MethodSettings,
  type Plan,
  plan,
  planOn,
  type ScheduledStep,
  schedule,
} from './plan.js';
import { d, ev, methodSettings } from './test-support/method-fixtures.js';
import { dateIn } from './time.js';

// Worked examples: region US, America/Chicago, the default playbook.
const US = methodSettings();
const US_IL = methodSettings({ region: 'US-IL' });
const GB = methodSettings({ region: 'GB', timeZone: 'Europe/London' });
const DE_BY = methodSettings({ region: 'DE-BY', timeZone: 'Europe/Berlin' });

/** The plan on `today`. */
function on(today: string, events: readonly TimelineEvent[], settings = US): Plan {
  return planOn(schedule(events, settings), d(today));
}

/** A step written the way a person reads it: `follow-up #2 2026-12-02`, `check-in 2026-12-11..2026-12-14`. */
function show(step: ScheduledStep): string {
  const n = step.followUpNumber === undefined ? '' : ` #${step.followUpNumber}`;
  const when = step.dueOn.equals(step.dueBy)
    ? step.dueOn.toString()
    : `${step.dueOn.toString()}..${step.dueBy.toString()}`;
  return `${step.action}${n} ${when}`;
}

/** The next steps of a timeline, as `show` writes them. */
function next(events: readonly TimelineEvent[], settings = US): string[] {
  return schedule(events, settings).steps.map(show);
}

const json = (events: readonly TimelineEvent[], settings: MethodSettings = US) =>
  JSON.stringify(schedule(events, settings));

// Worked example 1: three unanswered follow-ups, then the holding file.
const EXAMPLE_1 = [
  ev('applied', '2026-11-23'),
  ev('voicemail', '2026-11-27'),
  ev('no-answer', '2026-12-02'),
  ev('voicemail', '2026-12-07'),
];

// Worked example 2: an interview, the thank-you call, a check-in call that connected.
const EXAMPLE_2 = [
  ev('interview', '2026-12-03', { at: '2026-12-03T10:00:00-06:00' }),
  ev('thank-you-call', '2026-12-04'),
  ev('talked', '2026-12-14'),
];

describe('Worked examples of method.md (region US, America/Chicago)', () => {
  it('Example 1: applied Mon 2026-11-23, follow-up #1 due Fri 11-27 (Thanksgiving skipped)', () => {
    const p = on('2026-11-23', EXAMPLE_1.slice(0, 1));
    expect(p.status).toBe('active');
    expect(p.followUps).toBe(0);
    expect(p.next.map(show)).toEqual(['follow-up #1 2026-11-27']);
  });

  it('Example 1: voicemail on 11-27, follow-up #2 due Wed 12-02', () => {
    const p = on('2026-11-27', EXAMPLE_1.slice(0, 2));
    expect(p.followUps).toBe(1);
    expect(p.next.map(show)).toEqual(['follow-up #2 2026-12-02']);
  });

  it('Example 1: no-answer on 12-02, follow-up #3 due Mon 12-07', () => {
    const p = on('2026-12-02', EXAMPLE_1.slice(0, 3));
    expect(p.followUps).toBe(2);
    expect(p.next.map(show)).toEqual(['follow-up #3 2026-12-07']);
  });

  it('Example 1: voicemail on 12-07, nothing due; on 12-09 active, waiting, 3 of 3 follow-ups made', () => {
    const p = on('2026-12-09', EXAMPLE_1);
    expect(p).toEqual({
      status: 'active',
      followUps: 3,
      heldOn: null,
      holdsOn: d('2026-12-10'),
      next: [],
    });
  });

  it('Example 1: on Thu 2026-12-10 it is in the holding file', () => {
    expect(on('2026-12-10', EXAMPLE_1)).toEqual({
      status: 'holding',
      followUps: 3,
      heldOn: d('2026-12-10'),
      holdsOn: null,
      next: [],
    });
  });

  it('Example 2: interview Thu 2026-12-03 10:00, thank-you call and note both due Fri 12-04', () => {
    const p = on('2026-12-03', EXAMPLE_2.slice(0, 1));
    expect(p.status).toBe('interviewing');
    expect(p.next.map(show).slice(0, 2)).toEqual([
      'thank-you-call 2026-12-04',
      'thank-you-note 2026-12-04',
    ]);
  });

  it('Example 2: thank-you call on 12-04, check-in window [Fri 12-11, Mon 12-14]', () => {
    expect(next(EXAMPLE_2.slice(0, 2))).toEqual([
      'thank-you-note 2026-12-04',
      'check-in 2026-12-11..2026-12-14',
    ]);
  });

  it('Example 2: talked on 12-14, window [Mon 12-21, Thu 12-24] (Christmas Eve is a business day)', () => {
    const p = on('2026-12-14', EXAMPLE_2);
    expect(p.status).toBe('interviewing');
    expect(p.next.filter((s) => s.action === 'check-in').map(show)).toEqual([
      'check-in 2026-12-21..2026-12-24',
    ]);
  });

  it('Example 3: interview Wed 2026-11-25, thank-you call due Fri 11-27', () => {
    const steps = schedule([ev('interview', '2026-11-25')], US).steps;
    expect(steps.find((s) => s.action === 'thank-you-call')).toMatchObject({
      dueOn: d('2026-11-27'),
      dueBy: d('2026-11-27'),
    });
  });

  it('Example 4: applied Mon 2026-11-23, offer on 12-01: closed, nothing due', () => {
    const events = [ev('applied', '2026-11-23'), ev('offer', '2026-12-01')];
    expect(on('2026-12-01', events)).toEqual({
      status: 'closed',
      followUps: 0,
      heldOn: null,
      holdsOn: null,
      next: [],
    });
  });
});

describe('The same cadences in other regions (dates from each region’s holidays)', () => {
  const cadence = (settings: MethodSettings, applied: string, ...attempts: string[]) => {
    const events = [ev('applied', applied), ...attempts.map((day) => ev('voicemail', day))];
    return { steps: next(events, settings), heldOn: schedule(events, settings).heldOn?.toString() };
  };

  it('Example 1 in US-IL: same holidays in November as US, 11-27, 12-02, 12-07, held 12-10', () => {
    expect(cadence(US_IL, '2026-11-23').steps).toEqual(['follow-up #1 2026-11-27']);
    expect(cadence(US_IL, '2026-11-23', '2026-11-27').steps).toEqual(['follow-up #2 2026-12-02']);
    expect(cadence(US_IL, '2026-11-23', '2026-11-27', '2026-12-02').steps).toEqual([
      'follow-up #3 2026-12-07',
    ]);
    expect(cadence(US_IL, '2026-11-23', '2026-11-27', '2026-12-02', '2026-12-07').heldOn).toBe(
      '2026-12-10',
    );
  });

  it.each([
    { region: 'GB', settings: GB },
    { region: 'DE-BY', settings: DE_BY },
  ])(
    'Example 1 in $region: no Thanksgiving, 11-26, 12-01, 12-04, held Wed 12-09',
    ({ settings }) => {
      expect(cadence(settings, '2026-11-23').steps).toEqual(['follow-up #1 2026-11-26']);
      expect(cadence(settings, '2026-11-23', '2026-11-26').steps).toEqual([
        'follow-up #2 2026-12-01',
      ]);
      expect(cadence(settings, '2026-11-23', '2026-11-26', '2026-12-01').steps).toEqual([
        'follow-up #3 2026-12-04',
      ]);
      const full = cadence(settings, '2026-11-23', '2026-11-26', '2026-12-01', '2026-12-04');
      expect(full.steps).toEqual([]);
      expect(full.heldOn).toBe('2026-12-09');
    },
  );

  it.each([
    { region: 'US-IL', settings: US_IL, dueOn: '2026-12-28' },
    { region: 'GB', settings: GB, dueOn: '2026-12-29' }, // 28 December: Boxing Day substitute
    { region: 'DE-BY', settings: DE_BY, dueOn: '2026-12-28' },
  ])(
    'Example 2 in $region: 12-04, [12-11, 12-14], [12-21, 12-24] (Christmas Eve works), then [$dueOn, 12-31]',
    ({ settings, dueOn }) => {
      expect(next(EXAMPLE_2.slice(0, 1), settings).slice(0, 2)).toEqual([
        'thank-you-call 2026-12-04',
        'thank-you-note 2026-12-04',
      ]);
      expect(next(EXAMPLE_2.slice(0, 2), settings)).toContain('check-in 2026-12-11..2026-12-14');
      expect(next(EXAMPLE_2, settings)).toContain('check-in 2026-12-21..2026-12-24');
      const later = [...EXAMPLE_2, ev('talked', '2026-12-21')];
      expect(next(later, settings)).toContain(`check-in ${dueOn}..2026-12-31`);
    },
  );

  it('Example 2 continued in US: [12-28, 12-31]; in GB the window starts on Tue 12-29', () => {
    const later = [...EXAMPLE_2, ev('talked', '2026-12-21')];
    expect(next(later, US)).toContain('check-in 2026-12-28..2026-12-31');
    expect(next(later, GB)).toContain('check-in 2026-12-29..2026-12-31');
  });

  it.each([
    { region: 'US-IL', settings: US_IL, due: '2026-11-27' },
    { region: 'GB', settings: GB, due: '2026-11-26' },
    { region: 'DE-BY', settings: DE_BY, due: '2026-11-26' },
  ])('Example 3 in $region: interview Wed 11-25, thank-you call due $due', ({ settings, due }) => {
    expect(next([ev('interview', '2026-11-25')], settings)[0]).toBe(`thank-you-call ${due}`);
  });

  it.each([
    { region: 'US-IL', settings: US_IL },
    { region: 'GB', settings: GB },
    { region: 'DE-BY', settings: DE_BY },
  ])('Example 4 in $region: closed, nothing due', ({ settings }) => {
    const p = on('2026-12-01', [ev('applied', '2026-11-23'), ev('offer', '2026-12-01')], settings);
    expect(p.status).toBe('closed');
    expect(p.next).toEqual([]);
  });

  it('US-IL: Lincoln’s Birthday and Casimir Pulaski Day move every step', () => {
    // Thu 02-12 Lincoln's Birthday, Mon 02-16 Washington's Birthday, Mon 03-02 Pulaski Day
    const events = [
      ev('applied', '2026-02-09'),
      ev('voicemail', '2026-02-13'),
      ev('no-answer', '2026-02-26'),
      ev('voicemail', '2026-03-04'),
    ];
    expect(next(events.slice(0, 1), US_IL)).toEqual(['follow-up #1 2026-02-13']);
    expect(next(events.slice(0, 1), US)).toEqual(['follow-up #1 2026-02-12']);
    expect(next(events.slice(0, 2), US_IL)).toEqual(['follow-up #2 2026-02-19']);
    expect(next(events.slice(0, 3), US_IL)).toEqual(['follow-up #3 2026-03-04']);
    expect(next(events.slice(0, 3), US)).toEqual(['follow-up #3 2026-03-03']);
    expect(schedule(events, US_IL).heldOn).toEqual(d('2026-03-09'));
  });

  it('GB: applied Wed 2026-12-23, follow-up #1 Wed 12-30, #2 Tue 2027-01-05', () => {
    expect(next([ev('applied', '2026-12-23')], GB)).toEqual(['follow-up #1 2026-12-30']);
    expect(next([ev('applied', '2026-12-23')], US)).toEqual(['follow-up #1 2026-12-29']);
    expect(next([ev('applied', '2026-12-23'), ev('voicemail', '2026-12-30')], GB)).toEqual([
      'follow-up #2 2027-01-05',
    ]);
  });

  it('DE-BY: Heilige Drei Könige, Christi Himmelfahrt and Allerheiligen (a Monday in 2027)', () => {
    expect(next([ev('applied', '2026-01-02')], DE_BY)).toEqual(['follow-up #1 2026-01-08']);
    expect(next([ev('applied', '2026-01-02')], US)).toEqual(['follow-up #1 2026-01-07']);
    expect(next([ev('applied', '2026-01-02'), ev('voicemail', '2026-01-08')], DE_BY)).toEqual([
      'follow-up #2 2026-01-13',
    ]);
    expect(next([ev('applied', '2026-05-12')], DE_BY)).toEqual(['follow-up #1 2026-05-18']);
    expect(next([ev('applied', '2027-10-28')], DE_BY)).toEqual(['follow-up #1 2027-11-03']);
    expect(next([ev('applied', '2027-10-28')], US)).toEqual(['follow-up #1 2027-11-02']);
  });

  it('DE-BY: an interview on Wed 2026-06-03 owes its thank-yous on Fri 06-05 (Fronleichnam)', () => {
    expect(next([ev('interview', '2026-06-03')], DE_BY)).toEqual([
      'thank-you-call 2026-06-05',
      'thank-you-note 2026-06-05',
      'check-in 2026-06-10..2026-06-12',
    ]);
    expect(next([ev('interview', '2026-06-03')], US)[0]).toBe('thank-you-call 2026-06-04');
  });
});

describe('R1 first follow-up', () => {
  it('R1: follow-up #1 is due 3 business days after applied, skipping Thanksgiving', () => {
    expect(schedule([ev('applied', '2026-11-23')], US)).toEqual({
      closed: false,
      interviewing: false,
      heldOn: null,
      followUps: 0,
      steps: [
        {
          action: 'follow-up',
          followUpNumber: 1,
          dueOn: d('2026-11-27'),
          dueBy: d('2026-11-27'),
          reason: 'after-start',
          since: d('2026-11-23'),
        },
      ],
    });
  });

  it('R1: reached-out starts the cadence like applied', () => {
    expect(json([ev('reached-out', '2026-11-23')])).toBe(json([ev('applied', '2026-11-23')]));
  });

  it('R1: a start on a weekend or a holiday counts from the next business day', () => {
    expect(next([ev('applied', '2026-11-21')])).toEqual(['follow-up #1 2026-11-25']);
    expect(next([ev('applied', '2026-11-26')])).toEqual(['follow-up #1 2026-12-01']);
  });

  it('R1: a later applied or reached-out starts the count again from its own date', () => {
    const events = [
      ev('applied', '2026-11-02'),
      ev('voicemail', '2026-11-05'),
      ev('voicemail', '2026-11-10'),
      ev('reached-out', '2026-11-23'),
    ];
    expect(next(events.slice(0, 3))).toEqual(['follow-up #3 2026-11-16']); // 11-11 Veterans Day
    const p = on('2026-11-23', events);
    expect(p.followUps).toBe(0);
    expect(p.next.map(show)).toEqual(['follow-up #1 2026-11-27']);
  });

  it('R1: an unanswered attempt with no start counts as the start: #1 due D + 3 bd, followUps 0', () => {
    const steps = schedule([ev('voicemail', '2026-11-23')], US);
    expect(steps.followUps).toBe(0);
    expect(steps.steps).toEqual([
      {
        action: 'follow-up',
        followUpNumber: 1,
        dueOn: d('2026-11-27'),
        dueBy: d('2026-11-27'),
        reason: 'after-start',
        since: d('2026-11-23'),
      },
    ]);
    // The next attempt is follow-up #1.
    const later = on('2026-11-27', [ev('email', '2026-11-23'), ev('voicemail', '2026-11-27')]);
    expect(later.followUps).toBe(1);
    expect(later.next.map(show)).toEqual(['follow-up #2 2026-12-02']);
  });

  it('R1: the date of an application is its date in the user’s time zone', () => {
    const sent = Temporal.Instant.from('2026-11-23T23:30:00-06:00');
    const chicago = dateIn(sent, 'America/Chicago');
    const berlin = dateIn(sent, 'Europe/Berlin');
    expect(next([{ type: 'applied', date: chicago }])).toEqual(['follow-up #1 2026-11-27']);
    expect(next([{ type: 'applied', date: berlin }])).toEqual(['follow-up #1 2026-11-30']);
  });
});

describe('R2 unanswered follow-ups', () => {
  it('R2: after unanswered attempt #k (k < 3) on D, follow-up #k+1 is due D + 3 bd', () => {
    expect(schedule(EXAMPLE_1.slice(0, 2), US).steps).toEqual([
      {
        action: 'follow-up',
        followUpNumber: 2,
        dueOn: d('2026-12-02'),
        dueBy: d('2026-12-02'),
        reason: 'after-attempt',
        since: d('2026-11-27'),
      },
    ]);
  });

  it('R2: voicemail, no-answer, email and message are all unanswered attempts', () => {
    for (const type of ['voicemail', 'no-answer', 'email', 'message'] as const) {
      const p = on('2026-11-27', [ev('applied', '2026-11-23'), ev(type, '2026-11-27')]);
      expect(p.followUps).toBe(1);
      expect(p.next.map(show)).toEqual(['follow-up #2 2026-12-02']);
    }
  });

  it('R2: the wait counts from the attempt, even when it was late or on a weekend', () => {
    expect(next([ev('applied', '2026-11-23'), ev('voicemail', '2026-11-30')])).toEqual([
      'follow-up #2 2026-12-03',
    ]);
    expect(next([ev('applied', '2026-11-23'), ev('email', '2026-11-28')])).toEqual([
      'follow-up #2 2026-12-02',
    ]);
  });

  it('R2: each step is a single date (a window of one business day)', () => {
    for (const step of schedule(EXAMPLE_1.slice(0, 3), US).steps) {
      expect(step.dueOn).toEqual(step.dueBy);
    }
  });
});

describe('R3 holding file', () => {
  it('R3: after the 3rd unanswered follow-up on D nothing is due, active until D + 3 bd', () => {
    const p = on('2026-12-07', EXAMPLE_1);
    expect(p.status).toBe('active');
    expect(p.next).toEqual([]);
    expect(p.holdsOn).toEqual(d('2026-12-10'));
    expect(p.heldOn).toBeNull();
  });

  it('R3: from D + 3 bd it is held, by itself, and stays findable with the date it was held', () => {
    for (const today of ['2026-12-10', '2026-12-31', '2027-06-01']) {
      const p = on(today, EXAMPLE_1);
      expect(p.status).toBe('holding');
      expect(p.heldOn).toEqual(d('2026-12-10'));
      expect(p.holdsOn).toBeNull();
      expect(p.next).toEqual([]);
    }
  });

  it('R3: the holding date skips holidays (3rd follow-up on Wed 12-23: US Tue 12-29, GB Wed 12-30)', () => {
    const events = [
      ev('applied', '2026-12-10'),
      ev('voicemail', '2026-12-15'),
      ev('voicemail', '2026-12-18'),
      ev('voicemail', '2026-12-23'),
    ];
    expect(schedule(events, US).heldOn).toEqual(d('2026-12-29'));
    expect(schedule(events, GB).heldOn).toEqual(d('2026-12-30'));
  });

  it('R3: a note after the holding date changes nothing', () => {
    expect(json([...EXAMPLE_1, ev('note', '2026-12-20', { note: 'saw the job reposted' })])).toBe(
      json(EXAMPLE_1),
    );
  });

  it('R3: no holding file when a connection came since the cadence started', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('talked', '2026-11-25'),
      ev('voicemail', '2026-12-02'),
      ev('voicemail', '2026-12-09'),
      ev('voicemail', '2026-12-16'),
    ];
    const p = on('2027-02-01', events);
    expect(p.status).toBe('active');
    expect(p.heldOn).toBeNull();
    expect(p.holdsOn).toBeNull();
  });
});

describe('R4 connection without a decision (before an interview)', () => {
  it('R4: after talked on D the next step is a check-in [D + 7, D + 10] moved onto business days', () => {
    const p = on('2026-11-25', [ev('applied', '2026-11-23'), ev('talked', '2026-11-25')]);
    expect(p.status).toBe('active');
    expect(p.followUps).toBe(0);
    expect(p.next).toEqual([
      {
        action: 'check-in',
        dueOn: d('2026-12-02'),
        dueBy: d('2026-12-04'), // D + 10 is a Saturday
        reason: 'after-contact',
        since: d('2026-11-25'),
        overdue: false,
      },
    ]);
  });

  it('R4: a reply sets the count of unanswered attempts back to 0', () => {
    const events = [...EXAMPLE_1.slice(0, 3), ev('reply', '2026-12-03')];
    const p = on('2026-12-03', events);
    expect(p.followUps).toBe(0);
    expect(p.next.map(show)).toEqual(['check-in 2026-12-10..2026-12-11']);
  });

  it('R4 and R13: later unanswered attempts are check-ins that move the window, counted in followUps', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('reply', '2026-12-03'),
      ev('voicemail', '2026-12-11'),
    ];
    expect(next(events)).toEqual(['check-in 2026-12-18..2026-12-21']);
    const more = [...events, ev('no-answer', '2026-12-21'), ev('email', '2026-12-28')];
    expect(next(more)).toEqual(['check-in 2027-01-04..2027-01-07']);
    expect(schedule(more, US).followUps).toBe(3);
  });

  it('R4: however many unanswered check-ins, no holding file before an interview once connected', () => {
    const events = [ev('applied', '2026-11-23'), ev('talked', '2026-11-25')];
    let day = d('2026-12-02');
    for (let i = 0; i < 8; i++) {
      events.push({ type: 'voicemail', date: day });
      day = day.add({ days: 7 });
    }
    const p = on('2027-06-01', events);
    expect(p.status).toBe('active');
    expect(p.followUps).toBe(8);
    expect(p.heldOn).toBeNull();
    expect(p.holdsOn).toBeNull();
    expect(p.next.map((s) => s.action)).toEqual(['check-in']);
  });

  it('R4: a reply with no start before it asks for a check-in', () => {
    expect(next([ev('reply', '2026-11-23')])).toEqual(['check-in 2026-11-30..2026-12-03']);
  });

  it('R4: a new application after a connection starts the follow-up count again (R1)', () => {
    const events = [ev('reached-out', '2026-11-02'), ev('talked', '2026-11-04')];
    expect(next([...events, ev('applied', '2026-11-23')])).toEqual(['follow-up #1 2026-11-27']);
  });
});

describe('R5 interviews', () => {
  it('R5: an interview makes the opportunity interviewing at once, even while it lies ahead', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('voicemail', '2026-11-27'),
      ev('interview', '2026-12-03', { at: '2026-12-03T10:00:00-06:00' }),
    ];
    const p = on('2026-11-30', events);
    expect(p.status).toBe('interviewing');
    expect(p.followUps).toBe(0);
    // Nothing is due before the interview: the follow-up is gone.
    expect(p.next.map(show)).toEqual([
      'thank-you-call 2026-12-04',
      'thank-you-note 2026-12-04',
      'check-in 2026-12-10..2026-12-11',
    ]);
    expect(p.next.every((s) => !s.overdue)).toBe(true);
  });

  it('R5: thank-you call and note on I + 1 bd, then a check-in [I + 7, I + 10] after the interview', () => {
    expect(schedule([ev('interview', '2026-12-03')], US).steps).toEqual([
      {
        action: 'thank-you-call',
        dueOn: d('2026-12-04'),
        dueBy: d('2026-12-04'),
        reason: 'after-interview',
        since: d('2026-12-03'),
      },
      {
        action: 'thank-you-note',
        dueOn: d('2026-12-04'),
        dueBy: d('2026-12-04'),
        reason: 'after-interview',
        since: d('2026-12-03'),
      },
      {
        action: 'check-in',
        dueOn: d('2026-12-10'),
        dueBy: d('2026-12-11'),
        reason: 'after-interview',
        since: d('2026-12-03'),
      },
    ]);
  });

  it('R5: the thank-you call goes to an office: on the next business day', () => {
    expect(next([ev('interview', '2026-12-04')]).slice(0, 2)).toEqual([
      'thank-you-call 2026-12-07',
      'thank-you-note 2026-12-07',
    ]);
  });

  it('R5: a skipped thank-you call stays (overdue after I + 1 bd); the check-in stays at [I + 7, I + 10]', () => {
    const events = [ev('interview', '2026-12-03'), ev('thank-you-note', '2026-12-04')];
    const p = on('2026-12-07', events);
    expect(p.next.map((s) => [show(s), s.overdue])).toEqual([
      ['thank-you-call 2026-12-04', true],
      ['check-in 2026-12-10..2026-12-11', false],
    ]);
  });

  it('R5: a thank-you note is not a contact and does not move the check-in', () => {
    const events = [ev('interview', '2026-12-03'), ev('thank-you-note', '2026-12-08')];
    expect(next(events)).toEqual(['thank-you-call 2026-12-04', 'check-in 2026-12-10..2026-12-11']);
  });

  it.each([
    'thank-you-call',
    'talked',
    'reply',
    'voicemail',
    'no-answer',
    'email',
    'message',
  ] as const)('R5: %s after the interview is a contact L: check-in [L + 7, L + 10]', (type) => {
    const events = [ev('interview', '2026-12-03'), ev(type, '2026-12-07')];
    const checkIn = schedule(events, US).steps.find((s) => s.action === 'check-in');
    expect(checkIn && show(checkIn)).toBe('check-in 2026-12-14..2026-12-17');
    expect(checkIn?.reason).toBe('after-contact');
    expect(checkIn?.since).toEqual(d('2026-12-07'));
  });

  it('R5: no holding file after an interview, however many unanswered check-ins', () => {
    const events = [
      ev('interview', '2026-12-03'),
      ev('thank-you-call', '2026-12-04'),
      ev('thank-you-note', '2026-12-04'),
      ev('voicemail', '2026-12-11'),
      ev('voicemail', '2026-12-18'),
      ev('voicemail', '2026-12-28'),
      ev('no-answer', '2027-01-04'),
      ev('email', '2027-01-11'),
    ];
    expect(next(events.slice(0, 4))).toEqual(['check-in 2026-12-18..2026-12-21']);
    // After Fri 12-18: D + 7 is Christmas, D + 10 Mon 12-28.
    expect(next(events.slice(0, 5))).toEqual(['check-in 2026-12-28']);
    expect(next(events.slice(0, 6))).toEqual(['check-in 2027-01-04..2027-01-07']);
    const p = on('2027-03-01', events);
    expect(p.status).toBe('interviewing');
    expect(p.followUps).toBe(0);
    expect(p.heldOn).toBeNull();
    expect(p.holdsOn).toBeNull();
    // 01-18 is Martin Luther King Jr. Day
    expect(p.next.map((s) => [show(s), s.overdue])).toEqual([
      ['check-in 2027-01-19..2027-01-21', true],
    ]);
  });

  it('R5: a second interview owes new thank-yous', () => {
    const events = [
      ev('interview', '2026-12-03'),
      ev('thank-you-call', '2026-12-04'),
      ev('thank-you-note', '2026-12-04'),
      ev('interview', '2026-12-10'),
    ];
    expect(next(events.slice(0, 3))).toEqual(['check-in 2026-12-11..2026-12-14']);
    expect(next(events)).toEqual([
      'thank-you-call 2026-12-11',
      'thank-you-note 2026-12-11',
      'check-in 2026-12-17..2026-12-18',
    ]);
  });

  it('R5: a thank-you call made the day of the interview counts and dates the check-in from that day', () => {
    const events = [ev('thank-you-call', '2026-12-03'), ev('interview', '2026-12-03')];
    expect(next(events)).toEqual(['thank-you-note 2026-12-04', 'check-in 2026-12-10..2026-12-11']);
  });

  it('R5: thank-yous logged with no interview before them do nothing', () => {
    const events = [ev('applied', '2026-11-23'), ev('thank-you-call', '2026-11-24')];
    expect(json(events)).toBe(json(events.slice(0, 1)));
  });
});

describe('R6 networking meetings and informational interviews', () => {
  it('R6: a meeting is treated like an interview: thank-yous on I + 1 bd, then check-ins', () => {
    const events = [ev('reached-out', '2026-11-16'), ev('meeting', '2026-12-03')];
    const p = on('2026-12-03', events);
    expect(p.status).toBe('interviewing');
    expect(p.followUps).toBe(0);
    expect(p.next.map(show)).toEqual([
      'thank-you-call 2026-12-04',
      'thank-you-note 2026-12-04',
      'check-in 2026-12-10..2026-12-11',
    ]);
    expect(json(events)).toBe(json([events[0] as TimelineEvent, ev('interview', '2026-12-03')]));
  });

  it('R6: after the thank-you call, check-ins every 7-10 days from the latest contact', () => {
    const events = [
      ev('meeting', '2026-11-25'),
      ev('thank-you-call', '2026-11-27'),
      ev('thank-you-note', '2026-11-27'),
      ev('talked', '2026-12-07'),
    ];
    expect(next(events.slice(0, 3))).toEqual(['check-in 2026-12-04..2026-12-07']);
    expect(next(events)).toEqual(['check-in 2026-12-14..2026-12-17']);
  });
});

describe('R7 decisions', () => {
  it.each(['offer', 'rejected', 'withdrawn'] as const)(
    'R7: %s closes; nothing more is due',
    (type) => {
      for (const before of [EXAMPLE_1.slice(0, 2), EXAMPLE_2, EXAMPLE_1]) {
        const p = on('2027-01-15', [...before, ev(type, '2027-01-14')]);
        expect(p).toMatchObject({ status: 'closed', heldOn: null, holdsOn: null, next: [] });
      }
    },
  );

  it('R7: events after a decision change nothing', () => {
    const closed = [ev('applied', '2026-11-23'), ev('rejected', '2026-12-01')];
    const after = [
      ev('voicemail', '2026-12-04'),
      ev('interview', '2026-12-10'),
      ev('revive', '2026-12-11'),
      ev('callback', '2026-12-12', { until: d('2026-12-20') }),
      ev('applied', '2027-01-05'),
    ];
    expect(json([...closed, ...after])).toBe(json(closed));
    expect(on('2027-02-01', [...closed, ...after]).status).toBe('closed');
  });

  it('R7: a decision on the same day as other events is taken last', () => {
    const events = [
      ev('offer', '2026-12-01'),
      ev('talked', '2026-12-01'),
      ev('revive', '2026-12-01'),
    ];
    expect(on('2026-12-01', [ev('applied', '2026-11-23'), ...events]).status).toBe('closed');
  });

  it('R7: a held opportunity can still be closed', () => {
    const p = on('2027-01-15', [...EXAMPLE_1, ev('withdrawn', '2027-01-04')]);
    expect(p.status).toBe('closed');
    expect(p.heldOn).toBeNull();
  });
});

describe('R8 callback', () => {
  const until = (date: string) => ({ until: d(date) });

  it('R8: a callback replaces the next follow-up with a single date on or after X, keeping #k+1', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('voicemail', '2026-11-27'),
      ev('callback', '2026-11-30', until('2026-12-10')),
    ];
    const s = schedule(events, US);
    expect(s.followUps).toBe(1);
    expect(s.steps).toEqual([
      {
        action: 'follow-up',
        followUpNumber: 2,
        dueOn: d('2026-12-10'),
        dueBy: d('2026-12-10'),
        reason: 'callback',
        since: d('2026-12-10'),
      },
    ]);
  });

  it('R8: X on a weekend or a holiday moves to the first business day on or after it', () => {
    const base = [ev('applied', '2026-11-23')];
    expect(next([...base, ev('callback', '2026-11-24', until('2026-12-05'))])).toEqual([
      'follow-up #1 2026-12-07',
    ]);
    expect(next([...base, ev('callback', '2026-11-24', until('2026-11-26'))])).toEqual([
      'follow-up #1 2026-11-27',
    ]);
    expect(next([...base, ev('callback', '2026-11-24', until('2026-12-24'))], GB)).toEqual([
      'follow-up #1 2026-12-24',
    ]);
    expect(next([...base, ev('callback', '2026-11-24', until('2026-12-25'))], GB)).toEqual([
      'follow-up #1 2026-12-29',
    ]);
  });

  it('R8: a callback does not count as an attempt', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('callback', '2026-11-24', until('2026-11-30')),
      ev('callback', '2026-11-30', until('2026-12-07')),
    ];
    const p = on('2026-12-01', events);
    expect(p.followUps).toBe(0);
    expect(p.next.map(show)).toEqual(['follow-up #1 2026-12-07']);
  });

  it('R8: after a connection the callback moves the check-in, still a check-in', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('talked', '2026-11-25'),
      ev('callback', '2026-11-25', until('2026-12-15')),
    ];
    const s = schedule(events, US);
    expect(s.steps.map(show)).toEqual(['check-in 2026-12-15']);
    expect(s.steps[0]?.reason).toBe('callback');
  });

  it('R8: after an interview the callback moves the check-in; thank-yous still owed stay', () => {
    const events = [
      ev('interview', '2026-12-03'),
      ev('callback', '2026-12-03', until('2026-12-21')),
    ];
    expect(next(events)).toEqual([
      'thank-you-call 2026-12-04',
      'thank-you-note 2026-12-04',
      'check-in 2026-12-21',
    ]);
    const called = [...events, ev('thank-you-call', '2026-12-04')];
    expect(next(called)).toEqual(['thank-you-note 2026-12-04', 'check-in 2026-12-21']);
  });

  it('R8: an attempt after the callback replaces it: the normal cadence from that attempt', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('voicemail', '2026-11-27'),
      ev('callback', '2026-11-30', until('2026-12-10')),
    ];
    const onTheDay = on('2026-12-10', [...events, ev('voicemail', '2026-12-10')]);
    expect(onTheDay.followUps).toBe(2);
    expect(onTheDay.next.map(show)).toEqual(['follow-up #3 2026-12-15']);
    expect(next([...events, ev('email', '2026-12-03')])).toEqual(['follow-up #3 2026-12-08']);
  });

  it('R8: a connection after the callback replaces it', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('callback', '2026-11-24', until('2026-12-10')),
      ev('talked', '2026-12-10'),
    ];
    expect(next(events)).toEqual(['check-in 2026-12-17..2026-12-18']);
  });

  it('R8: a callback on an exhausted run starts a new run: follow-up #1 due on X, no holding file', () => {
    const events = [...EXAMPLE_1, ev('callback', '2026-12-08', until('2026-12-15'))];
    const p = on('2026-12-11', events);
    expect(p.status).toBe('active');
    expect(p.followUps).toBe(0);
    expect(p.holdsOn).toBeNull();
    expect(p.heldOn).toBeNull();
    expect(p.next.map(show)).toEqual(['follow-up #1 2026-12-15']);
  });

  it('R8: a callback on a held opportunity starts a new run: follow-up #1 due on X', () => {
    const auto = on('2026-12-14', [
      ...EXAMPLE_1,
      ev('callback', '2026-12-14', until('2026-12-14')),
    ]);
    expect(auto.status).toBe('active');
    expect(auto.next.map(show)).toEqual(['follow-up #1 2026-12-14']);
    const byHand = [
      ev('applied', '2026-11-23'),
      ev('voicemail', '2026-11-27'),
      ev('hold', '2026-11-30'),
      ev('callback', '2026-12-07', until('2026-12-09')),
    ];
    expect(on('2026-12-07', byHand).status).toBe('active');
    expect(next(byHand)).toEqual(['follow-up #1 2026-12-09']);
  });

  it('R8: a callback with no start before it starts the cadence', () => {
    const p = on('2026-11-23', [ev('callback', '2026-11-23', until('2026-11-30'))]);
    expect(p.status).toBe('active');
    expect(p.next.map(show)).toEqual(['follow-up #1 2026-11-30']);
  });

  it('R8: a callback without a date means "from the day they said it"', () => {
    const events = [ev('applied', '2026-11-23'), ev('callback', '2026-11-28')];
    expect(next(events)).toEqual(['follow-up #1 2026-11-30']);
  });

  it('R8: a callback and an attempt on the same day: the callback still stands', () => {
    const events = [
      ev('callback', '2026-11-27', until('2026-12-09')),
      ev('voicemail', '2026-11-27'),
      ev('applied', '2026-11-23'),
    ];
    expect(next(events)).toEqual(['follow-up #2 2026-12-09']);
  });
});

describe('R9 holding file, revive', () => {
  it('R9: a reply on a held opportunity brings it back; then R4 applies', () => {
    const p = on('2026-12-14', [...EXAMPLE_1, ev('reply', '2026-12-14')]);
    expect(p).toMatchObject({ status: 'active', followUps: 0, heldOn: null, holdsOn: null });
    expect(p.next.map(show)).toEqual(['check-in 2026-12-21..2026-12-24']);
  });

  it('R9: a reply before the holding date keeps it out of the holding file', () => {
    const p = on('2026-12-10', [...EXAMPLE_1, ev('talked', '2026-12-09')]);
    expect(p).toMatchObject({ status: 'active', followUps: 0, heldOn: null, holdsOn: null });
    expect(p.next.map(show)).toEqual(['check-in 2026-12-16..2026-12-18']);
  });

  it('R9: revive on D: follow-up #1 due on the first business day on or after D, count 0', () => {
    const p = on('2026-12-12', [...EXAMPLE_1, ev('revive', '2026-12-12')]);
    expect(p).toMatchObject({ status: 'active', followUps: 0, heldOn: null, holdsOn: null });
    expect(p.next).toEqual([
      {
        action: 'follow-up',
        followUpNumber: 1,
        dueOn: d('2026-12-14'),
        dueBy: d('2026-12-14'),
        reason: 'revived',
        since: d('2026-12-12'),
        overdue: false,
      },
    ]);
    expect(next([...EXAMPLE_1, ev('revive', '2026-12-15')])).toEqual(['follow-up #1 2026-12-15']);
  });

  it('R9: revived after a connection, the step is a check-in on D', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('talked', '2026-11-25'),
      ev('hold', '2026-12-01'),
      ev('revive', '2026-12-08'),
    ];
    expect(on('2026-12-05', events.slice(0, 3)).status).toBe('holding');
    expect(next(events)).toEqual(['check-in 2026-12-08']);
  });

  it('R9: revived after an interview, the step is a check-in on D', () => {
    const events = [
      ev('interview', '2026-12-03'),
      ev('thank-you-call', '2026-12-04'),
      ev('thank-you-note', '2026-12-04'),
      ev('hold', '2026-12-20'),
      ev('revive', '2027-01-01'),
    ];
    const p = on('2027-01-04', events);
    expect(p.status).toBe('interviewing');
    expect(p.next.map(show)).toEqual(['check-in 2027-01-04']);
  });

  it('R9: an attempt on a held opportunity starts a new run as attempt 1', () => {
    const p = on('2026-12-14', [...EXAMPLE_1, ev('voicemail', '2026-12-14')]);
    expect(p).toMatchObject({ status: 'active', followUps: 1, heldOn: null, holdsOn: null });
    expect(p.next.map(show)).toEqual(['follow-up #2 2026-12-17']);
  });

  it('R13: an attempt after the 3rd follow-up, before the holding date, is counted and keeps the holding date', () => {
    const p = on('2026-12-08', [...EXAMPLE_1, ev('email', '2026-12-08')]);
    expect(p).toMatchObject({ status: 'active', followUps: 4, heldOn: null });
    expect(p.holdsOn?.toString()).toBe('2026-12-10');
    expect(p.next).toEqual([]);
  });

  it('R9: after a revive, the next attempt is counted from 0', () => {
    const events = [...EXAMPLE_1, ev('revive', '2026-12-14'), ev('voicemail', '2026-12-15')];
    const p = on('2026-12-15', events);
    expect(p.followUps).toBe(1);
    expect(p.next.map(show)).toEqual(['follow-up #2 2026-12-18']);
  });

  it('R9: a manual hold on D: holding from D, heldOn D, nothing due', () => {
    const events = [
      ev('applied', '2026-11-23'),
      ev('voicemail', '2026-11-27'),
      ev('hold', '2026-11-30'),
    ];
    for (const today of ['2026-11-30', '2027-03-01']) {
      expect(on(today, events)).toEqual({
        status: 'holding',
        followUps: 1,
        heldOn: d('2026-11-30'),
        holdsOn: null,
        next: [],
      });
    }
  });

  it('R9: a manual hold after an interview parks it too', () => {
    const p = on('2026-12-20', [ev('interview', '2026-12-03'), ev('hold', '2026-12-10')]);
    expect(p.status).toBe('holding');
    expect(p.heldOn).toEqual(d('2026-12-10'));
    expect(p.next).toEqual([]);
  });

  it('R9: hold and revive on the same day: revived, whatever the order of entry', () => {
    const events = [
      ev('revive', '2026-12-01'),
      ev('hold', '2026-12-01'),
      ev('applied', '2026-11-23'),
    ];
    expect(on('2026-12-01', events).status).toBe('active');
    expect(next(events)).toEqual(['follow-up #1 2026-12-01']);
  });
});

describe('R10 windows on business days', () => {
  it('R10: "due on" is the first business day on or after D + 7, "due by" the last on or before D + 10', () => {
    // After Thu 2026-11-19: D + 7 is Thanksgiving, D + 10 a Sunday.
    expect(next([ev('reply', '2026-11-19')])).toEqual(['check-in 2026-11-27']);
    // After Mon 2026-12-21: [Mon 12-28, Thu 12-31] in US; GB loses the 28th.
    const events = [ev('applied', '2026-12-14'), ev('talked', '2026-12-21')];
    expect(next(events, US)).toEqual(['check-in 2026-12-28..2026-12-31']);
    expect(next(events, GB)).toEqual(['check-in 2026-12-29..2026-12-31']);
  });

  it('R10: when "due by" would come before "due on", "due by" equals "due on"', () => {
    // GB after Fri 2026-12-18: 25, 26, 27 and 28 December are none of them business days.
    const events = [ev('applied', '2026-12-14'), ev('talked', '2026-12-18')];
    expect(next(events, GB)).toEqual(['check-in 2026-12-29']);
    expect(next(events, US)).toEqual(['check-in 2026-12-28']);
    // DE-BY after Fri 2026-03-27: Karfreitag to Ostermontag.
    expect(next([ev('interview', '2026-03-27')], DE_BY)).toEqual([
      'thank-you-call 2026-03-30',
      'thank-you-note 2026-03-30',
      'check-in 2026-04-07',
    ]);
  });
});

describe('R11 too soon (the plan side)', () => {
  it('R11: an attempt before its step was due is accepted and counted', () => {
    const p = on('2026-11-24', [ev('applied', '2026-11-23'), ev('voicemail', '2026-11-24')]);
    expect(p.followUps).toBe(1);
    expect(p.next.map(show)).toEqual(['follow-up #2 2026-11-30']);
  });

  it('R11: a thank-you call made early still completes its step', () => {
    const events = [ev('interview', '2026-12-03'), ev('thank-you-call', '2026-12-03')];
    expect(next(events).some((s) => s.startsWith('thank-you-call'))).toBe(false);
  });
});

describe('R12 overdue', () => {
  const applied = [ev('applied', '2026-11-23')];

  it('R12: a single-date step is overdue exactly when today is after its date', () => {
    expect(on('2026-11-26', applied).next[0]?.overdue).toBe(false);
    expect(on('2026-11-27', applied).next[0]?.overdue).toBe(false);
    expect(on('2026-11-28', applied).next[0]?.overdue).toBe(true);
  });

  it('R12: a window is overdue only after its "due by"', () => {
    const events = EXAMPLE_2.slice(0, 2);
    const checkIn = (today: string) => on(today, events).next.find((s) => s.action === 'check-in');
    expect(checkIn('2026-12-10')?.overdue).toBe(false);
    expect(checkIn('2026-12-11')?.overdue).toBe(false);
    expect(checkIn('2026-12-14')?.overdue).toBe(false);
    expect(checkIn('2026-12-15')?.overdue).toBe(true);
  });

  it('R12: overdue steps stay on the list, first, until they are done', () => {
    const events = [ev('interview', '2026-12-03'), ev('thank-you-note', '2026-12-04')];
    const p = on('2027-02-01', events);
    expect(p.next.map((s) => [s.action, s.overdue])).toEqual([
      ['thank-you-call', true],
      ['check-in', true],
    ]);
    const done = on('2027-02-01', [...events, ev('thank-you-call', '2027-02-01')]);
    expect(done.next.map((s) => [show(s), s.overdue])).toEqual([
      ['check-in 2027-02-08..2027-02-11', false],
    ]);
  });
});

describe('Events are taken in date order, same-day events in a fixed order', () => {
  it('the entry order of the events never matters', () => {
    expect(json([...EXAMPLE_1].reverse())).toBe(json(EXAMPLE_1));
    expect(json([...EXAMPLE_2].reverse())).toBe(json(EXAMPLE_2));
  });

  it('on one day: start before attempt (applied + voicemail the same day is follow-up #1 made)', () => {
    const events = [ev('voicemail', '2026-11-23'), ev('applied', '2026-11-23')];
    const s = schedule(events, US);
    expect(s.followUps).toBe(1);
    expect(s.steps.map(show)).toEqual(['follow-up #2 2026-11-27']);
  });

  it('on one day: interview before thank-you, callback after contact, decision last', () => {
    expect(json([ev('thank-you-note', '2026-12-03'), ev('meeting', '2026-12-03')])).not.toContain(
      'thank-you-note',
    );
    const talkedThenCallback = [
      ev('callback', '2026-11-25', { until: d('2026-12-15') }),
      ev('talked', '2026-11-25'),
    ];
    expect(next(talkedThenCallback)).toEqual(['check-in 2026-12-15']);
  });

  it('on one day (R13): a revive is taken before an attempt, so the attempt is follow-up #1 of the new run', () => {
    const events = [...EXAMPLE_1, ev('voicemail', '2026-12-14'), ev('revive', '2026-12-14')];
    const p = on('2026-12-14', events);
    expect(p.followUps).toBe(1);
    expect(p.next.map(show)).toEqual(['follow-up #2 2026-12-17']);
  });
});

describe('Playbook numbers are settings', () => {
  it('maxFollowUps 2: after the 2nd unanswered follow-up, held 3 bd later', () => {
    const two = methodSettings({ playbook: { maxFollowUps: 2 } });
    const events = EXAMPLE_1.slice(0, 2);
    expect(next(events, two)).toEqual(['follow-up #2 2026-12-02']);
    const done = [...events, ev('no-answer', '2026-12-02')];
    const p = planOn(schedule(done, two), d('2026-12-04'));
    expect(p).toMatchObject({ status: 'active', followUps: 2, holdsOn: d('2026-12-07'), next: [] });
    expect(planOn(schedule(done, two), d('2026-12-07')).status).toBe('holding');
  });

  it('followUpDays 2 in calendar days: the wait lands on the first business day on or after', () => {
    const calendarDays = methodSettings({
      playbook: { followUpDays: 2, followUpDayKind: 'calendar' },
    });
    // R1 still counts business days.
    expect(next([ev('applied', '2026-11-23')], calendarDays)).toEqual(['follow-up #1 2026-11-27']);
    // Fri 11-27 + 2 days is a Sunday: Monday 11-30.
    expect(next(EXAMPLE_1.slice(0, 2), calendarDays)).toEqual(['follow-up #2 2026-11-30']);
    // Tue 11-24 + 2 days is Thanksgiving: Friday 11-27.
    const early = [ev('applied', '2026-11-23'), ev('voicemail', '2026-11-24')];
    expect(next(early, calendarDays)).toEqual(['follow-up #2 2026-11-27']);
    // Wed 12-02 + 2 days is a Friday, a business day.
    expect(next(EXAMPLE_1.slice(0, 3), calendarDays)).toEqual(['follow-up #3 2026-12-04']);
  });

  it('checkInMinDays 5, checkInMaxDays 6: shorter windows, still on business days', () => {
    const short = methodSettings({ playbook: { checkInMinDays: 5, checkInMaxDays: 6 } });
    expect(next([ev('reply', '2026-11-30')], short)).toEqual(['check-in 2026-12-07']);
    expect(next([ev('reply', '2026-12-02')], short)).toEqual(['check-in 2026-12-07..2026-12-08']);
  });

  it('firstFollowUpDays, holdAfterDays and thankYouDays are settings too', () => {
    const slow = methodSettings({
      playbook: { firstFollowUpDays: 5, holdAfterDays: 5, thankYouDays: 2 },
    });
    expect(next([ev('applied', '2026-11-23')], slow)).toEqual(['follow-up #1 2026-12-01']);
    expect(schedule(EXAMPLE_1, slow).heldOn).toEqual(d('2026-12-14'));
    expect(next([ev('interview', '2026-12-03')], slow).slice(0, 2)).toEqual([
      'thank-you-call 2026-12-07',
      'thank-you-note 2026-12-07',
    ]);
  });

  it('thankYouDays 0: the thank-yous are due on the interview day, or the next business day', () => {
    const sameDay = methodSettings({ playbook: { thankYouDays: 0 } });
    expect(next([ev('interview', '2026-12-03')], sameDay)[0]).toBe('thank-you-call 2026-12-03');
    expect(next([ev('interview', '2026-12-05')], sameDay)[0]).toBe('thank-you-call 2026-12-07');
  });

  it('a Friday-Saturday weekend and personal days off shape the dates', () => {
    const friSat = methodSettings({ weekendDays: [5, 6] });
    expect(next([ev('applied', '2026-11-23')], friSat)).toEqual(['follow-up #1 2026-11-29']);
    const dayOff = methodSettings({ daysOff: ['2026-11-27'] });
    expect(next([ev('applied', '2026-11-23')], dayOff)).toEqual(['follow-up #1 2026-11-30']);
  });
});

describe('plan: today is the date of now in the user’s time zone', () => {
  it('at 2026-12-10T04:00Z it is still 12-09 in Chicago (not yet held) but 12-10 in Berlin (held)', () => {
    const now = Temporal.Instant.from('2026-12-10T04:00:00Z');
    const chicago = plan(EXAMPLE_1, US, now);
    expect(chicago.status).toBe('active');
    expect(chicago.holdsOn).toEqual(d('2026-12-10'));
    const berlin = plan(EXAMPLE_1, methodSettings({ timeZone: 'Europe/Berlin' }), now);
    expect(berlin.status).toBe('holding');
    expect(berlin.heldOn).toEqual(d('2026-12-10'));
  });

  it('a step is overdue from midnight in the user’s zone', () => {
    const now = Temporal.Instant.from('2026-11-28T05:30:00Z'); // 23:30 on 11-27 in Chicago
    const events = [ev('applied', '2026-11-23')];
    expect(plan(events, US, now).next[0]?.overdue).toBe(false);
    expect(plan(events, methodSettings({ timeZone: 'Europe/Berlin' }), now).next[0]?.overdue).toBe(
      true,
    );
  });

  it('plan is planOn(schedule) for the date of now', () => {
    const now = Temporal.Instant.from('2026-12-14T18:00:00Z');
    expect(plan(EXAMPLE_2, US, now)).toEqual(on('2026-12-14', EXAMPLE_2));
  });
});
