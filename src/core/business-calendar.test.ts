import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BusinessCalendar,
  checkInWindow,
  createBusinessCalendar,
} from './business-calendar.js';
import { compareDates } from './dates.js';
import { publicHolidays } from './holidays.js';
import { businessDaysAfter, dateBetween } from './test-support/arbitraries.js';
import { d } from './test-support/method-fixtures.js';

function calendarOf(
  region: string,
  rules: { weekendDays?: number[]; daysOff?: string[] } = {},
): BusinessCalendar {
  return createBusinessCalendar(publicHolidays(region), {
    weekendDays: rules.weekendDays ?? [6, 7],
    daysOff: (rules.daysOff ?? []).map(d),
  });
}

const US = calendarOf('US');
const US_IL = calendarOf('US-IL');
const GB = calendarOf('GB');
const DE_BY = calendarOf('DE-BY');
const REGIONS = { US, 'US-IL': US_IL, GB, 'DE-BY': DE_BY } as const;

const days = (dates: readonly { date: { toString(): string } }[]) =>
  dates.map((h) => h.date.toString());

describe('Business day: weekdays that are not public holidays', () => {
  it('US: Thanksgiving 2026-11-26 is not a business day; the day after and Christmas Eve are', () => {
    expect(US.isBusinessDay(d('2026-11-26'))).toBe(false);
    expect(US.holidayOn(d('2026-11-26'))?.name).toBe('Thanksgiving Day');
    expect(US.isBusinessDay(d('2026-11-27'))).toBe(true);
    expect(US.holidayOn(d('2026-11-27'))).toBeUndefined();
    expect(US.isBusinessDay(d('2026-12-24'))).toBe(true);
    expect(US.isBusinessDay(d('2026-12-25'))).toBe(false);
  });

  it('US: the Independence Day substitute Friday 2026-07-03 is not a business day', () => {
    expect(US.isBusinessDay(d('2026-07-03'))).toBe(false);
    expect(US.holidayOn(d('2026-07-03'))?.name).toMatch(/Independence Day/);
    expect(US.isBusinessDay(d('2026-07-02'))).toBe(true);
  });

  it('weekends are never business days (default Saturday and Sunday)', () => {
    expect(US.isBusinessDay(d('2026-11-28'))).toBe(false);
    expect(US.isBusinessDay(d('2026-11-29'))).toBe(false);
    expect(US.isBusinessDay(d('2026-11-30'))).toBe(true);
  });

  it('US-IL: Lincoln’s Birthday 2026-02-12 is a holiday in US-IL but a business day in US', () => {
    expect(US_IL.isBusinessDay(d('2026-02-12'))).toBe(false);
    expect(US_IL.holidayOn(d('2026-02-12'))?.name).toBe("Lincoln's Birthday");
    expect(US.isBusinessDay(d('2026-02-12'))).toBe(true);
    expect(US_IL.isBusinessDay(d('2026-11-26'))).toBe(false);
  });

  it('GB: the Boxing Day substitute Monday 2026-12-28 is not a business day (it is in US)', () => {
    expect(GB.isBusinessDay(d('2026-12-28'))).toBe(false);
    expect(US.isBusinessDay(d('2026-12-28'))).toBe(true);
    expect(GB.isBusinessDay(d('2026-11-26'))).toBe(true);
    expect(GB.isBusinessDay(d('2026-12-24'))).toBe(true);
  });

  it('DE-BY: Heilige Drei Könige and Fronleichnam are not business days; Allerheiligen is a Sunday holiday', () => {
    expect(DE_BY.isBusinessDay(d('2026-01-06'))).toBe(false);
    expect(DE_BY.isBusinessDay(d('2026-06-04'))).toBe(false);
    expect(DE_BY.holidayOn(d('2026-11-01'))?.name).toBe('Allerheiligen');
    expect(DE_BY.isBusinessDay(d('2026-11-01'))).toBe(false);
    expect(US.isBusinessDay(d('2026-01-06'))).toBe(true);
    // Bank and school holidays are not public: business days.
    expect(DE_BY.isBusinessDay(d('2026-12-24'))).toBe(true);
    expect(DE_BY.isBusinessDay(d('2026-11-18'))).toBe(true);
  });

  it('a substitute day in the year before its holiday still counts (31 Dec for 1 Jan)', () => {
    // 2022-01-01 was a Saturday: observed on Friday 2021-12-31 in the US, Monday 2022-01-03 in GB.
    expect(US.isBusinessDay(d('2021-12-31'))).toBe(false);
    expect(GB.isBusinessDay(d('2022-01-03'))).toBe(false);
    // Christmas 2021 was a Saturday too: observed on Friday 2021-12-24.
    expect(days(US.holidaysBetween(d('2021-12-20'), d('2021-12-31')))).toEqual([
      '2021-12-24',
      '2021-12-25',
      '2021-12-31',
    ]);
    expect(US.holidayOn(d('2021-12-31'))?.name).toMatch(/New Year/);
  });
});

