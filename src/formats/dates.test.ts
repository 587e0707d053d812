import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Temporal } from '../core/dates.js';
import {
  DAY_ORDERS,
  dateInWords,
  dayOrderEvidence,
  provenOrder,
  readDate,
  regionDayOrder,
  twoWayDate,
} from './dates.js';

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const pad = (n: number) => String(n).padStart(2, '0');

const date = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => Temporal.PlainDate.from(d.toISOString().slice(0, 10)));

describe('reading the dates of spreadsheets and exports', () => {
  it('reads every accepted way of writing a day back to that day', () => {
    fc.assert(
      fc.property(date, (d) => {
        const iso = d.toString();
        const month = MONTHS[d.month - 1];
        const written: [string, 'mdy' | 'dmy' | undefined][] = [
          [iso, undefined],
          [`${iso} 09:30`, undefined],
          [`${iso}T09:30:00Z`, undefined],
          [`${d.year}/${pad(d.month)}/${pad(d.day)}`, undefined],
          [`${pad(d.month)}/${pad(d.day)}/${d.year}`, 'mdy'],
          [`${d.month}/${d.day}/${String(d.year).slice(2)}`, 'mdy'],
          [`${pad(d.day)}/${pad(d.month)}/${d.year}`, 'dmy'],
          [`${pad(d.day)}.${pad(d.month)}.${d.year}`, undefined],
          [`${pad(d.day)} ${month} ${d.year}`, undefined],
          [`${d.day}-${month}-${String(d.year).slice(2)}`, undefined],
          [`${month} ${d.day}, ${d.year}`, undefined],
        ];
        for (const [text, order] of written) {
          expect(readDate(text, order), text).toEqual({ ok: true, date: iso });
        }
      }),
    );
  });

  it("reads LinkedIn's Connected On", () => {
    expect(readDate('06 Mar 2023')).toEqual({ ok: true, date: '2023-03-06' });
    expect(readDate('September 5, 2025')).toEqual({ ok: true, date: '2025-09-05' });
    expect(readDate('Mon, 12 Jan 2026')).toEqual({ ok: true, date: '2026-01-12' });
  });

  it('refuses a slash date that reads two ways unless the order is given', () => {
    const r = readDate('03/04/2026');
    expect(r).toMatchObject({ ok: false, ambiguous: true });
    expect(r.ok ? '' : r.reason).toContain('could be 3 April or March 4');
    expect(readDate('03/04/2026', 'mdy')).toEqual({ ok: true, date: '2026-03-04' });
    expect(readDate('03/04/2026', 'dmy')).toEqual({ ok: true, date: '2026-04-03' });
  });

  it('reads a slash date that can be read one way only', () => {
    expect(readDate('13/04/2026')).toEqual({ ok: true, date: '2026-04-13' });
    expect(readDate('04/13/2026')).toEqual({ ok: true, date: '2026-04-13' });
    expect(readDate('05/05/2026')).toEqual({ ok: true, date: '2026-05-05' });
  });

  it('refuses a date that does not fit the order given', () => {
    const r = readDate('13/04/2026', 'mdy');
    expect(r).toMatchObject({ ok: false, ambiguous: false });
    expect(r.ok ? '' : r.reason).toContain('not a date in month/day/year order');
  });

  it('refuses days that do not exist and text that is no date, saying what is accepted', () => {
    expect(readDate('2026-02-30')).toMatchObject({
      ok: false,
      reason: '"2026-02-30" is not a date',
    });
    const words = readDate('next week');
    expect(words.ok ? '' : words.reason).toContain('accepted: 2026-01-12');
    const serial = readDate('45321');
    expect(serial.ok ? '' : serial.reason).toContain("spreadsheet's day number");
    expect(readDate('Jan 2026').ok).toBe(false);
    expect(readDate('12 Foo 2026').ok).toBe(false);
  });

  it('learns the order of a column from the dates that prove it', () => {
    expect(provenOrder(dayOrderEvidence(['01/02/2026', '25/02/2026']))).toBe('dmy');
    expect(provenOrder(dayOrderEvidence(['01/02/2026', '02/25/2026']))).toBe('mdy');
    expect(provenOrder(dayOrderEvidence(['01/02/2026', '2026-02-25']))).toBeUndefined();
    expect(provenOrder(dayOrderEvidence(['13/02/2026', '02/25/2026']))).toBeUndefined();
  });
});

describe('the day order of a holiday region', () => {
  it('is the way the region writes dates: month first in the US, day first in Britain and Germany', () => {
    expect(regionDayOrder('US')).toBe('mdy');
    expect(regionDayOrder('US-IL')).toBe('mdy');
    expect(regionDayOrder('PH')).toBe('mdy');
    expect(regionDayOrder('GB')).toBe('dmy');
    expect(regionDayOrder('DE-BY')).toBe('dmy');
    expect(regionDayOrder('FR')).toBe('dmy');
    expect(regionDayOrder('AU')).toBe('dmy');
    expect(regionDayOrder('BR')).toBe('dmy');
    // Year first (Japan, Sweden): the numbers after the year are not written month first alone.
    expect(regionDayOrder('JP')).toBe('dmy');
  });

  it('is one of the two orders for any two letters, a region known or not', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/), (region) => {
        expect(DAY_ORDERS).toContain(regionDayOrder(region));
      }),
    );
  });

  it('says in words how a date that reads two ways was read', () => {
    expect(twoWayDate(['2026-11-02', '13/01/2026', '05/05/2026', '3/4/2026'])).toBe('3/4/2026');
    expect(twoWayDate(['2026-11-02', '13/01/2026'])).toBeUndefined();
    const read = readDate('3/4/2026', 'mdy');
    expect(read.ok && dateInWords(read.date)).toBe('4 March 2026');
    const other = readDate('3/4/2026', 'dmy');
    expect(other.ok && dateInWords(other.date)).toBe('3 April 2026');
  });
});
