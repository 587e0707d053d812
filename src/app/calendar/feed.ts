import type { CalendarFeed, FeedInterview } from '../../formats/calendar-feed.js';
import type { InterviewRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import { dayOf, playbookOf } from '../account.js';
import type { AppContext, Clock } from '../context.js';
import { attempt, fail, type Result, refuse } from '../result.js';
import { todayItem } from '../today.js';
import { idNumber, quote } from '../validate.js';
import { isSecret, uidKeyOf } from './calendar.js';

/** Past interviews stay in the feed this long, so a calendar keeps what happened. */
export const FEED_PAST_DAYS = 30;

export type { CalendarFeed, FeedInterview } from '../../formats/calendar-feed.js';

function feedInterview(i: InterviewRecord): FeedInterview {
  return {
    eventId: String(i.eventId),
    opportunityId: String(i.opportunityId),
    type: i.type,
    kind: i.kind,
    date: i.date,
    at: i.at,
    company: i.company,
    title: i.title,
    contact: i.contactName,
    contactPhone: i.contactPhone,
    contactEmail: i.contactEmail,
    note: i.note,
  };
}

async function feedOf(ctx: AppContext, only?: InterviewRecord): Promise<CalendarFeed> {
  // Written once per account (with its first feed or download); read-only after that.
  const uidKey =
    (await ctx.store.read((q) => q.calendarFeed(ctx.accountId)))?.uidKey ??
    (await ctx.store.transaction((q) => uidKeyOf(q, ctx.accountId)));
  return ctx.store.read(async (q) => {
    const { settings, now, today } = await dayOf(q, ctx);
    const date = today.toString();
    const maxFollowUps = playbookOf(settings).maxFollowUps;
    const steps = only ? [] : await q.dueSteps(ctx.accountId, '9999-12-31');
    const interviews = only
      ? [only]
      : await q.interviews(ctx.accountId, today.subtract({ days: FEED_PAST_DAYS }).toString());
    return {
      timeZone: settings.timeZone,
      date,
      madeAt: now.toInstant().toString({ smallestUnit: 'second' }),
      uidKey,
      maxFollowUps,
      steps: steps.map(todayItem(settings, date, maxFollowUps)),
      interviews: interviews.map(feedInterview),
    };
  });
}

/**
 * The calendar feed behind a secret address: every due and coming step and
 * the interviews. An unknown or revoked secret is refused, whatever its shape.
 */
export async function calendarFeed(
  deps: { readonly store: Store; readonly clock: Clock },
  token: string,
): Promise<Result<CalendarFeed>> {
  const accountId = isSecret(token)
    ? await deps.store.read((q) => q.calendarAccount(token))
    : undefined;
  if (accountId === undefined) {
    return fail(
      'unknown-calendar',
      'calendar: no calendar feed has this address; it was turned off or replaced (Settings shows the current one)',
      'token',
    );
  }
  return { ok: true, value: await feedOf({ ...deps, accountId }) };
}

/** One interview or meeting as a calendar file, to add it to a calendar by hand. */
export function interviewCalendar(ctx: AppContext, eventId: string): Promise<Result<CalendarFeed>> {
  return attempt(async () => {
    const id = idNumber(eventId);
    const event =
      id === undefined
        ? undefined
        : await ctx.store.read((q) => q.interviewEvent(ctx.accountId, id));
    if (!event) {
      refuse(
        'unknown-event',
        `unknown event ${quote(eventId)}: no event has this id`,
        'event',
        'ids are in "show"',
      );
    }
    if (event.type !== 'interview' && event.type !== 'meeting') {
      refuse(
        'invalid-input',
        `event: event ${event.eventId} is a ${event.type}; only an interview or a meeting goes in a calendar`,
        'event',
      );
    }
    return feedOf(ctx, event);
  });
}
