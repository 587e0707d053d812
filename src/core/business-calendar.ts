import { dateText, type PlainDate, Temporal } from './dates.js';
import type { HolidaySource, PublicHoliday } from './holidays.js';

/** What makes a day a business day for one user. */
export interface CalendarRules {
  /** ISO weekdays that are not worked: 1 = Monday ... 7 = Sunday. */
  readonly weekendDays: readonly number[];
  /** The user's own days off, besides public holidays. */
  readonly daysOff: readonly PlainDate[];
}

/** Business-day arithmetic for one user's region, weekend and days off. */
export interface BusinessCalendar {
  isBusinessDay(date: PlainDate): boolean;
  /** The public holiday on `date`, if any. */
  holidayOn(date: PlainDate): PublicHoliday | undefined;
  /** `date + n bd`: the n-th business day after `date` (`date` never counts). */
  addBusinessDays(date: PlainDate, n: number): PlainDate;
  firstBusinessDayOnOrAfter(date: PlainDate): PlainDate;
  lastBusinessDayOnOrBefore(date: PlainDate): PlainDate;
  /** Public holidays from `from` to `to`, both included. */
  holidaysBetween(from: PlainDate, to: PlainDate): PublicHoliday[];
}

// A year of weekend days off can never hold this many non-business days in a row.
const SEARCH_LIMIT = 370;

/**
 * Builds the business calendar of a user from a holiday source and their rules.
 * @example
 * const cal = createBusinessCalendar(publicHolidays('US'), { weekendDays: [6, 7], daysOff: [] });
 * cal.addBusinessDays(Temporal.PlainDate.from('2026-11-23'), 3) // 2026-11-27 (Thanksgiving skipped)
 */
export function createBusinessCalendar(
  holidays: HolidaySource,
  rules: CalendarRules,
): BusinessCalendar {
  if (rules.weekendDays.length >= 7) throw new RangeError('at least one weekday must be worked');
  const weekend = new Set(rules.weekendDays);
  const daysOff = new Set(rules.daysOff.map((d) => d.toString()));
  const byYear = new Map<number, Map<string, PublicHoliday>>();
  const cache = new Map<string, boolean>();

  function holidaysOf(year: number): Map<string, PublicHoliday> {
    let found = byYear.get(year);
    if (!found) {
      found = new Map();
      for (const h of holidays(year)) {
        if (h.date.year === year && !found.has(h.date.toString())) found.set(h.date.toString(), h);
      }
      // A substitute day can fall in the year before its holiday (31 Dec for 1 Jan).
      for (const h of holidays(year + 1)) {
        if (h.date.year === year && !found.has(h.date.toString())) found.set(h.date.toString(), h);
      }
      byYear.set(year, found);
    }
    return found;
  }

  function holidayOn(date: PlainDate): PublicHoliday | undefined {
    return holidaysOf(date.year).get(date.toString());
  }

  function isBusinessDay(date: PlainDate): boolean {
    const key = dateText(date);
    let answer = cache.get(key);
    if (answer === undefined) {
      answer = !weekend.has(date.dayOfWeek) && !daysOff.has(key) && !holidayOn(date);
      cache.set(key, answer);
    }
    return answer;
  }

  function step(date: PlainDate, direction: 1 | -1): PlainDate {
    let day = date;
    for (let i = 0; i < SEARCH_LIMIT; i++) {
      if (isBusinessDay(day)) return day;
      day = day.add({ days: direction });
    }
    throw new RangeError(`no business day within ${SEARCH_LIMIT} days of ${date.toString()}`);
  }

  return {
    isBusinessDay,
    holidayOn,
    addBusinessDays(date, n) {
      if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`n must be a whole number >= 0: ${n}`);
      let day = date;
      for (let left = n; left > 0; left--) day = step(day.add({ days: 1 }), 1);
      return day;
    },
    firstBusinessDayOnOrAfter: (date) => step(date, 1),
    lastBusinessDayOnOrBefore: (date) => step(date, -1),
    holidaysBetween(from, to) {
      const found: PublicHoliday[] = [];
      for (let year = from.year; year <= to.year; year++) {
        for (const h of holidaysOf(year).values()) {
          if (
            Temporal.PlainDate.compare(h.date, from) >= 0 &&
            Temporal.PlainDate.compare(h.date, to) <= 0
          ) {
            found.push(h);
          }
        }
      }
      return found.sort((a, b) => Temporal.PlainDate.compare(a.date, b.date));
    },
  };
}

/** A window of business days: may be done from `dueOn` to `dueBy`. */
export interface Window {
  readonly dueOn: PlainDate;
  readonly dueBy: PlainDate;
}

/**
 * R10: the window [from + minDays, from + maxDays] (calendar days) moved onto
 * business days: first business day on or after its start, last on or before
 * its end, never ending before it starts.
 * @example checkInWindow(cal, date('2026-12-04'), 7, 10) // { dueOn: 2026-12-11, dueBy: 2026-12-14 }
 */
export function checkInWindow(
  calendar: BusinessCalendar,
  from: PlainDate,
  minDays: number,
  maxDays: number,
): Window {
  // Replaying many timelines asks for the same windows again: date arithmetic is the cost.
  // Found by the date object first (timelines share them), then by its text.
  const settings = `${minDays}+${maxDays}`;
  let byCalendar = windows.get(calendar);
  if (!byCalendar) {
    byCalendar = new Map();
    windows.set(calendar, byCalendar);
  }
  let known = byCalendar.get(settings);
  if (!known) {
    known = { byDate: new WeakMap(), byText: new Map() };
    byCalendar.set(settings, known);
  }
  let window = known.byDate.get(from);
  if (window) return window;
  const key = dateText(from);
  window = known.byText.get(key);
  if (!window) {
    if (known.byText.size >= 20_000) known.byText.clear();
    window = computeCheckInWindow(calendar, from, minDays, maxDays);
    known.byText.set(key, window);
  }
  known.byDate.set(from, window);
  return window;
}

interface KnownWindows {
  readonly byDate: WeakMap<PlainDate, Window>;
  readonly byText: Map<string, Window>;
}

const windows = new WeakMap<BusinessCalendar, Map<string, KnownWindows>>();

function computeCheckInWindow(
  calendar: BusinessCalendar,
  from: PlainDate,
  minDays: number,
  maxDays: number,
): Window {
  const dueOn = calendar.firstBusinessDayOnOrAfter(from.add({ days: minDays }));
  const lastOk = calendar.lastBusinessDayOnOrBefore(from.add({ days: maxDays }));
  return { dueOn, dueBy: Temporal.PlainDate.compare(lastOk, dueOn) < 0 ? dueOn : lastOk };
}