describe('Business day: D + n bd', () => {
  it('R1: 2026-11-23 + 3 bd is 2026-11-27 in US, skipping Thanksgiving', () => {
    expect(US.addBusinessDays(d('2026-11-23'), 3)).toEqual(d('2026-11-27'));
    expect(GB.addBusinessDays(d('2026-11-23'), 3)).toEqual(d('2026-11-26'));
  });

  it('D itself never counts: + 1 bd from a business day is the next business day', () => {
    expect(US.addBusinessDays(d('2026-11-30'), 1)).toEqual(d('2026-12-01'));
    expect(US.addBusinessDays(d('2026-11-27'), 1)).toEqual(d('2026-11-30'));
  });

  it('D may be a weekend day or a holiday', () => {
    expect(US.addBusinessDays(d('2026-11-28'), 1)).toEqual(d('2026-11-30'));
    expect(US.addBusinessDays(d('2026-11-29'), 3)).toEqual(d('2026-12-02'));
    expect(US.addBusinessDays(d('2026-11-26'), 1)).toEqual(d('2026-11-27'));
  });

  it('+ 0 bd is D itself, business day or not', () => {
    expect(US.addBusinessDays(d('2026-11-23'), 0)).toEqual(d('2026-11-23'));
    expect(US.addBusinessDays(d('2026-11-26'), 0)).toEqual(d('2026-11-26'));
  });

  it('rejects a negative or fractional count', () => {
    expect(() => US.addBusinessDays(d('2026-11-23'), -1)).toThrow(RangeError);
    expect(() => US.addBusinessDays(d('2026-11-23'), 1.5)).toThrow(RangeError);
    expect(() => US.addBusinessDays(d('2026-11-23'), Number.NaN)).toThrow(RangeError);
  });

  it('over Christmas each region skips its own holidays', () => {
    // Wed 2026-12-23 + 3 bd
    expect(US.addBusinessDays(d('2026-12-23'), 3)).toEqual(d('2026-12-29')); // 24, 28, 29
    expect(GB.addBusinessDays(d('2026-12-23'), 3)).toEqual(d('2026-12-30')); // 24, 29, 30
    expect(DE_BY.addBusinessDays(d('2026-12-23'), 3)).toEqual(d('2026-12-29')); // 24, 28, 29
  });

  it('in the year of a region’s own holidays: US-IL Lincoln’s Birthday, DE-BY Heilige Drei Könige', () => {
    expect(US_IL.addBusinessDays(d('2026-02-09'), 3)).toEqual(d('2026-02-13'));
    expect(US.addBusinessDays(d('2026-02-09'), 3)).toEqual(d('2026-02-12'));
    expect(DE_BY.addBusinessDays(d('2026-01-02'), 3)).toEqual(d('2026-01-08'));
    expect(US.addBusinessDays(d('2026-01-02'), 3)).toEqual(d('2026-01-07'));
  });

  it('crosses a year end', () => {
    expect(US.addBusinessDays(d('2026-12-30'), 2)).toEqual(d('2027-01-04')); // 31, (1 Jan), 4
  });
});

