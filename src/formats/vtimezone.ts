import { type PlainDate, Temporal } from '../core/dates.js';

// A calendar file that writes local times with TZID must describe the zone
// itself (RFC 5545 3.6.5): strict clients (Outlook, Thunderbird) do not know
// IANA names. The time zone database of Temporal gives every transition.

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const NS_PER_SECOND = 1_000_000_000;

interface Transition {
  /** The instant the new offset starts. */
  readonly at: Temporal.Instant;
  readonly offsetFrom: number;
  readonly offsetTo: number;
  /** The wall-clock time it happens at, read in the offset before it. */
  readonly local: Temporal.PlainDateTime;
  readonly name: string;
}

/** A UTC offset in seconds as RFC 5545 writes it: -0500, +0530, +013045. */
function utcOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hm = `${pad(Math.floor(abs / 3600))}${pad(Math.floor((abs % 3600) / 60))}`;
  return `${sign}${hm}${abs % 60 ? pad(abs % 60) : ''}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A local date-time as RFC 5545 writes it: 20261101T020000. */
export function icalLocal(t: Temporal.PlainDateTime): string {
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

/** The instant a wall-clock time names in a fixed UTC offset. */
function instantAt(local: Temporal.PlainDateTime, offsetSeconds: number): Temporal.Instant {
  return local.toZonedDateTime('UTC').toInstant().subtract({ seconds: offsetSeconds });
}

function icalUtc(at: Temporal.Instant): string {
  return `${icalLocal(at.toZonedDateTimeISO('UTC').toPlainDateTime())}Z`;
}

function abbreviation(zone: string, at: Temporal.Instant): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
  const name = parts.formatToParts(at.epochMilliseconds).find((p) => p.type === 'timeZoneName');
  return (name?.value ?? '').replace(/[\\;,]/g, (c) => `\\${c}`);
}

function transition(zone: string, at: Temporal.ZonedDateTime): Transition {
  const offsetTo = at.offsetNanoseconds / NS_PER_SECOND;
  const offsetFrom = at.subtract({ nanoseconds: 1 }).offsetNanoseconds / NS_PER_SECOND;
  const instant = at.toInstant();
  return {
    at: instant,
    offsetFrom,
    offsetTo,
    local: instant.toZonedDateTimeISO('UTC').toPlainDateTime().add({ seconds: offsetFrom }),
    name: abbreviation(zone, instant),
  };
}

/** The `n`-th `weekday` (1 = Monday) of a month; n = -1 is the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): PlainDate | null {
  if (n > 0) {
    const first = Temporal.PlainDate.from({ year, month, day: 1 });
    const day = first.add({ days: ((weekday - first.dayOfWeek + 7) % 7) + 7 * (n - 1) });
    return day.month === month ? day : null;
  }
  const last = Temporal.PlainDate.from({ year, month, day: 1 })
    .add({ months: 1 })
    .subtract({ days: 1 });
  return last.subtract({ days: (last.dayOfWeek - weekday + 7) % 7 });
}

/** A yearly rule ("second Sunday of March") that gives every transition of a group, if one does. */
function yearlyRule(group: readonly Transition[]): { byDay: number; weekday: number } | null {
  const first = group[0];
  if (!first || group.length < 2) return null;
  const { month, dayOfWeek: weekday, day, daysInMonth } = first.local;
  const candidates = [Math.ceil(day / 7), ...(day + 7 > daysInMonth ? [-1] : [])];
  return (
    candidates
      .map((byDay) => ({ byDay, weekday }))
      .find((rule) =>
        group.every(
          (t, i) =>
            t.local.year === first.local.year + i &&
            t.local.month === month &&
            nthWeekday(t.local.year, month, weekday, rule.byDay)?.equals(t.local.toPlainDate()),
        ),
      ) ?? null
  );
}

/** One STANDARD or DAYLIGHT component; `stops`: its rule ends with its last transition. */
function observance(group: readonly Transition[], stops: boolean): string[] {
  const first = group[0] as Transition;
  const kind = first.offsetTo > first.offsetFrom ? 'DAYLIGHT' : 'STANDARD';
  const rule = yearlyRule(group);
  const lines = [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${utcOffset(first.offsetFrom)}`,
    `TZOFFSETTO:${utcOffset(first.offsetTo)}`,
    ...(first.name ? [`TZNAME:${first.name}`] : []),
    `DTSTART:${icalLocal(first.local)}`,
  ];
  if (rule) {
    const last = group[group.length - 1] as Transition;
    lines.push(
      `RRULE:FREQ=YEARLY;BYMONTH=${first.local.month};BYDAY=${rule.byDay}${WEEKDAYS[rule.weekday - 1]}${
        stops ? `;UNTIL=${icalUtc(last.at)}` : ''
      }`,
    );
  } else {
    for (const t of group.slice(1)) lines.push(`RDATE:${icalLocal(t.local)}`);
  }
  lines.push(`END:${kind}`);
  return lines;
}

/**
 * The VTIMEZONE component of an IANA zone, right for every moment from `from`
 * to `to` (a year of margin either side): yearly rules where the zone keeps
 * one ("second Sunday of March at 02:00"), dated transitions otherwise.
 * @example vtimezone('America/Chicago', date('2026-01-01'), date('2026-12-31'))
 * // ['BEGIN:VTIMEZONE', 'TZID:America/Chicago', 'BEGIN:DAYLIGHT', ... 'END:VTIMEZONE']
 */
export function vtimezone(zone: string, from: PlainDate, to: PlainDate): string[] {
  const start = from.subtract({ years: 1 }).toZonedDateTime(zone);
  const end = to.add({ years: 1 }).toZonedDateTime(zone);
  const found: Transition[] = [];
  const before = start.getTimeZoneTransition('previous');
  if (before) found.push(transition(zone, before));
  for (let t = start.getTimeZoneTransition('next'); t; t = t.getTimeZoneTransition('next')) {
    if (Temporal.ZonedDateTime.compare(t, end) > 0) break;
    found.push(transition(zone, t));
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (!before) {
    // No change before the range: its first offset has held since any date a client asks about.
    const offset = start.offsetNanoseconds / NS_PER_SECOND;
    const name = abbreviation(zone, start.toInstant());
    lines.push(
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${utcOffset(found[0]?.offsetFrom ?? offset)}`,
      `TZOFFSETTO:${utcOffset(found[0]?.offsetFrom ?? offset)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      'DTSTART:19700101T000000',
      'END:STANDARD',
    );
  }
  // Transitions of one kind (same offsets, same wall-clock time) share a component.
  const groups = new Map<string, Transition[]>();
  for (const t of found) {
    const key = [t.offsetFrom, t.offsetTo, t.local.toPlainTime().toString()].join(' ');
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const until = end.toInstant();
  for (const group of groups.values()) {
    // A rule that would go on past the last transition it describes stops there.
    const last = group[group.length - 1] as Transition;
    const rule = yearlyRule(group);
    const nextDay =
      rule && nthWeekday(last.local.year + 1, last.local.month, rule.weekday, rule.byDay);
    const next = nextDay
      ? instantAt(nextDay.toPlainDateTime(last.local.toPlainTime()), last.offsetFrom)
      : null;
    lines.push(...observance(group, next !== null && Temporal.Instant.compare(next, until) <= 0));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
