import { Temporal } from 'temporal-polyfill';

export { Temporal };
export type PlainDate = Temporal.PlainDate;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses a calendar date written as `YYYY-MM-DD`; anything else, or a date that
 * does not exist, gives `undefined`.
 * @example parseIsoDate('2026-11-23') // PlainDate 2026-11-23
 * @example parseIsoDate('2026-02-30') // undefined
 */
export function parseIsoDate(text: string): PlainDate | undefined {
  if (!ISO_DATE.test(text)) return undefined;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
    return undefined;
  }
}

/**
 * Compares two dates for sorting: negative, zero or positive.
 * @example [b, a].sort(compareDates)
 */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return Temporal.PlainDate.compare(a, b);
}

/**
 * The later of two dates.
 * @example laterOf(date('2026-11-23'), date('2026-11-27')) // 2026-11-27
 */
export function laterOf(a: PlainDate, b: PlainDate): PlainDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween(date('2026-11-23'), date('2026-11-27')) // 4
 */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return from.until(to, { largestUnit: 'day' }).days;
}
