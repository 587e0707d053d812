// Dates as people read them: in their locale, with relative words beside them.
// Every date from the API is a plain 'YYYY-MM-DD' in the user's time zone, and
// "today" is the server's today (its clock may be fixed), never the browser's.

const DAY_MS = 86_400_000;

function locale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

/** Milliseconds of a plain date at UTC midnight, for arithmetic without time zones. */
function utc(date: string): number {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

/** "Wed 2 Dec" (in the user's locale's order). */
export function shortDay(date: string): string {
  return format({ weekday: 'short', day: 'numeric', month: 'short' })
    .format(utc(date))
    .replace(',', '');
}

/** "Wed 2 Dec 2026". */
export function fullDay(date: string): string {
  return format({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })
    .format(utc(date))
    .replace(/,/g, '');
}

/** "Wednesday 2 December". */
export function longDay(date: string): string {
  return format({ weekday: 'long', day: 'numeric', month: 'long' })
    .format(utc(date))
    .replace(',', '');
}

/** "today", "tomorrow", "in 3 days", "2 weeks ago". */
export function relativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  const words = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  if (Math.abs(days) >= 14 && Math.abs(days) < 60) {
    return words.format(Math.trunc(days / 7), 'week');
  }
  if (Math.abs(days) >= 60) return words.format(Math.trunc(days / 30), 'month');
  return words.format(days, 'day');
}

/** The wall-clock time of a moment the server wrote in the user's zone: "10:00". */
export function timeOf(moment: string): string {
  const match = /T(\d{2}):(\d{2})/.exec(moment);
  if (!match) return '';
  const [, h, m] = match;
  return format({ hour: 'numeric', minute: '2-digit' }).format(
    Date.UTC(2000, 0, 1, Number(h), Number(m)),
  );
}

export type WindowTone = 'overdue' | 'today' | 'soon' | 'later';

export interface WindowWords {
  readonly text: string;
  readonly tone: WindowTone;
  /** The window in full, for a tooltip or a screen reader. */
  readonly full: string;
}

/** A step's window in words: "2 days overdue", "Due today", "Mon 30 Nov – Thu 3 Dec". */
export function windowWords(dueOn: string, dueBy: string, today: string): WindowWords {
  const single = dueOn === dueBy;
  const full = single ? fullDay(dueOn) : `${fullDay(dueOn)} – ${fullDay(dueBy)}`;
  const late = daysBetween(dueBy, today);
  if (late > 0) {
    return { text: late === 1 ? '1 day overdue' : `${late} days overdue`, tone: 'overdue', full };
  }
  if (today >= dueOn) {
    if (today === dueBy) return { text: 'Due today', tone: 'today', full };
    return { text: `Due by ${shortDay(dueBy)}`, tone: 'today', full };
  }
  const until = daysBetween(today, dueOn);
  if (single) {
    const text =
      until === 1 ? `Tomorrow, ${shortDay(dueOn)}` : `${shortDay(dueOn)} · in ${until} days`;
    return { text, tone: until <= 2 ? 'soon' : 'later', full };
  }
  return {
    text: `${shortDay(dueOn)} – ${shortDay(dueBy)}`,
    tone: until <= 2 ? 'soon' : 'later',
    full,
  };
}

/** A date with its relative words: "Wed 2 Dec (in 3 days)". */
export function dayWithRelative(date: string, today: string | undefined): string {
  return today ? `${shortDay(date)} (${relativeDay(date, today)})` : shortDay(date);
}
