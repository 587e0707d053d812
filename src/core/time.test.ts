import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Temporal } from './dates.js';
import { dateBetween } from './test-support/arbitraries.js';
import { d } from './test-support/method-fixtures.js';
import { canonicalTimeZone, dateIn, formatInZone, isValidTimeZone, parseMoment } from './time.js';

const CHICAGO = 'America/Chicago';
const BERLIN = 'Europe/Berlin';
const at = (text: string) => Temporal.Instant.from(text);

describe('Date of an event: reading a moment', () => {
  it('a plain date is noon local time on that date', () => {
    expect(parseMoment('2026-11-23', CHICAGO)?.toString()).toBe(
      '2026-11-23T12:00:00-06:00[America/Chicago]',
    );
    expect(parseMoment('2026-11-23', BERLIN)?.toString()).toBe(
      '2026-11-23T12:00:00+01:00[Europe/Berlin]',
    );
  });

  it('a date-time with an offset is that instant, seen in the zone', () => {
    expect(parseMoment('2026-11-23T23:30:00-06:00', CHICAGO)?.toString()).toBe(
      '2026-11-23T23:30:00-06:00[America/Chicago]',
    );
    expect(parseMoment('2026-11-23T23:30:00-06:00', BERLIN)?.toString()).toBe(
      '2026-11-24T06:30:00+01:00[Europe/Berlin]',
    );
    expect(parseMoment('2026-12-03T10:00-06:00', CHICAGO)?.toString()).toBe(
      '2026-12-03T10:00:00-06:00[America/Chicago]',
    );
  });

  it('a date-time in UTC (Z) is that instant, seen in the zone', () => {
    expect(parseMoment('2026-11-24T05:30:00Z', CHICAGO)?.toString()).toBe(
      '2026-11-23T23:30:00-06:00[America/Chicago]',
    );
  });

  it('a local date-time without offset is read in the zone', () => {
    expect(parseMoment('2026-11-23T23:30', CHICAGO)?.toString()).toBe(
      '2026-11-23T23:30:00-06:00[America/Chicago]',
    );
    expect(parseMoment('2026-11-23T23:30:00', BERLIN)?.toString()).toBe(
      '2026-11-23T23:30:00+01:00[Europe/Berlin]',
    );
  });

  it.each([
    '2026-13-01',
    '2026-11-31',
    '2026-02-29',
    'tomorrow',
    '',
    ' ',
    '2026-11-23T25:00',
    '2026-11-23T12:60',
    '2026-11-23 12:00',
    '23/11/2026',
    '2026-11-23T12:00:00+0600',
    '2026-11-23T12:00:00-06:00[America/Chicago]',
    '20261123',
  ])('rejects %j', (text) => {
    expect(parseMoment(text, CHICAGO)).toBeUndefined();
  });
});

