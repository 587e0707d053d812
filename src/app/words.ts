import { type PlainDate, Temporal } from '../core/dates.js';

/** A date as people read it in messages: "Wed 2 Dec 2026". */
export function dayInWords(date: PlainDate | string): string {
  return Temporal.PlainDate.from(date)
    .toLocaleString('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    })
    .replace(',', '');
}