describe('Business day: nearest business day', () => {
  it('firstBusinessDayOnOrAfter keeps a business day and moves past weekends and holidays', () => {
    expect(US.firstBusinessDayOnOrAfter(d('2026-11-27'))).toEqual(d('2026-11-27'));
    expect(US.firstBusinessDayOnOrAfter(d('2026-11-26'))).toEqual(d('2026-11-27'));
    expect(US.firstBusinessDayOnOrAfter(d('2026-11-28'))).toEqual(d('2026-11-30'));
    expect(GB.firstBusinessDayOnOrAfter(d('2026-12-25'))).toEqual(d('2026-12-29'));
    expect(DE_BY.firstBusinessDayOnOrAfter(d('2026-04-03'))).toEqual(d('2026-04-07'));
  });

  it('lastBusinessDayOnOrBefore keeps a business day and moves back over weekends and holidays', () => {
    expect(US.lastBusinessDayOnOrBefore(d('2026-11-27'))).toEqual(d('2026-11-27'));
    expect(US.lastBusinessDayOnOrBefore(d('2026-11-29'))).toEqual(d('2026-11-27'));
    expect(US.lastBusinessDayOnOrBefore(d('2026-11-26'))).toEqual(d('2026-11-25'));
    expect(GB.lastBusinessDayOnOrBefore(d('2026-12-28'))).toEqual(d('2026-12-24'));
    expect(US.lastBusinessDayOnOrBefore(d('2026-07-05'))).toEqual(d('2026-07-02'));
  });
});

describe('Business day: configurable weekend', () => {
  const friSat = calendarOf('US', { weekendDays: [5, 6] });

  it('with a Friday-Saturday weekend, Sunday is a business day and Friday is not', () => {
    expect(friSat.isBusinessDay(d('2026-11-22'))).toBe(true); // Sunday
    expect(friSat.isBusinessDay(d('2026-11-20'))).toBe(false); // Friday
    expect(friSat.isBusinessDay(d('2026-11-21'))).toBe(false); // Saturday
  });

  it('with a Friday-Saturday weekend, D + n bd skips Friday, Saturday and the holidays', () => {
    expect(friSat.addBusinessDays(d('2026-11-19'), 1)).toEqual(d('2026-11-22')); // Thu -> Sun
    expect(friSat.addBusinessDays(d('2026-11-25'), 1)).toEqual(d('2026-11-29')); // Thanksgiving too
    expect(friSat.addBusinessDays(d('2026-11-23'), 3)).toEqual(d('2026-11-29')); // 24, 25, 29
  });

  it('refuses a week without a working day', () => {
    expect(() => calendarOf('US', { weekendDays: [1, 2, 3, 4, 5, 6, 7] })).toThrow(RangeError);
  });
});

describe('Business day: personal days off', () => {
  const withDayOff = calendarOf('US', { daysOff: ['2026-11-27', '2026-12-24'] });

  it('a day off is not a business day, though not a public holiday', () => {
    expect(withDayOff.isBusinessDay(d('2026-11-27'))).toBe(false);
    expect(withDayOff.holidayOn(d('2026-11-27'))).toBeUndefined();
    expect(US.isBusinessDay(d('2026-11-27'))).toBe(true);
  });

  it('R1 with a day off: 2026-11-23 + 3 bd moves from Friday to Monday 2026-11-30', () => {
    expect(withDayOff.addBusinessDays(d('2026-11-23'), 3)).toEqual(d('2026-11-30'));
    expect(withDayOff.lastBusinessDayOnOrBefore(d('2026-12-27'))).toEqual(d('2026-12-23'));
  });

  it('days off are not listed among the public holidays', () => {
    expect(days(withDayOff.holidaysBetween(d('2026-11-20'), d('2026-12-31')))).toEqual([
      '2026-11-26',
      '2026-12-25',
    ]);
  });
});

