// The calendar feed as an RFC 5545 file, written by ical-generator.
import {
  ICalAlarmType,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventTransparency,
} from 'ical-generator';
import type { TodayItem } from '../contract/index.js';
import { type PlainDate, parseIsoDate, Temporal } from '../core/dates.js';
import type { CalendarFeed, FeedInterview } from './calendar-feed.js';
import { foldLines } from './fold.js';
import {
  interviewSummary,
  opportunityOf,
  opportunityUrl,
  reachLines,
  scriptText,
  stepSummary,
  windowText,
} from './reminder-text.js';
import { vtimezone } from './vtimezone.js';

/** How long a calendar app may wait before fetching the feed again. */
export const REFRESH_SECONDS = 60 * 60;
/** An interview's length in the calendar: the app does not know it. */
const INTERVIEW_MINUTES = 60;
/** The alarm before an interview. */
const ALARM_SECONDS = 60 * 60;

export interface IcsOptions {
  /** The web app's address, for the links back to each opportunity. */
  readonly appUrl: string;
  /** The calendar's name in the calendar app. */
  readonly name?: string;
}

/**
 * The same step keeps its UID from one refresh to the next (and moves when
 * its date moves); the account's key keeps two installations apart.
 */
export function stepUid(step: TodayItem, uidKey: string): string {
  const n = step.followUpNumber ? `-${step.followUpNumber}` : '';
  return `step-${step.opportunityId}-${step.action}${n}.${uidKey}@justenough`;
}

export function interviewUid(interview: FeedInterview, uidKey: string): string {
  return `event-${interview.eventId}.${uidKey}@justenough`;
}

function date(text: string): PlainDate {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new Error(`not a date: ${text}`);
  return parsed;
}

/**
 * The days a step shows on: every day of its window while the window is open, and today once
 * it is overdue, so that a calendar never looks empty while a call is owed. A calendar app
 * fetches the feed again within the hour, and an overdue step moves on with the days.
 */
export function stepDays(step: TodayItem, today: string): { start: PlainDate; end: PlainDate } {
  const start = date(step.overdue ? today : step.dueOn);
  const last = step.overdue ? start : date(step.dueBy);
  return { start, end: last.add({ days: 1 }) };
}

function addStep(cal: ICalCalendar, feed: CalendarFeed, step: TodayItem, options: IcsOptions) {
  const link = opportunityUrl(options.appUrl, step.opportunityId);
  cal.createEvent({
    id: stepUid(step, feed.uidKey),
    stamp: Temporal.Instant.from(feed.madeAt),
    allDay: true,
    ...stepDays(step, feed.date),
    summary: stepSummary(step, feed.maxFollowUps),
    description: [
      `${step.label} for ${opportunityOf(step)}.`,
      windowText(step),
      ...reachLines(step),
      '',
      scriptText(step),
      '',
      `Open it in JustEnough and log what happened: ${link}`,
    ].join('\n'),
    url: link,
    // A reminder to act, not time taken: free/busy stays free.
    transparency: ICalEventTransparency.TRANSPARENT,
  });
}

function addInterview(
  cal: ICalCalendar,
  feed: CalendarFeed,
  interview: FeedInterview,
  options: IcsOptions,
) {
  const link = opportunityUrl(options.appUrl, interview.opportunityId);
  const description = [
    `${interview.type === 'meeting' ? 'Meeting' : 'Interview'} for ${opportunityOf(interview)}${interview.contact ? ` with ${interview.contact}` : ''}.`,
    ...reachLines(interview),
    ...(interview.note ? ['', interview.note] : []),
    '',
    'After it: a thank-you call and a handwritten thank-you note the next business day.',
    '',
    `Open it in JustEnough: ${link}`,
  ].join('\n');
  const common = {
    id: interviewUid(interview, feed.uidKey),
    stamp: Temporal.Instant.from(feed.madeAt),
    summary: interviewSummary(interview),
    description,
    url: link,
  };
  if (interview.at === null) {
    const day = date(interview.date);
    cal.createEvent({ ...common, allDay: true, start: day, end: day.add({ days: 1 }) });
    return;
  }
  const start = Temporal.Instant.from(interview.at).toZonedDateTimeISO(feed.timeZone);
  const event = cal.createEvent({
    ...common,
    start,
    end: start.add({ minutes: INTERVIEW_MINUTES }),
    timezone: feed.timeZone,
  });
  event.createAlarm({
    type: ICalAlarmType.display,
    trigger: ALARM_SECONDS,
    description: common.summary,
  });
}

/** The VTIMEZONE of the user's zone, right for every interview's date. */
function zoneLines(feed: CalendarFeed): string[] {
  const timed = feed.interviews.filter((i) => i.at !== null).map((i) => date(i.date));
  if (timed.length === 0) return [];
  const sorted = timed.sort(Temporal.PlainDate.compare);
  return vtimezone(feed.timeZone, sorted[0] as PlainDate, sorted[sorted.length - 1] as PlainDate);
}

/**
 * The feed as a calendar file: every step an all-day event over the days of its
 * window (today once overdue), every interview a timed event in the user's zone with an alarm.
 * Lines end in CRLF and are folded at 75 octets.
 */
export function renderCalendar(feed: CalendarFeed, options: IcsOptions): string {
  const properties = {
    name: options.name ?? 'JustEnough follow-ups',
    description: 'Your follow-ups from JustEnough: whom to contact and with what words',
    prodId: { company: 'JustEnough', product: 'JustEnough', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: REFRESH_SECONDS,
  };
  const cal = new ICalCalendar(properties);
  for (const step of feed.steps) addStep(cal, feed, step, options);
  for (const interview of feed.interviews) addInterview(cal, feed, interview, options);
  // ical-generator writes each part; the calendar is put together here because
  // (1) it writes DTSTAMP in the calendar's zone when one is set, and RFC 5545 wants
  // UTC: the zone is set per event, and its VTIMEZONE added here; (2) its folding
  // encodes every character alone, most of the time of a large feed: fold.ts folds.
  const head = new ICalCalendar(properties).toString().replace(/END:VCALENDAR$/, '');
  const zone = [`X-WR-TIMEZONE:${feed.timeZone}`, ...zoneLines(feed)]
    .map((line) => `${line}\r\n`)
    .join('');
  const events = cal
    .events()
    .map((e) => e.toString())
    .join('');
  return foldLines(`${head}${zone}${events}END:VCALENDAR\r\n`);
}
