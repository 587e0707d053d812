import fc from 'fast-check';
import type { BusinessCalendar } from '../business-calendar.js';
import { type PlainDate, Temporal } from '../dates.js';
import { EVENT_TYPES, type EventType, type TimelineEvent } from '../events.js';
import { d } from './method-fixtures.js';

/** Any date from `from` to `to`, both included. */
export function dateBetween(from: string, to: string): fc.Arbitrary<PlainDate> {
  const first = d(from);
  const span = first.until(d(to), { largestUnit: 'day' }).days;
  return fc.integer({ min: 0, max: span }).map((n) => first.add({ days: n }));
}

/** Every date from `from` to `to`, both included. */
export function datesFrom(from: PlainDate, to: PlainDate): PlainDate[] {
  const days: PlainDate[] = [];
  for (let day = from; Temporal.PlainDate.compare(day, to) <= 0; day = day.add({ days: 1 })) {
    days.push(day);
  }
  return days;
}

/** How many business days lie in (from, to]. */
export function businessDaysAfter(
  calendar: BusinessCalendar,
  from: PlainDate,
  to: PlainDate,
): number {
  return datesFrom(from.add({ days: 1 }), to).filter((day) => calendar.isBusinessDay(day)).length;
}

// How often each event comes up in random timelines: mostly unanswered attempts,
// so that runs reach the holding file, and few decisions, so that most stay open.
const WEIGHT: Readonly<Record<EventType, number>> = {
  applied: 3,
  'reached-out': 2,
  voicemail: 8,
  'no-answer': 6,
  email: 5,
  message: 3,
  talked: 3,
  reply: 3,
  meeting: 1,
  interview: 2,
  'thank-you-call': 3,
  'thank-you-note': 3,
  callback: 3,
  offer: 1,
  rejected: 1,
  withdrawn: 1,
  hold: 2,
  revive: 2,
  note: 2,
};

/** Any event type, every one of them possible, attempts the most likely. */
export const eventTypeArbitrary: fc.Arbitrary<EventType> = fc.oneof(
  ...EVENT_TYPES.map((type) => ({ arbitrary: fc.constant(type), weight: WEIGHT[type] })),
);

/**
 * One random event dated within `days` days of `start`: callbacks wait for a
 * date on or after their own; any event may carry a time, interviews and meetings most often.
 */
export function eventArbitrary(start: string, days: number): fc.Arbitrary<TimelineEvent> {
  const first = d(start);
  return fc
    .record({
      type: eventTypeArbitrary,
      offset: fc.integer({ min: 0, max: days }),
      wait: fc.integer({ min: 0, max: 30 }),
      hour: fc.option(fc.integer({ min: 8, max: 18 }), { nil: null }),
      minute: fc.constantFrom(0, 30),
      timed: fc.boolean(),
      note: fc.option(fc.constantFrom('left a message', 'spoke to the assistant', ''), {
        nil: null,
      }),
    })
    .map(({ type, offset, wait, hour, minute, timed, note }): TimelineEvent => {
      const date = first.add({ days: offset });
      const event: TimelineEvent = { type, date, note };
      if (type === 'callback') return { ...event, until: date.add({ days: wait }) };
      // Any event may carry a time (`--at`); interviews and meetings most often do (R13).
      if (hour !== null && (type === 'interview' || type === 'meeting' || timed)) {
        const at = date
          .toZonedDateTime({ timeZone: 'America/Chicago', plainTime: { hour, minute } })
          .toString({ timeZoneName: 'never' });
        return { ...event, at };
      }
      return event;
    });
}

/** A random timeline of up to `max` events starting within ~120 days of 2026-10-01. */
export const timelineArbitrary = (max = 12): fc.Arbitrary<TimelineEvent[]> =>
  fc.array(eventArbitrary('2026-10-01', 120), { minLength: 0, maxLength: max });
