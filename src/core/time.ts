import { type PlainDate, parseIsoDate, Temporal } from './dates.js';

// Area/Location names (and UTC-like single names); offsets and bracketed strings are not zones users pick.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

// Any fixed day will do to ask the time zone database about a zone; no clock is read.
const REFERENCE_DAY = Temporal.PlainDate.from('2000-01-01');

/**
 * Whether `zone` is an IANA time zone name this runtime knows.
 * @example isValidTimeZone('America/Chicago') // true
 */
export function isValidTimeZone(zone: string): boolean {
  if (!IANA_NAME.test(zone)) return false;
  try {
    REFERENCE_DAY.toZonedDateTime(zone);
    return true;
  } catch {
    return false;
  }
}

/** The canonical spelling of a valid zone (`america/chicago` -> `America/Chicago`). */
export function canonicalTimeZone(zone: string): string {
  return REFERENCE_DAY.toZonedDateTime(zone).timeZoneId;
}

const DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

/**
 * Reads a moment the way the command line accepts it: a date (noon local
 * time), a date-time with an offset, or a local date-time in `zone`.
 * Returns `undefined` when the text is none of these.
 * @example parseMoment('2026-11-23', 'America/Chicago') // 2026-11-23T12:00-06:00[America/Chicago]
 * @example parseMoment('2026-11-23T23:30:00-06:00', 'Europe/Berlin') // 2026-11-24T06:30+01:00[Europe/Berlin]
 */
export function parseMoment(text: string, zone: string): Temporal.ZonedDateTime | undefined {
  const date = parseIsoDate(text);
  if (date) return date.toZonedDateTime({ timeZone: zone, plainTime: '12:00' });
  try {
    if (DATE_TIME_WITH_OFFSET.test(text)) {
      return Temporal.Instant.from(text).toZonedDateTimeISO(zone);
    }
    if (LOCAL_DATE_TIME.test(text)) {
      return Temporal.PlainDateTime.from(text, { overflow: 'reject' }).toZonedDateTime(zone);
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * The calendar date of an instant in a time zone: an event's date.
 * @example dateIn(Temporal.Instant.from('2026-11-24T05:30:00Z'), 'America/Chicago') // 2026-11-23
 */
export function dateIn(instant: Temporal.Instant, zone: string): PlainDate {
  return instant.toZonedDateTimeISO(zone).toPlainDate();
}

/**
 * An instant written with the offset it has in `zone`, to the second.
 * @example formatInZone(Temporal.Instant.from('2026-12-03T16:00:00Z'), 'America/Chicago') // '2026-12-03T10:00:00-06:00'
 */
export function formatInZone(instant: Temporal.Instant, zone: string): string {
  return instant.toZonedDateTimeISO(zone).toString({
    timeZoneName: 'never',
    fractionalSecondDigits: 0,
  });
}
