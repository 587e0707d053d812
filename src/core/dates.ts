import { Temporal } from 'temporal-polyfill';

export { Temporal };
export type PlainDate = Temporal.PlainDate;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// A today list or a replay reads the same few hundred dates again and again, and the
// polyfill's parser is slow while cold: each text is read once (dates are immutable), and a
// text that matches the pattern is built from its three numbers.
const parsed = new Map<string, PlainDate>();
const PARSED_KEPT = 4096;

/**
 * Parses a calendar date written as `YYYY-MM-DD`; anything else, or a date that
 * does not exist, gives `undefined`.
 * @example parseIsoDate('2026-11-23') // PlainDate 2026-11-23
 * @example parseIsoDate('2026-02-30') // undefined
 */
export function parseIsoDate(text: string): PlainDate | undefined {
  const known = parsed.get(text);
  if (known) return known;
  const parts = ISO_DATE.exec(text);
  if (!parts) return undefined;
  let date: PlainDate;
  try {
    // The constructor rejects a day or month that does not exist.
    date = new Temporal.PlainDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  } catch {
    return undefined;
  }
  if (parsed.size >= PARSED_KEPT) parsed.clear();
  parsed.set(text, date);
  return date;
}

/**
 * Compares two dates for sorting: negative, zero or positive.
 * @example [b, a].sort(compareDates)
 */
export function compareDates(a: PlainDate, b: PlainDate): number {
  if (a === b) return 0;
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

// Replaying thousands of timelines compares and prints the same few hundred dates again and
// again, and the polyfill's arithmetic is the costly part: each date object is read once.
const numbers = new WeakMap<PlainDate, number>();
const texts = new WeakMap<PlainDate, string>();

// year * 10000 + month * 100 + day: the same order as the dates (month * 100 + day < 10000).
function dayNumber(date: PlainDate): number {
  let n = numbers.get(date);
  if (n === undefined) {
    n = date.year * 10_000 + date.month * 100 + date.day;
    numbers.set(date, n);
  }
  return n;
}

/**
 * `date.toString()`, computed once per date object.
 * @example dateText(date('2026-11-23')) // '2026-11-23'
 */
export function dateText(date: PlainDate): string {
  let text = texts.get(date);
  if (text === undefined) {
    text = date.toString();
    texts.set(date, text);
  }
  return text;
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