describe('Business day: holidaysBetween', () => {
  it('lists the public holidays from one date to another, both included, in date order', () => {
    expect(days(US.holidaysBetween(d('2026-11-01'), d('2026-12-31')))).toEqual([
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
    expect(days(US.holidaysBetween(d('2026-11-26'), d('2026-11-26')))).toEqual(['2026-11-26']);
    expect(days(US.holidaysBetween(d('2026-11-27'), d('2026-12-24')))).toEqual([]);
  });

  it('spans years', () => {
    expect(days(US.holidaysBetween(d('2026-12-20'), d('2027-01-05')))).toEqual([
      '2026-12-25',
      '2027-01-01',
    ]);
    expect(days(GB.holidaysBetween(d('2026-12-20'), d('2027-01-05')))).toEqual([
      '2026-12-25',
      '2026-12-26',
      '2026-12-28',
      '2027-01-01',
    ]);
  });

  it('DE-BY January: Neujahr and Heilige Drei Könige', () => {
    expect(
      DE_BY.holidaysBetween(d('2026-01-01'), d('2026-01-31')).map((h) => [
        h.date.toString(),
        h.name,
      ]),
    ).toEqual([
      ['2026-01-01', 'Neujahr'],
      ['2026-01-06', 'Heilige Drei Könige'],
    ]);
  });

  it('is empty when the range is reversed', () => {
    expect(US.holidaysBetween(d('2026-12-31'), d('2026-11-01'))).toEqual([]);
  });
});

describe('R10 windows on business days', () => {
  it('R10: [D + 7, D + 10] after Fri 2026-12-04 is [Fri 12-11, Mon 12-14]', () => {
    expect(checkInWindow(US, d('2026-12-04'), 7, 10)).toEqual({
      dueOn: d('2026-12-11'),
      dueBy: d('2026-12-14'),
    });
  });

  it('R10: [D + 7, D + 10] after Mon 2026-12-14 is [Mon 12-21, Thu 12-24] in US (Christmas Eve works)', () => {
    expect(checkInWindow(US, d('2026-12-14'), 7, 10)).toEqual({
      dueOn: d('2026-12-21'),
      dueBy: d('2026-12-24'),
    });
  });

  it('R10: "due on" moves forward and "due by" moves back onto business days', () => {
    // After Mon 2026-12-21: [Mon 12-28, Thu 12-31]; in GB 12-28 is the Boxing Day substitute.
    expect(checkInWindow(US, d('2026-12-21'), 7, 10)).toEqual({
      dueOn: d('2026-12-28'),
      dueBy: d('2026-12-31'),
    });
    expect(checkInWindow(GB, d('2026-12-21'), 7, 10)).toEqual({
      dueOn: d('2026-12-29'),
      dueBy: d('2026-12-31'),
    });
    // After Thu 2026-11-19: D + 7 is Thanksgiving, D + 10 a Sunday.
    expect(checkInWindow(US, d('2026-11-19'), 7, 10)).toEqual({
      dueOn: d('2026-11-27'),
      dueBy: d('2026-11-27'),
    });
  });

  it('R10: when "due by" would fall before "due on", "due by" equals "due on"', () => {
    // GB, after Fri 2026-12-18: D + 7 .. D + 10 is 25, 26, 27, 28 December, none of them worked.
    expect(checkInWindow(GB, d('2026-12-18'), 7, 10)).toEqual({
      dueOn: d('2026-12-29'),
      dueBy: d('2026-12-29'),
    });
    // DE-BY, after Fri 2026-03-27: Karfreitag to Ostermontag.
    expect(checkInWindow(DE_BY, d('2026-03-27'), 7, 10)).toEqual({
      dueOn: d('2026-04-07'),
      dueBy: d('2026-04-07'),
    });
    // A two-day window over a weekend.
    expect(checkInWindow(US, d('2026-11-30'), 5, 6)).toEqual({
      dueOn: d('2026-12-07'),
      dueBy: d('2026-12-07'),
    });
  });
});

describe('Business day: properties (2020-2035, every region)', () => {
  const anyDate = dateBetween('2020-01-01', '2035-12-31');
  const anyRegion = fc.constantFrom(...(Object.keys(REGIONS) as (keyof typeof REGIONS)[]));
  const runs = { numRuns: 200 };

  it('D + n bd (n >= 1) is a business day strictly after D, with exactly n business days in (D, result]', () => {
    fc.assert(
      fc.property(anyRegion, anyDate, fc.integer({ min: 1, max: 40 }), (region, date, n) => {
        const cal = REGIONS[region];
        const result = cal.addBusinessDays(date, n);
        expect(cal.isBusinessDay(result)).toBe(true);
        expect(compareDates(result, date)).toBeGreaterThan(0);
        expect(businessDaysAfter(cal, date, result)).toBe(n);
      }),
      runs,
    );
  });

  it('D + 0 bd is D, and D + (m + n) bd = (D + m bd) + n bd', () => {
    fc.assert(
      fc.property(
        anyRegion,
        anyDate,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (region, date, m, n) => {
          const cal = REGIONS[region];
          expect(cal.addBusinessDays(date, 0)).toEqual(date);
          expect(cal.addBusinessDays(date, m + n)).toEqual(
            cal.addBusinessDays(cal.addBusinessDays(date, m), n),
          );
        },
      ),
      runs,
    );
  });

  it('firstBusinessDayOnOrAfter(x) >= x and lastBusinessDayOnOrBefore(x) <= x are business days, with none between', () => {
    fc.assert(
      fc.property(anyRegion, anyDate, (region, date) => {
        const cal = REGIONS[region];
        const first = cal.firstBusinessDayOnOrAfter(date);
        const last = cal.lastBusinessDayOnOrBefore(date);
        expect(compareDates(first, date)).toBeGreaterThanOrEqual(0);
        expect(compareDates(last, date)).toBeLessThanOrEqual(0);
        expect(cal.isBusinessDay(first)).toBe(true);
        expect(cal.isBusinessDay(last)).toBe(true);
        expect(businessDaysAfter(cal, date.subtract({ days: 1 }), first)).toBe(1);
        expect(businessDaysAfter(cal, last.subtract({ days: 1 }), date)).toBe(1);
        expect(cal.isBusinessDay(date)).toBe(first.equals(date) && last.equals(date));
      }),
      runs,
    );
  });

  it('R10: a check-in window has dueOn <= dueBy, both business days, dueOn on or after D + min', () => {
    fc.assert(
      fc.property(
        anyRegion,
        anyDate,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 10 }),
        (region, date, min, extra) => {
          const cal = REGIONS[region];
          const { dueOn, dueBy } = checkInWindow(cal, date, min, min + extra);
          expect(compareDates(dueOn, dueBy)).toBeLessThanOrEqual(0);
          expect(cal.isBusinessDay(dueOn)).toBe(true);
          expect(cal.isBusinessDay(dueBy)).toBe(true);
          expect(compareDates(dueOn, date.add({ days: min }))).toBeGreaterThanOrEqual(0);
          if (compareDates(dueBy, dueOn) > 0) {
            expect(compareDates(dueBy, date.add({ days: min + extra }))).toBeLessThanOrEqual(0);
          }
        },
      ),
      runs,
    );
  });

  it('a Friday-Saturday weekend never gives a Friday or a Saturday', () => {
    const friSat = calendarOf('US', { weekendDays: [5, 6] });
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), (date, n) => {
        const result = friSat.addBusinessDays(date, n);
        expect([5, 6]).not.toContain(result.dayOfWeek);
        expect(businessDaysAfter(friSat, date, result)).toBe(n);
      }),
      runs,
    );
  });
});
