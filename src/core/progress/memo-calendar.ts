import type { BusinessCalendar } from '../business-calendar.js';
import { dateText, type PlainDate } from '../dates.js';

type Day = (date: PlainDate) => PlainDate;

/**
 * The same calendar, remembering each answer: replaying thousands of timelines asks
 * the same few hundred days again and again, and date arithmetic is the costly part.
 * Answers are found by the date object first (timelines share them), then by its text.
 * @example memoCalendar(calendar).addBusinessDays(date('2026-11-23'), 3) // 2026-11-27, once computed
 */
export function memoCalendar(calendar: BusinessCalendar): BusinessCalendar {
  const known = new Map<string, PlainDate>();
  const remember = (key: string, work: () => PlainDate): PlainDate => {
    let day = known.get(key);
    if (day === undefined) {
      day = work();
      if (known.size >= 50_000) known.clear();
      known.set(key, day);
    }
    return day;
  };
  const added = new Map<number, Day>();
  const first = byObject((date) =>
    remember(`${dateText(date)}>`, () => calendar.firstBusinessDayOnOrAfter(date)),
  );
  const last = byObject((date) =>
    remember(`${dateText(date)}<`, () => calendar.lastBusinessDayOnOrBefore(date)),
  );
  return {
    isBusinessDay: (date) => calendar.isBusinessDay(date),
    holidayOn: (date) => calendar.holidayOn(date),
    holidaysBetween: (from, to) => calendar.holidaysBetween(from, to),
    addBusinessDays: (date, n) => {
      let add = added.get(n);
      if (add === undefined) {
        add = byObject((day) =>
          remember(`${dateText(day)}+${n}`, () => calendar.addBusinessDays(day, n)),
        );
        added.set(n, add);
      }
      return add(date);
    },
    firstBusinessDayOnOrAfter: first,
    lastBusinessDayOnOrBefore: last,
  };
}

// Dates are immutable: an answer for one date object holds for as long as the object lives.
function byObject(work: Day): Day {
  const known = new WeakMap<PlainDate, PlainDate>();
  return (date) => {
    let day = known.get(date);
    if (day === undefined) {
      day = work(date);
      known.set(date, day);
    }
    return day;
  };
}