describe('Date of an event: its calendar date in the user’s time zone', () => {
  it('an application at 23:30 in Chicago on 2026-11-23 is dated 2026-11-23 though it is 11-24 in UTC', () => {
    const sent = at('2026-11-23T23:30:00-06:00');
    expect(dateIn(sent, CHICAGO)).toEqual(d('2026-11-23'));
    expect(dateIn(sent, 'UTC')).toEqual(d('2026-11-24'));
    expect(parseMoment('2026-11-23T23:30:00-06:00', CHICAGO)?.toPlainDate()).toEqual(
      d('2026-11-23'),
    );
  });

  it('an event at 00:30 in Berlin on 2026-11-24 (23:30 UTC on 11-23) is dated 2026-11-24', () => {
    const early = at('2026-11-24T00:30:00+01:00');
    expect(early.toString()).toBe('2026-11-23T23:30:00Z');
    expect(dateIn(early, BERLIN)).toEqual(d('2026-11-24'));
    expect(dateIn(early, 'UTC')).toEqual(d('2026-11-23'));
    expect(dateIn(early, CHICAGO)).toEqual(d('2026-11-23'));
  });

  it('America/Chicago, end of daylight saving time on 2026-11-01: dates stay right', () => {
    // 00:30 CDT (-05:00) on the day of the change
    expect(dateIn(at('2026-11-01T05:30:00Z'), CHICAGO)).toEqual(d('2026-11-01'));
    // 23:30 CST (-06:00) the same day; a fixed -05:00 would say 11-02
    expect(dateIn(at('2026-11-02T05:30:00Z'), CHICAGO)).toEqual(d('2026-11-01'));
    expect(parseMoment('2026-10-31', CHICAGO)?.offset).toBe('-05:00');
    expect(parseMoment('2026-11-01', CHICAGO)?.offset).toBe('-06:00');
    // 01:30 happens twice that night; the earlier one is taken
    expect(parseMoment('2026-11-01T01:30', CHICAGO)?.toPlainDate()).toEqual(d('2026-11-01'));
  });

  it('Europe/Berlin, start of daylight saving time on 2026-03-29: dates stay right', () => {
    // 00:30 CET (+01:00) on the day of the change
    expect(dateIn(at('2026-03-28T23:30:00Z'), BERLIN)).toEqual(d('2026-03-29'));
    // 00:30 CEST (+02:00) the next day; a fixed +01:00 would say 03-29
    expect(dateIn(at('2026-03-29T22:30:00Z'), BERLIN)).toEqual(d('2026-03-30'));
    expect(parseMoment('2026-03-29', BERLIN)?.toString()).toBe(
      '2026-03-29T12:00:00+02:00[Europe/Berlin]',
    );
    // 02:30 does not exist that night: it is moved forward, on the same date
    const gap = parseMoment('2026-03-29T02:30', BERLIN);
    expect(gap?.toPlainDate()).toEqual(d('2026-03-29'));
    expect(gap?.hour).toBe(3);
  });

  it('a plain date read in any zone keeps its date (property, 2020-2035)', () => {
    const zones = fc.constantFrom(
      CHICAGO,
      BERLIN,
      'Europe/London',
      'Asia/Tokyo',
      'Pacific/Auckland',
    );
    fc.assert(
      fc.property(dateBetween('2020-01-01', '2035-12-31'), zones, (date, zone) => {
        const moment = parseMoment(date.toString(), zone);
        expect(moment?.toPlainDate()).toEqual(date);
        expect(moment && dateIn(moment.toInstant(), zone)).toEqual(date);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Time zones', () => {
  it('knows IANA zone names and refuses others', () => {
    expect(isValidTimeZone(CHICAGO)).toBe(true);
    expect(isValidTimeZone(BERLIN)).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Base')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(' America/Chicago')).toBe(false);
    expect(isValidTimeZone('America/Chicago ')).toBe(false);
    expect(isValidTimeZone('Chicago')).toBe(false);
  });

  it('gives the canonical spelling of a zone', () => {
    expect(canonicalTimeZone('america/chicago')).toBe(CHICAGO);
    expect(canonicalTimeZone('EUROPE/BERLIN')).toBe(BERLIN);
  });

  it('writes an instant with the offset it has in the zone, to the second', () => {
    expect(formatInZone(at('2026-12-03T16:00:00Z'), CHICAGO)).toBe('2026-12-03T10:00:00-06:00');
    expect(formatInZone(at('2026-12-03T16:00:00.789Z'), BERLIN)).toBe('2026-12-03T17:00:00+01:00');
    expect(formatInZone(at('2026-07-03T16:00:00Z'), CHICAGO)).toBe('2026-07-03T11:00:00-05:00');
    expect(formatInZone(at('2026-11-23T23:30:00Z'), BERLIN)).toBe('2026-11-24T00:30:00+01:00');
  });

  it('formatInZone and parseMoment round-trip', () => {
    const text = formatInZone(at('2026-11-24T05:30:00Z'), CHICAGO);
    expect(parseMoment(text, CHICAGO)?.toInstant().toString()).toBe('2026-11-24T05:30:00Z');
  });
});
