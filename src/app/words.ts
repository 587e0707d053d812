import type { PlainDate } from '../core/dates.js';

// One formatter for every date: creating Intl formatters is what makes date formatting slow.
const FORMAT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date as people read it in messages: "Wed 2 Dec 2026". */
export function dayInWords(date: PlainDate | string): string {
  const [y, m, d] = date.toString().split('-').map(Number);
  return FORMAT.format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).replace(',', '');
}
