// Which days are not business days, as the server's today answer says (the holiday region's
// public holidays, the weekend, the user's days off), for the date pickers to show them.
import type { BusinessDaysView } from './api.js';

export type DayOff =
  | { readonly kind: 'holiday'; readonly name: string }
  | { readonly kind: 'day-off' }
  | { readonly kind: 'weekend' };

/** ISO weekday of a 'YYYY-MM-DD' date: 1 = Monday ... 7 = Sunday. */
function isoWeekday(date: string): number {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Why `date` is not a business day, or null for a business day. */
export function dayOff(date: string, days: BusinessDaysView): DayOff | null {
  const holiday = days.holidays.find((h) => h.date === date);
  if (holiday) return { kind: 'holiday', name: holiday.name };
  if (days.daysOff.includes(date)) return { kind: 'day-off' };
  if (days.weekendDays.includes(isoWeekday(date))) return { kind: 'weekend' };
  return null;
}

/** "Thanksgiving Day, a public holiday", "your day off", "the weekend". */
export function dayOffInWords(off: DayOff): string {
  if (off.kind === 'holiday') return `${off.name}, a public holiday`;
  return off.kind === 'day-off' ? 'your day off' : 'the weekend';
}

/** Mantine's weekend days (0 = Sunday ... 6 = Saturday) from ISO weekdays. */
export function mantineWeekend(days: BusinessDaysView): (0 | 1 | 2 | 3 | 4 | 5 | 6)[] {
  return days.weekendDays.map((d) => (d % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6);
}
