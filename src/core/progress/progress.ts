import type { TimelineEvent } from '../events.js';
import type { MethodSettings } from '../plan.js';
import { opportunityFacts } from './facts.js';
import { memoCalendar } from './memo-calendar.js';
import { type Counted, type Period, type Progress, summarize } from './summary.js';
import type { Source } from './words.js';

/** One opportunity as the numbers see it. */
export interface CountedOpportunity {
  readonly events: readonly TimelineEvent[];
  readonly source: Source | null;
}

// One memo per calendar, kept across calls: the same days are asked again at every count.
const memos = new WeakMap<MethodSettings['calendar'], MethodSettings['calendar']>();

function memoSettings(settings: MethodSettings): MethodSettings {
  let calendar = memos.get(settings.calendar);
  if (calendar === undefined) {
    calendar = memoCalendar(settings.calendar);
    memos.set(settings.calendar, calendar);
  }
  return { ...settings, calendar };
}

/**
 * The facts of every opportunity, replayed up to `today`.
 * @example countAll([{ events, source: 'posting' }], settings, date('2026-12-01'))
 */
export function countAll(
  opportunities: readonly CountedOpportunity[],
  settings: MethodSettings,
  today: Period['to'],
): Counted[] {
  const memo = memoSettings(settings);
  return opportunities.map((o) => ({
    ...opportunityFacts(o.events, memo, today),
    source: o.source,
  }));
}

/**
 * The numbers of a search over a period: only events dated in `[from, to]` count, and the
 * opportunities' status is the one on `to`.
 * @example progress([{ events, source: null }], settings, { from: null, to: date('2026-12-01') }).steps
 * // { onTime: 2, early: 0, late: 1, missed: 0 }
 */
export function progress(
  opportunities: readonly CountedOpportunity[],
  settings: MethodSettings,
  period: Period,
): Progress {
  return summarize(
    countAll(opportunities, settings, period.to),
    period,
    settings.playbook.maxFollowUps,
  );
}
