import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Temporal } from './dates.js';
import {
  canBeScheduled,
  EVENT_TYPES,
  type EventType,
  eventKind,
  isEventType,
  isOutbound,
  sortTimeline,
  type TimelineEvent,
} from './events.js';
import { timelineArbitrary } from './test-support/arbitraries.js';
import { d, ev } from './test-support/method-fixtures.js';

describe('Events of the method', () => {
  it('knows every event of method.md and nothing else', () => {
    for (const type of EVENT_TYPES) expect(isEventType(type)).toBe(true);
    expect(EVENT_TYPES).toHaveLength(19);
    for (const text of [
      '',
      'Applied',
      'APPLIED',
      'call',
      'follow-up',
      ' note',
      'toString',
      '__proto__',
      'constructor',
    ]) {
      expect(isEventType(text)).toBe(false);
    }
  });

  it('gives each event its kind, as in the table of method.md', () => {
    const kinds: Record<EventType, string> = {
      applied: 'start',
      'reached-out': 'start',
      voicemail: 'attempt',
      'no-answer': 'attempt',
      email: 'attempt',
      message: 'attempt',
      talked: 'connection',
      reply: 'connection',
      meeting: 'interview',
      interview: 'interview',
      'thank-you-call': 'thank-you',
      'thank-you-note': 'thank-you',
      callback: 'callback',
      offer: 'decision',
      rejected: 'decision',
      withdrawn: 'decision',
      hold: 'hold',
      revive: 'revive',
      note: 'note',
    };
    for (const type of EVENT_TYPES) expect([type, eventKind(type)]).toEqual([type, kinds[type]]);
  });

  it('R5: only interviews and meetings can be scheduled ahead', () => {
    expect(EVENT_TYPES.filter(canBeScheduled)).toEqual(['meeting', 'interview']);
  });

  it('R11: outbound events are the unanswered attempts and the thank-yous', () => {
    expect(EVENT_TYPES.filter(isOutbound)).toEqual([
      'voicemail',
      'no-answer',
      'email',
      'message',
      'thank-you-call',
      'thank-you-note',
    ]);
  });
});

describe('Events in date order: sortTimeline', () => {
  it('orders by date', () => {
    const sorted = sortTimeline([
      ev('offer', '2026-12-01'),
      ev('applied', '2026-11-23'),
      ev('voicemail', '2026-11-27'),
    ]);
    expect(sorted.map((e) => e.type)).toEqual(['applied', 'voicemail', 'offer']);
  });

  it('R13 same day: untimed events of a day: start, hold/revive, attempts, connections, callback, thank-yous, decisions', () => {
    const day = '2026-12-01';
    const order: EventType[] = [
      'applied',
      'hold',
      'revive',
      'voicemail',
      'interview',
      'talked',
      'callback',
      'thank-you-call',
      'note',
      'offer',
    ];
    const shuffled = [...order].reverse().map((type) => ev(type, day));
    expect(sortTimeline(shuffled).map((e) => e.type)).toEqual(order);
  });

  it('R13 same day: timed events by their moments, whatever their kinds, the untimed ones after them', () => {
    const sorted = sortTimeline([
      ev('reply', '2026-11-10'),
      ev('reply', '2026-11-10', { at: '2026-11-10T15:00:00-06:00' }),
      ev('applied', '2026-11-10'),
      ev('hold', '2026-11-10', { at: '2026-11-10T09:00:00-06:00' }),
      ev('offer', '2026-11-10', { at: '2026-11-10T08:00:00-06:00' }),
    ]);
    expect(sorted.map((e) => `${e.type} ${e.at?.slice(11, 16) ?? '-'}`)).toEqual([
      'offer 08:00',
      'hold 09:00',
      'reply 15:00',
      'applied -',
      'reply -',
    ]);
  });

  it('R13 same day: moments are compared as instants, not as text (offsets differ across a DST change)', () => {
    // 01:30-05:00 (06:30Z) comes before 01:10-06:00 (07:10Z) on the day clocks go back in Chicago.
    const sorted = sortTimeline([
      ev('hold', '2026-11-01', { at: '2026-11-01T01:10:00-06:00' }),
      ev('reply', '2026-11-01', { at: '2026-11-01T01:30:00-05:00' }),
    ]);
    expect(sorted.map((e) => e.type)).toEqual(['reply', 'hold']);
  });

  it('breaks ties by kind, then type, then callback date, then note', () => {
    const sorted = sortTimeline([
      ev('interview', '2026-12-03', { at: '2026-12-03T15:00:00-06:00' }),
      ev('meeting', '2026-12-03'),
      ev('interview', '2026-12-03', { at: '2026-12-03T09:00:00-06:00' }),
      ev('callback', '2026-12-03', { until: d('2026-12-20') }),
      ev('callback', '2026-12-03', { until: d('2026-12-10') }),
      ev('talked', '2026-12-03', { at: '2026-12-03T09:00:00-06:00' }),
    ]);
    expect(sorted.map((e) => [e.type, e.at ?? e.until?.toString() ?? null])).toEqual([
      ['interview', '2026-12-03T09:00:00-06:00'],
      ['talked', '2026-12-03T09:00:00-06:00'],
      ['interview', '2026-12-03T15:00:00-06:00'],
      ['meeting', null],
      ['callback', '2026-12-10'],
      ['callback', '2026-12-20'],
    ]);
  });

  it('does not change its input', () => {
    const events = [ev('offer', '2026-12-01'), ev('applied', '2026-11-23')];
    const copy = [...events];
    sortTimeline(events);
    expect(events).toEqual(copy);
  });

  it('never depends on the order the events came in (property)', () => {
    fc.assert(
      fc.property(
        timelineArbitrary(15).chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
        ),
        ([events, shuffled]: [TimelineEvent[], TimelineEvent[]]) => {
          expect(JSON.stringify(sortTimeline(shuffled))).toBe(JSON.stringify(sortTimeline(events)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('orders events that differ only by an absent, a null or an empty note, whatever their input order', () => {
    const absent = ev('note', '2026-11-23');
    const none = ev('note', '2026-11-23', { note: null });
    const empty = ev('note', '2026-11-23', { note: '' });
    const word = ev('note', '2026-11-23', { note: 'a' });
    for (const input of [
      [word, empty, none, absent],
      [empty, absent, word, none],
    ]) {
      expect(sortTimeline(input)).toEqual([absent, none, empty, word]);
    }
  });

  it('R13 same day: timed events in the order of their moments, untimed ones after them (property)', () => {
    fc.assert(
      fc.property(timelineArbitrary(15), (events) => {
        const sorted = sortTimeline(events);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1] as TimelineEvent, sorted[i] as TimelineEvent];
          if (!a.date.equals(b.date)) continue;
          expect(!a.at && b.at).toBeFalsy();
          if (a.at && b.at) {
            expect(
              Temporal.Instant.compare(Temporal.Instant.from(a.at), Temporal.Instant.from(b.at)),
            ).toBeLessThanOrEqual(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives dates in order (property)', () => {
    fc.assert(
      fc.property(timelineArbitrary(15), (events) => {
        const dates = sortTimeline(events).map((e) => e.date.toString());
        expect(dates).toEqual([...dates].sort());
      }),
      { numRuns: 200 },
    );
  });
});
