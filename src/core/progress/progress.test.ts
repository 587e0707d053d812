import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../events.js';
import { d, ev, methodSettings } from '../test-support/method-fixtures.js';
import { type CountedOpportunity, progress } from './progress.js';

const settings = methodSettings();
const TODAY = d('2026-12-18');

// A search counted by hand (region US, America/Chicago, default playbook; Veterans Day on
// Wed 11 Nov and Thanksgiving on Thu 26 Nov are not business days).
const search: Record<string, CountedOpportunity> = {
  // #1 on time, #2 late by e-mail and answered, interview, call on time, note late, the
  // check-in of Fri 27 Nov replaced by the offer on Mon 30 Nov: missed.
  a: {
    source: 'posting',
    events: [
      ev('applied', '2026-11-02'),
      ev('voicemail', '2026-11-05'),
      ev('email', '2026-11-11'),
      ev('reply', '2026-11-12'),
      ev('interview', '2026-11-18', { at: '2026-11-18T10:00:00-06:00' }),
      ev('thank-you-call', '2026-11-19'),
      ev('thank-you-note', '2026-11-20'),
      ev('offer', '2026-11-30'),
    ],
  },
  // #1 late (due Fri 13), #2 early (due Thu 19), #3 on time; held on Fri 27 Nov, so the reply
  // of 1 Dec answers no follow-up; its check-in (8-11 Dec) is overdue: missed.
  b: {
    source: 'referral',
    events: [
      ev('reached-out', '2026-11-09'),
      ev('no-answer', '2026-11-16'),
      ev('message', '2026-11-18'),
      ev('voicemail', '2026-11-23'),
      ev('reply', '2026-12-01'),
    ],
  },
  // Answered before any follow-up (#0); the follow-up replaced before its day is not counted.
  c: { source: null, events: [ev('applied', '2026-12-07'), ev('reply', '2026-12-09')] },
  // #1 is a call that connected; a meeting, the note on time, the thank-you call missed.
  d: {
    source: 'networking',
    events: [
      ev('reached-out', '2026-12-01'),
      ev('talked', '2026-12-04'),
      ev('meeting', '2026-12-10'),
      ev('thank-you-note', '2026-12-11'),
    ],
  },
  e: { source: 'posting', events: [ev('applied', '2026-10-01'), ev('withdrawn', '2026-10-05')] },
  f: { source: 'recruiter', events: [] },
  // Held by hand after #1's day (missed), revived: a second run, #1 a day late.
  g: {
    source: 'other',
    events: [
      ev('applied', '2026-11-16'),
      ev('hold', '2026-11-23'),
      ev('revive', '2026-12-14'),
      ev('voicemail', '2026-12-15'),
    ],
  },
};

const zeros = (source: string | null) => ({ source, opportunities: 0, interviewed: 0, offers: 0 });

describe('The numbers of a hand-counted search', () => {
  it('counts everything up to today', () => {
    expect(progress(Object.values(search), settings, { from: null, to: TODAY })).toEqual({
      from: null,
      to: '2026-12-18',
      opportunities: { total: 7, active: 4, interviewing: 1, holding: 0, closed: 2 },
      funnel: { started: 6, answered: 4, interviewed: 2, offers: 1 },
      followUps: [
        { number: 0, made: 7, answered: 1 },
        { number: 1, made: 4, answered: 1 },
        { number: 2, made: 2, answered: 1 },
        { number: 3, made: 1, answered: 0 },
      ],
      channels: [
        { channel: 'call', made: 5, answered: 1 },
        { channel: 'email', made: 1, answered: 1 },
        { channel: 'message', made: 1, answered: 0 },
      ],
      steps: { onTime: 5, early: 1, late: 4, missed: 4 },
      followedUp: { started: 7, withAFollowUp: 4 },
      sources: [
        { source: 'posting', opportunities: 2, interviewed: 1, offers: 1 },
        { source: 'referral', opportunities: 1, interviewed: 0, offers: 0 },
        { source: 'networking', opportunities: 1, interviewed: 1, offers: 0 },
        zeros('recruiter'),
        { source: 'other', opportunities: 1, interviewed: 0, offers: 0 },
        { source: null, opportunities: 1, interviewed: 0, offers: 0 },
      ],
    });
  });

  it('counts only the events dated in [from, to]', () => {
    const december = progress(Object.values(search), settings, {
      from: d('2026-12-01'),
      to: TODAY,
    });
    expect(december).toMatchObject({
      from: '2026-12-01',
      opportunities: { total: 4, active: 3, interviewing: 1, holding: 0, closed: 0 },
      funnel: { started: 3, answered: 2, interviewed: 1, offers: 0 },
      followUps: [
        { number: 0, made: 3, answered: 1 },
        { number: 1, made: 2, answered: 1 },
        { number: 2, made: 0, answered: 0 },
        { number: 3, made: 0, answered: 0 },
      ],
      channels: [
        { channel: 'call', made: 2, answered: 1 },
        { channel: 'email', made: 0, answered: 0 },
        { channel: 'message', made: 0, answered: 0 },
      ],
      steps: { onTime: 2, early: 0, late: 1, missed: 2 },
      followedUp: { started: 3, withAFollowUp: 2 },
    });
    expect(december.sources.filter((s) => s.opportunities > 0)).toEqual([
      { source: 'networking', opportunities: 1, interviewed: 1, offers: 0 },
      { source: 'other', opportunities: 1, interviewed: 0, offers: 0 },
      { source: null, opportunities: 1, interviewed: 0, offers: 0 },
    ]);
  });

  it('ignores events after `to`: as of 20 Nov, the late note was not written and nothing closed', () => {
    const events = (search.a as CountedOpportunity).events;
    const early = progress([{ source: 'posting', events }], settings, {
      from: null,
      to: d('2026-11-19'),
    });
    expect(early.steps).toEqual({ onTime: 2, early: 0, late: 1, missed: 0 });
    expect(early.opportunities.interviewing).toBe(1);
    const onTheTwentieth = progress([{ source: 'posting', events }], settings, {
      from: null,
      to: d('2026-11-20'),
    });
    // The note, due on the 19th, was still undone when counted on the 20th: missed that day.
    expect(
      progress([{ source: 'posting', events: events.slice(0, 6) }], settings, {
        from: null,
        to: d('2026-11-20'),
      }).steps.missed,
    ).toBe(1);
    expect(onTheTwentieth.steps).toEqual({ onTime: 2, early: 0, late: 2, missed: 0 });
  });

  it('follow-up numbers run 0 to the playbook maximum', () => {
    const five = methodSettings({ playbook: { maxFollowUps: 5 } });
    const events: TimelineEvent[] = (search.b as CountedOpportunity).events.slice(0, 4);
    const numbers = progress([{ source: null, events }], five, { from: null, to: TODAY }).followUps;
    expect(numbers.map((f) => f.number)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
