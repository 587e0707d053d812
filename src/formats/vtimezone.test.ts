import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { Temporal } from '../core/dates.js';
import { vtimezone } from './vtimezone.js';

// ical.js is an independent reader of RFC 5545: the local times it reads
// through our VTIMEZONE must be the instants of the time zone database.

const ZONES = [
  'America/Chicago',
  'America/New_York',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Europe/Berlin',
  'Europe/Dublin',
  'Europe/London',
  'Africa/Casablanca',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Pacific/Apia',
  'UTC',
];

const compact = (t: Temporal.PlainDateTime) =>
  t.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');

/** The instant ical.js reads for a local time in `zone`, through the VTIMEZONE we write. */
function readByIcalJs(zone: string, lines: string[], local: Temporal.PlainDateTime): number {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//test//EN',
    ...lines,
    'BEGIN:VEVENT',
    'UID:test',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=${zone}:${compact(local)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
  const start = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component).startDate;
  start.zone = timezone;
  return start.toUnixTime();
}

/** The instant of a local time, when it names exactly one (not in a gap or an overlap). */
function unambiguous(local: Temporal.PlainDateTime, zone: string): number | undefined {
  try {
    const earlier = local.toZonedDateTime(zone, { disambiguation: 'earlier' });
    const later = local.toZonedDateTime(zone, { disambiguation: 'later' });
    if (!earlier.equals(later)) return undefined;
    local.toZonedDateTime(zone, { disambiguation: 'reject' });
    return earlier.epochMilliseconds / 1000;
  } catch {
    return undefined;
  }
}

describe('vtimezone', () => {
  it('describes America/Chicago with its two yearly rules', () => {
    const lines = vtimezone(
      'America/Chicago',
      Temporal.PlainDate.from('2026-10-20'),
      Temporal.PlainDate.from('2026-11-30'),
    );
    expect(lines[0]).toBe('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:America/Chicago');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(lines).toContain('TZOFFSETTO:-0500');
    expect(lines).toContain('TZOFFSETTO:-0600');
    expect(lines.at(-1)).toBe('END:VTIMEZONE');
  });

  it('describes a zone without daylight saving time by its one offset', () => {
    const lines = vtimezone(
      'Asia/Kolkata',
      Temporal.PlainDate.from('2026-01-01'),
      Temporal.PlainDate.from('2026-12-31'),
    );
    expect(lines).toContain('TZOFFSETTO:+0530');
    expect(lines.some((l) => l.startsWith('RRULE'))).toBe(false);
  });

  it('lists the dated changes of a zone that keeps no yearly rule (Morocco)', () => {
    const lines = vtimezone(
      'Africa/Casablanca',
      Temporal.PlainDate.from('2026-01-01'),
      Temporal.PlainDate.from('2026-12-31'),
    );
    expect(lines.some((l) => l.startsWith('RDATE:'))).toBe(true);
    const local = Temporal.PlainDateTime.from('2026-03-01T09:00');
    expect(readByIcalJs('Africa/Casablanca', lines, local)).toBe(
      unambiguous(local, 'Africa/Casablanca'),
    );
  });

  it('gives ical.js the instant of the time zone database for any local time in its range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 365 * 12 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 24 * 4 - 1 }),
        (zone, startOffset, spanDays, quarter) => {
          const from = Temporal.PlainDate.from('2020-01-01').add({ days: startOffset });
          const to = from.add({ days: spanDays });
          const day = from.add({ days: Math.floor(spanDays / 2) + (quarter % 3) });
          const local = day.toPlainDateTime({
            hour: Math.floor(quarter / 4),
            minute: (quarter % 4) * 15,
          });
          const expected = unambiguous(local, zone);
          fc.pre(expected !== undefined);
          expect(readByIcalJs(zone, vtimezone(zone, from, to), local)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the day after a change right: 09:00 on the Monday after US daylight saving time ends', () => {
    const zone = 'America/Chicago';
    const lines = vtimezone(
      zone,
      Temporal.PlainDate.from('2026-10-20'),
      Temporal.PlainDate.from('2026-11-02'),
    );
    // Before: CDT (UTC-5); after 1 November: CST (UTC-6).
    expect(readByIcalJs(zone, lines, Temporal.PlainDateTime.from('2026-10-30T09:00'))).toBe(
      Temporal.Instant.from('2026-10-30T14:00:00Z').epochMilliseconds / 1000,
    );
    expect(readByIcalJs(zone, lines, Temporal.PlainDateTime.from('2026-11-02T09:00'))).toBe(
      Temporal.Instant.from('2026-11-02T15:00:00Z').epochMilliseconds / 1000,
    );
  });
});
