import { describe, expect, it } from 'vitest';
import { Temporal } from '../dates.js';
import { returnDate } from './return-date.js';

const d = (s: string) => Temporal.PlainDate.from(s);
describe('I4: the return date of an out-of-office', () => {
  const received = d('2026-12-01');
  it.each([
    ['I am out of the office and will be back on 7 December.', '2026-12-07'],
    ['I will return on Monday, December 7th, 2026 with limited access to email.', '2026-12-07'],
    ['Thank you for your message. I am out of the office until 12/07.', null],
    ['Ich bin ab dem 7. Dezember wieder im Büro.', '2026-12-07'],
    ['Ich bin bis einschließlich 04.12.2026 nicht erreichbar.', '2026-12-04'],
    ['Vielen Dank. Ich bin am 07.12. zurück.', '2026-12-07'],
    ['Back in the office on 4 January.', '2027-01-04'],
    ['I am away with no access to e-mail.', null],
    ['I returned on 3 November', null],
    ['back 2026-12-09', '2026-12-09'],
  ])('%s -> %s', (text, expected) => {
    expect(returnDate(text, received)?.toString() ?? null).toBe(expected);
  });
});
