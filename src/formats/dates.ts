import { Temporal } from '../core/dates.js';

/** How a date such as 03/04/2026 is read: month first (US) or day first. */
export type DayOrder = 'mdy' | 'dmy';

export const DAY_ORDERS: readonly DayOrder[] = ['mdy', 'dmy'];

export type DateReading =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly ambiguous: boolean; readonly reason: string };

/** What the importer accepts, in words for its messages. */
export const ACCEPTED_DATES =
  '2026-01-12, 01/12/2026 or 12/01/2026 (with the date format mdy or dmy), 12.01.2026, 12 Jan 2026, Jan 12, 2026';

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// A time after the date ("2026-01-12 09:30", "2026-01-12T09:30:00Z") is dropped: the day is what counts.
const TIME = String.raw`(?:[ t]\d{1,2}:\d{2}.*)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})${TIME}$`);
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?\.?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/;
const MONTH_DAY = /^([a-z]{3,9})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

function monthOf(name: string): number | undefined {
  const short = MONTHS.indexOf(name.slice(0, 3) as (typeof MONTHS)[number]);
  if (short < 0) return undefined;
  const full = MONTH_NAMES[short] ?? '';
  // "Sept" and "Sept." are common; otherwise the three letters or the whole name.
  return name.length === 3 || full === name || (name === 'sept' && short === 8)
    ? short + 1
    : undefined;
}

function yearOf(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function dateOf(year: number, month: number, day: number, shown: string): DateReading {
  try {
    const date = Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
    return { ok: true, date: date.toString() };
  } catch {
    return { ok: false, ambiguous: false, reason: `${JSON.stringify(shown)} is not a date` };
  }
}

function monthWord(month: number): string {
  const name = MONTH_NAMES[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Which order the numeric dates of a column can have: a first number above 12
 * proves day first, a second above 12 proves month first.
 * @example dayOrderEvidence(['13/01/2026', '02/03/2026']) // { mdy: false, dmy: true }
 */
export function dayOrderEvidence(texts: Iterable<string>): { mdy: boolean; dmy: boolean } {
  let mdy = false;
  let dmy = false;
  for (const text of texts) {
    const m = NUMERIC.exec(text.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[3]) > 12) mdy = true;
  }
  return { mdy, dmy };
}

/**
 * How people of a holiday region write 03/04/2026, from the way its main
 * language writes dates there (Intl, that is CLDR): month first where the
 * month comes first (the United States, the Philippines), day first elsewhere,
 * year-first regions included (their day comes after their month only after the year).
 * @example regionDayOrder('US-IL') // 'mdy'
 * @example regionDayOrder('DE-BY') // 'dmy'
 */
export function regionDayOrder(region: string): DayOrder {
  const country = region.split('-')[0]?.toUpperCase() ?? '';
  try {
    const language = new Intl.Locale('und', { region: country }).maximize().language;
    const parts = new Intl.DateTimeFormat(`${language}-${country}`, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    })
      .formatToParts(new Date(Date.UTC(2026, 2, 4, 12)))
      .filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day');
    return parts[0]?.type === 'month' ? 'mdy' : 'dmy';
  } catch {
    return 'dmy';
  }
}

/** A date of the file that reads two ways (03/04/2026), to show how it was read. */
export function twoWayDate(texts: Iterable<string>): string | undefined {
  for (const text of texts) {
    const m = NUMERIC.exec(text.trim().toLowerCase());
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first <= 12 && second <= 12 && first !== second) return text.trim();
  }
  return undefined;
}

/**
 * A date in words, as a person says it: "4 March 2026".
 * @example dateInWords('2026-03-04') // '4 March 2026'
 */
export function dateInWords(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${monthWord(month ?? 1)} ${year}`;
}

/** The order the evidence proves, if it proves one. */
export function provenOrder(evidence: { mdy: boolean; dmy: boolean }): DayOrder | undefined {
  if (evidence.mdy === evidence.dmy) return undefined;
  return evidence.mdy ? 'mdy' : 'dmy';
}

/**
 * Reads a date as spreadsheets and exports write it; `order` settles 03/04/2026.
 * Without it, such a date is read only when it cannot be read two ways.
 * Two-digit years are 2000-2099.
 * @example readDate('12 Jan 2026') // { ok: true, date: '2026-01-12' }
 * @example readDate('03/04/2026', 'dmy') // { ok: true, date: '2026-04-03' }
 */
export function readDate(raw: string, order?: DayOrder): DateReading {
  const text = raw.trim().toLowerCase().replace(WEEKDAY, '');
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst)
    return dateOf(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), raw);
  const dotted = DOTTED.exec(text);
  if (dotted) return dateOf(yearOf(dotted[3] ?? ''), Number(dotted[2]), Number(dotted[1]), raw);
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[3]);
    const year = yearOf(numeric[4] ?? '');
    const use = order ?? (first > 12 ? 'dmy' : second > 12 || first === second ? 'mdy' : undefined);
    if (use === undefined) {
      return {
        ok: false,
        ambiguous: true,
        reason: `${JSON.stringify(raw)} could be ${first} ${monthWord(second)} or ${monthWord(first)} ${second}: choose the date format (mdy for month/day/year, dmy for day/month/year)`,
      };
    }
    const reading =
      use === 'mdy' ? dateOf(year, first, second, raw) : dateOf(year, second, first, raw);
    if (!reading.ok && order !== undefined) {
      const words = order === 'mdy' ? 'month/day/year' : 'day/month/year';
      return {
        ok: false,
        ambiguous: false,
        reason: `${JSON.stringify(raw)} is not a date in ${words} order`,
      };
    }
    return reading;
  }
  const dayMonth = DAY_MONTH.exec(text);
  const monthDay = dayMonth ? null : MONTH_DAY.exec(text);
  if (dayMonth || monthDay) {
    const [day, name, year] = dayMonth
      ? [dayMonth[1], dayMonth[2], dayMonth[3]]
      : [monthDay?.[2], monthDay?.[1], monthDay?.[3]];
    const month = monthOf(name ?? '');
    if (month !== undefined) return dateOf(yearOf(year ?? ''), month, Number(day), raw);
  }
  if (SERIAL.test(text)) {
    return {
      ok: false,
      ambiguous: false,
      reason: `${JSON.stringify(raw)} looks like a spreadsheet's day number; format the column as dates (such as 2026-01-12) before saving as CSV`,
    };
  }
  return {
    ok: false,
    ambiguous: false,
    reason: `${JSON.stringify(raw)} is not a date; accepted: ${ACCEPTED_DATES}`,
  };
}
