import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, daysBetween, laterOf, parseIsoDate, Temporal } from './dates.js';
import { d } from './test-support/method-fixtures.js';

describe('Dates: calendar dates as YYYY-MM-DD', () => {
  it('reads a date that exists', () => {
    expect(parseIsoDate('2026-11-23')).toEqual(d('2026-11-23'));
    expect(parseIsoDate('2028-02-29')).toEqual(d('2028-02-29'));
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-11-31',
    '2026-11-23T10:00',
    '26-11-23',
    '2026-1-23',
    '+002026-11-23',
    ' 2026-11-23',
    'tomorrow',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });

  it('reads every YYYY-MM-DD text as Temporal does, again and again', () => {
    const digits = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 39 }),
        (year, month, day) => {
          const text = `${digits(year, 4)}-${digits(month, 2)}-${digits(day, 2)}`;
          let expected: string | undefined;
          try {
            expected = Temporal.PlainDate.from(text, { overflow: 'reject' }).toString();
          } catch {
            expected = undefined;
          }
          expect(parseIsoDate(text)?.toString()).toBe(expected);
          expect(parseIsoDate(text)?.toString()).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('compares, picks the later date and counts days between', () => {
    const dates = [d('2026-12-01'), d('2026-11-23'), d('2027-01-01')];
    expect(dates.sort(compareDates).map(String)).toEqual([
      '2026-11-23',
      '2026-12-01',
      '2027-01-01',
    ]);
    expect(laterOf(d('2026-11-23'), d('2026-11-27'))).toEqual(d('2026-11-27'));
    expect(laterOf(d('2026-11-27'), d('2026-11-23'))).toEqual(d('2026-11-27'));
    expect(daysBetween(d('2026-11-23'), d('2026-11-27'))).toBe(4);
    expect(daysBetween(d('2026-11-27'), d('2026-11-23'))).toBe(-4);
    expect(daysBetween(d('2026-12-30'), d('2027-01-02'))).toBe(3);
  });
});
