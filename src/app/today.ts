import { Temporal } from '../core/dates.js';
import type { Action } from '../core/plan.js';
import type { DueStepRecord, InterviewRecord, SettingsRecord } from '../store/records.js';
import { dayOf, playbookOf } from './account.js';
import type { AppContext } from './context.js';
import { methodSettingsOf } from './method-settings.js';
import { type StepView, scriptContext, stepView } from './views.js';

/** How far ahead the today list looks. */
export const UPCOMING_DAYS = 14;

export interface TodayItem extends StepView {
  readonly opportunityId: string;
  readonly contact: string | null;
  readonly company: string | null;
  readonly title: string | null;
  readonly kind: string;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
  readonly contactRole: string | null;
  /** Unanswered follow-ups so far in the current run. */
  readonly followUps: number;
}

export interface InterviewItem {
  readonly opportunityId: string;
  /** The moment with its offset; null for an interview logged with a date only. */
  readonly at: string | null;
  readonly date: string;
  readonly type: string;
  readonly contact: string | null;
  readonly company: string | null;
  readonly title: string | null;
}

/** An opportunity with nothing logged that starts the method: "apply, then log it". */
export interface ToStartItem {
  readonly opportunityId: string;
  /** `job`: apply, then log it; `networking`: reach out, then log it. */
  readonly kind: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly postingUrl: string | null;
  readonly contact: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
}

/** The days a date picker marks: the coming year's public holidays and days off, the weekend. */
export interface BusinessDaysView {
  /** The first business day after today: the day a callback is asked for unless the user says. */
  readonly nextBusinessDay: string;
  /** ISO weekdays not worked: 1 = Monday ... 7 = Sunday. */
  readonly weekendDays: readonly number[];
  /** Public holidays of the holiday region, today and the coming 12 months. */
  readonly holidays: readonly { readonly date: string; readonly name: string }[];
  /** The user's own days off, today and later. */
  readonly daysOff: readonly string[];
}

async function businessDaysView(
  settings: SettingsRecord,
  today: Temporal.PlainDate,
): Promise<BusinessDaysView> {
  // The holiday data (method-settings.ts) loads only where a date picker needs it.
  const { calendar } = await methodSettingsOf(settings);
  const date = today.toString();
  return {
    nextBusinessDay: calendar.addBusinessDays(today, 1).toString(),
    weekendDays: [...settings.weekendDays],
    holidays: calendar
      .holidaysBetween(today, today.add({ months: 12 }))
      .map((h) => ({ date: h.date.toString(), name: h.name })),
    daysOff: settings.daysOff.filter((d) => d >= date),
  };
}

/** How many not-yet-started opportunities Today lists at most. */
export const TO_START_LIMIT = 50;

export interface TodayView {
  readonly date: string;
  /** Due today or earlier and not done: overdue first, then by "due on". */
  readonly items: readonly TodayItem[];
  /** Due after today, within `UPCOMING_DAYS`. */
  readonly upcoming: readonly TodayItem[];
  /** Interviews and meetings still to come, later today included (R13: a date-only one of today is held). */
  readonly interviews: readonly InterviewItem[];
  /** The playbook's number of follow-ups, to show where each stands ("2 of 3"). */
  readonly maxFollowUps: number;
  /** Open opportunities not applied to (or reached out to) yet, oldest first: nothing is due until then. */
  readonly toStart: readonly ToStartItem[];
  /** What makes a day a business day, for the web app's date pickers (a callback's date); asked for with `withBusinessDays`. */
  readonly businessDays?: BusinessDaysView;
}

function interviewItem(i: InterviewRecord): InterviewItem {
  return {
    opportunityId: String(i.opportunityId),
    at: i.at,
    date: i.date,
    type: i.type,
    contact: i.contactName,
    company: i.company,
    title: i.title,
  };
}

/** A cached step as the today list, the calendar feed and the morning e-mail show it. */
export function todayItem(
  settings: SettingsRecord,
  date: string,
  maxFollowUps: number,
): (s: DueStepRecord) => TodayItem {
  return (s) => {
    const context = scriptContext(settings, s);
    const step = stepView(
      { ...s, action: s.action as Action, overdue: date > s.dueBy },
      context,
      maxFollowUps,
      { phone: s.contactPhone, email: s.contactEmail },
    );
    return {
      opportunityId: String(s.opportunityId),
      ...step,
      contact: s.contactName,
      company: s.company,
      title: s.title,
      kind: s.kind,
      contactPhone: s.contactPhone,
      contactEmail: s.contactEmail,
      contactRole: s.contactRole,
      followUps: s.followUps,
    };
  };
}

/** What a today list depends on: the account's data (its revision), the date and the moment. */
export interface TodayStamp {
  readonly revision: number;
  /** Today in the user's time zone. */
  readonly date: string;
  readonly now: Temporal.Instant;
}

/** The stamp of the today list as it would be computed now: cheap, one small read. */
export async function todayStamp(ctx: AppContext): Promise<TodayStamp> {
  const { revision, timeZone } = await ctx.store.read((q) => q.revision(ctx.accountId));
  const now = ctx.clock(timeZone);
  return { revision, date: now.toPlainDate().toString(), now: now.toInstant() };
}

/**
 * `today`: whom to contact, how and with what words. Reads the next-due cache
 * through its index; nothing here replays a timeline.
 */
export async function today(
  ctx: AppContext,
  options: { readonly withBusinessDays?: boolean } = {},
): Promise<TodayView> {
  return ctx.store.read(async (q) => {
    const { settings, now, today } = await dayOf(q, ctx);
    const date = today.toString();
    const horizon = today.add({ days: UPCOMING_DAYS }).toString();
    const maxFollowUps = playbookOf(settings).maxFollowUps;
    const [steps, interviews, waiting] = await Promise.all([
      q.dueSteps(ctx.accountId, horizon),
      q.interviews(ctx.accountId, date),
      q.awaitingStart(ctx.accountId, TO_START_LIMIT),
    ]);
    const item = todayItem(settings, date, maxFollowUps);
    const due = steps.filter((s) => s.dueOn <= date).map(item);
    // Stable sort: overdue first; within each group the query's "due on" order stays.
    due.sort((a, b) => Number(b.overdue) - Number(a.overdue));
    const nowInstant = now.toInstant();
    return {
      date,
      items: due,
      upcoming: steps.filter((s) => s.dueOn > date).map(item),
      interviews: interviews
        // R13: one with a date and no time is held on its date, so for today it is not to come.
        .filter((i) =>
          i.at === null
            ? i.date > date
            : Temporal.Instant.compare(Temporal.Instant.from(i.at), nowInstant) >= 0,
        )
        .map(interviewItem),
      maxFollowUps,
      ...(options.withBusinessDays
        ? { businessDays: await businessDaysView(settings, today) }
        : {}),
      toStart: waiting.map(
        (w): ToStartItem => ({
          opportunityId: String(w.opportunityId),
          kind: w.kind,
          company: w.company,
          title: w.title,
          postingUrl: w.postingUrl,
          contact: w.contactName,
          contactPhone: w.contactPhone,
          contactEmail: w.contactEmail,
        }),
      ),
    };
  });
}
