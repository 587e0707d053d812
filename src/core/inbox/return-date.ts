import { compareDates, type PlainDate, Temporal } from '../dates.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  januar: 1,
  january: 1,
  jänner: 1,
  feb: 2,
  februar: 2,
  february: 2,
  mar: 3,
  mär: 3,
  march: 3,
  märz: 3,
  maerz: 3,
  apr: 4,
  april: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juni: 6,
  jul: 7,
  july: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  okt: 10,
  october: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  dez: 12,
  december: 12,
  dezember: 12,
};

// Words after which an out-of-office names the day it ends, in English and German.
const CUE =
  /\b(?:back|return(?:ing)?|returns|until|till|through|im büro|zurück|wieder(?: da| erreichbar| im büro)?|ab|bis(?: zum| einschließlich)?|am)\b/giu;
const MONTH = '([a-zäö]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.)?';
const YEAR = '(?:,?\\s*(\\d{4}))?';
// What may stand between the cue and the date: "on", "in the office on Monday,", "dem".
const GAP = '(?:[\\p{L},]+\\s+){0,6}?';
const PATTERNS: readonly {
  re: RegExp;
  parts: (m: RegExpExecArray) => [string, string, string | undefined];
}[] = [
  {
    re: new RegExp(`^\\s*${GAP}(\\d{4})-(\\d{2})-(\\d{2})`, 'iu'),
    parts: (m) => [m[3] ?? '', m[2] ?? '', m[1]],
  },
  {
    re: new RegExp(`^\\s*${GAP}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?`, 'iu'),
    parts: (m) => [m[1] ?? '', m[2] ?? '', m[3]],
  },
  {
    re: new RegExp(`^\\s*${GAP}${DAY}\\s*(?:of\\s+)?${MONTH}${YEAR}`, 'iu'),
    parts: (m) => [m[1] ?? '', m[2] ?? '', m[3]],
  },
  {
    re: new RegExp(`^\\s*${GAP}${MONTH}\\s+${DAY}${YEAR}`, 'iu'),
    parts: (m) => [m[2] ?? '', m[1] ?? '', m[3]],
  },
];

function dateOf(
  day: string,
  month: string,
  year: string | undefined,
  after: PlainDate,
): PlainDate | null {
  const d = Number(day);
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase()];
  if (!m || !(d >= 1 && d <= 31) || m > 12) return null;
  let y = year === undefined ? after.year : Number(year.length === 2 ? `20${year}` : year);
  try {
    let date = Temporal.PlainDate.from({ year: y, month: m, day: d }, { overflow: 'reject' });
    // "back on 4 January", written in December, is next year's.
    if (year === undefined && compareDates(date, after) < 0) {
      y += 1;
      date = Temporal.PlainDate.from({ year: y, month: m, day: d }, { overflow: 'reject' });
    }
    return date;
  } catch {
    return null;
  }
}

/**
 * The day an out-of-office says its writer is back, if it names one (I4): the
 * first date after a cue word ("back on 7 December", "zurück am 07.12.2026",
 * "until December 7th"), on or after `received`; a year-less date that has
 * passed is next year's. `returnDate('I am back on 7 December.', 2026-12-01)`
 * is 2026-12-07.
 */
export function returnDate(text: string, received: PlainDate): PlainDate | null {
  const sample = text.slice(0, 20_000);
  for (const cue of sample.matchAll(CUE)) {
    const rest = sample.slice(
      (cue.index ?? 0) + cue[0].length,
      (cue.index ?? 0) + cue[0].length + 80,
    );
    for (const { re, parts } of PATTERNS) {
      const m = re.exec(rest);
      if (!m) continue;
      const [day, month, year] = parts(m);
      const date = dateOf(day, month, year, received);
      if (date && compareDates(date, received) >= 0 && date.since(received).days <= 366)
        return date;
    }
  }
  return null;
}
