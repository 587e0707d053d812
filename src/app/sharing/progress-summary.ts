import { type PlainDate, Temporal } from '../../core/dates.js';
import { schedule } from '../../core/plan.js';
import type { Queries } from '../../store/queries.js';
import type { EventRecord } from '../../store/records.js';
import { timelineEvent } from '../cache.js';
import type { Clock } from '../context.js';
import { statusOn } from '../lists.js';
import { methodSettingsOf } from '../method-settings.js';

/** What a coach sees of a client under a `progress` grant: numbers, never notes or names of contacts. */
export interface ProgressSummary {
  /** Steps completed this week (Monday to today), and how many of them on time. */
  readonly thisWeek: { readonly done: number; readonly onTime: number };
  /** Steps past their window and not done. */
  readonly overdue: number;
  readonly pipeline: {
    readonly active: number;
    readonly interviewing: number;
    readonly holding: number;
    readonly closed: number;
  };
  /** The date of the latest logged event, or null. */
  readonly lastActivity: string | null;
  /** The next interview or meeting: its date and, when timed, its moment. */
  readonly nextInterview: { readonly date: string; readonly at: string | null } | null;
}

// The events that complete a pending step (see the progress spec's "completed").
const COMPLETING = new Set([
  'voicemail',
  'no-answer',
  'email',
  'message',
  'talked',
  'thank-you-call',
  'thank-you-note',
]);

function byOpportunity(events: readonly EventRecord[]): Map<number, EventRecord[]> {
  const out = new Map<number, EventRecord[]>();
  for (const e of events) {
    const list = out.get(e.opportunityId) ?? [];
    list.push(e);
    out.set(e.opportunityId, list);
  }
  return out;
}

/** The progress numbers of one account on its own today. */
export async function progressSummary(
  q: Queries,
  accountId: number,
  clock: Clock,
): Promise<ProgressSummary> {
  const settings = await q.settings(accountId);
  const today = clock(settings.timeZone).toPlainDate();
  const date = today.toString();
  const monday: PlainDate = today.subtract({ days: today.dayOfWeek - 1 });
  const method = await methodSettingsOf(settings);
  const pipeline = { active: 0, interviewing: 0, holding: 0, closed: 0 };
  const open = new Set<number>();
  for (const o of await q.opportunities(accountId)) {
    const status = statusOn(o, date);
    pipeline[status] += 1;
    if (status === 'active' || status === 'interviewing') open.add(o.id);
  }
  const overdue = (await q.dueSteps(accountId, date)).filter(
    (s) => open.has(s.opportunityId) && s.dueBy < date,
  ).length;
  const events = await q.allEvents(accountId);
  let lastActivity: string | null = null;
  let done = 0;
  let onTime = 0;
  for (const timeline of byOpportunity(events).values()) {
    timeline.forEach((e, i) => {
      if (lastActivity === null || e.date > lastActivity) lastActivity = e.date;
      if (!COMPLETING.has(e.type) || e.date > date) return;
      if (Temporal.PlainDate.compare(Temporal.PlainDate.from(e.date), monday) < 0) return;
      const pending = schedule(timeline.slice(0, i).map(timelineEvent), method).steps[0];
      if (!pending) return;
      done += 1;
      if (pending.dueOn.toString() <= e.date && e.date <= pending.dueBy.toString()) onTime += 1;
    });
  }
  const next = (await q.interviews(accountId, date))[0];
  return {
    thisWeek: { done, onTime },
    overdue,
    pipeline,
    lastActivity,
    nextInterview: next ? { date: next.date, at: next.at } : null,
  };
}
