import { Temporal } from '../core/dates.js';
import type { Action } from '../core/plan.js';
import type { DueStepRecord, InterviewRecord, SettingsRecord } from '../store/records.js';
import { dayOf, playbookOf } from './account.js';
import type { AppContext } from './context.js';
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

export interface TodayView {
  readonly date: string;
  /** Due today or earlier and not done: overdue first, then by "due on". */
  readonly items: readonly TodayItem[];
  /** Due after today, within `UPCOMING_DAYS`. */
  readonly upcoming: readonly TodayItem[];
  /** Interviews and meetings still to come, today included. */
  readonly interviews: readonly InterviewItem[];
  /** The playbook's number of follow-ups, to show where each stands ("2 of 3"). */
  readonly maxFollowUps: number;
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
export async function today(ctx: AppContext): Promise<TodayView> {
  return ctx.store.read(async (q) => {
    const { settings, now, today } = await dayOf(q, ctx);
    const date = today.toString();
    const horizon = today.add({ days: UPCOMING_DAYS }).toString();
    const maxFollowUps = playbookOf(settings).maxFollowUps;
    const [steps, interviews] = await Promise.all([
      q.dueSteps(ctx.accountId, horizon),
      q.interviews(ctx.accountId, date),
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
        .filter(
          (i) =>
            i.at === null || Temporal.Instant.compare(Temporal.Instant.from(i.at), nowInstant) >= 0,
        )
        .map(interviewItem),
      maxFollowUps,
    };
  });
}
