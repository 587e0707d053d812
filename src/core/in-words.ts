import type { PlainDate } from './dates.js';
import type { ContactRole } from './names.js';

// One formatter for every date, made on first use: creating an Intl formatter costs
// tens of milliseconds, which a command that prints no date should not pay.
let format: Intl.DateTimeFormat | undefined;
const formatter = (): Intl.DateTimeFormat => {
  format ??= new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format;
};

/** A date as people read it in messages: "Wed 2 Dec 2026". */
export function dayInWords(date: PlainDate | string): string {
  const [y, m, d] = date.toString().split('-').map(Number);
  return formatter()
    .format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
    .replace(',', '');
}

// The contact roles as people say them (the stored names are `hiring-manager`, `hr` ...).
const ROLE_WORDS: Readonly<Record<ContactRole, string>> = {
  'hiring-manager': 'hiring manager',
  hr: 'HR',
  recruiter: 'recruiter',
  other: 'other contact',
};

/** A contact's role in words: "hiring manager", "HR". */
export function roleInWords(role: string): string {
  return Object.hasOwn(ROLE_WORDS, role) ? ROLE_WORDS[role as ContactRole] : role;
}
