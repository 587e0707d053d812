import { compareDates, type PlainDate } from '../../core/dates.js';
import type { TimelineEvent } from '../../core/events.js';
import type { MethodSettings } from '../../core/plan.js';
import { type CountedOpportunity, countAll } from '../../core/progress/progress.js';
import { type Counted, type Progress, summarize } from '../../core/progress/summary.js';
import { stepsByWeek, type WeekSteps } from '../../core/progress/weeks.js';
import { isSource } from '../../core/progress/words.js';
import type { PlanEventRecord } from '../../store/queries/progress.js';
import type { Queries } from '../../store/queries.js';
import { timelineEvent } from '../cache.js';
import type { AppContext } from '../context.js';
import { methodDayOf } from '../method-settings.js';
import { attempt, type Result, refuse } from '../result.js';
import { isoDate } from '../validate.js';

/** `stats --from --to`: both optional; `to` is today when absent. */
export interface StatsInput {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** Timelines by opportunity id, from events ordered by opportunity, then date. */
function timelinesOf(events: readonly PlanEventRecord[]): Map<number, TimelineEvent[]> {
  const timelines = new Map<number, TimelineEvent[]>();
  for (const e of events) {
    const timeline = timelines.get(e.opportunityId);
    if (timeline) timeline.push(timelineEvent(e));
    else timelines.set(e.opportunityId, [timelineEvent(e)]);
  }
  return timelines;
}

const sourceOf = (source: string | null) => (source !== null && isSource(source) ? source : null);

/** Every opportunity of the account as the numbers see it: its timeline and its source. */
export async function countedOpportunities(
  q: Queries,
  accountId: number,
): Promise<CountedOpportunity[]> {
  const [opportunities, events] = await Promise.all([
    q.opportunitySources(accountId),
    q.planEvents(accountId),
  ]);
  const timelines = timelinesOf(events);
  return opportunities.map((o) => ({
    events: timelines.get(o.id) ?? [],
    source: sourceOf(o.source),
  }));
}

function period(input: StatsInput, today: PlainDate): { from: PlainDate | null; to: PlainDate } {
  const from = input.from === undefined ? null : isoDate('from', input.from);
  const to = input.to === undefined ? today : isoDate('to', input.to);
  if (from && compareDates(from, to) > 0) {
    refuse(
      'invalid-input',
      `from: ${from.toString()} is after to (${to.toString()}); give a from on or before it`,
      'from',
    );
  }
  return { from, to };
}

// The facts of an account's timelines, kept between counts: the Progress page asks for the
// numbers and the weeks one after the other, and replaying 100,000 events costs far more than
// summing them. While the account's revision (bumped by every write to it) stays the same, the
// facts serve as they are; after a write, only the opportunities whose version changed (every
// write to an opportunity or its timeline bumps it) are read and replayed again. A few
// accounts are kept.
interface KnownFacts {
  readonly revision: number;
  readonly key: string;
  readonly byOpportunity: ReadonlyMap<number, OpportunityFacts>;
  readonly counted: readonly Counted[];
}
interface OpportunityFacts {
  readonly version: number;
  readonly counted: Counted;
}
const knownFacts = new WeakMap<AppContext['store'], Map<number, KnownFacts>>();
const KEPT_ACCOUNTS = 8;
// Past this many changed opportunities, one read of every event beats a list of ids.
const READ_ALL_FROM = 500;
const calendarIds = new WeakMap<MethodSettings['calendar'], number>();
let calendarCount = 0;

function factsKey(method: MethodSettings, to: PlainDate): string {
  let calendar = calendarIds.get(method.calendar);
  if (calendar === undefined) {
    calendarCount += 1;
    calendar = calendarCount;
    calendarIds.set(method.calendar, calendar);
  }
  return JSON.stringify([calendar, method.timeZone, method.playbook, to.toString()]);
}

/** The facts of each opportunity, counted again for those changed since `known`. */
async function freshFacts(
  q: Queries,
  accountId: number,
  method: MethodSettings,
  to: PlainDate,
  known: ReadonlyMap<number, OpportunityFacts>,
): Promise<Map<number, OpportunityFacts>> {
  const opportunities = await q.opportunitySources(accountId);
  const changed = opportunities.filter((o) => {
    const was = known.get(o.id);
    return was === undefined || was.version !== o.version;
  });
  const events =
    changed.length > READ_ALL_FROM
      ? await q.planEvents(accountId)
      : await q.planEvents(
          accountId,
          changed.map((o) => o.id),
        );
  const timelines = timelinesOf(events);
  const counted = countAll(
    changed.map((o) => ({ events: timelines.get(o.id) ?? [], source: sourceOf(o.source) })),
    method,
    to,
  );
  const facts = new Map<number, OpportunityFacts>();
  changed.forEach((o, i) => {
    facts.set(o.id, { version: o.version, counted: counted[i] as Counted });
  });
  for (const o of opportunities) {
    const kept = known.get(o.id);
    if (!facts.has(o.id) && kept) facts.set(o.id, kept);
  }
  return facts;
}

/**
 * The facts of every opportunity of the account up to `to` (`countAll`). The revision is read
 * before the versions, and the versions before the timelines: a write in between gives a newer
 * revision and version next time, never a stale answer.
 */
export async function accountFacts(
  q: Queries,
  ctx: AppContext,
  method: MethodSettings,
  to: PlainDate,
): Promise<readonly Counted[]> {
  const { revision } = await q.revision(ctx.accountId);
  const key = factsKey(method, to);
  let byAccount = knownFacts.get(ctx.store);
  if (!byAccount) {
    byAccount = new Map();
    knownFacts.set(ctx.store, byAccount);
  }
  const known = byAccount.get(ctx.accountId);
  if (known && known.revision === revision && known.key === key) return known.counted;
  const byOpportunity = await freshFacts(
    q,
    ctx.accountId,
    method,
    to,
    known?.key === key ? known.byOpportunity : new Map(),
  );
  const counted = [...byOpportunity.values()].map((f) => f.counted);
  byAccount.delete(ctx.accountId);
  const oldest = byAccount.keys().next();
  if (byAccount.size >= KEPT_ACCOUNTS && !oldest.done) byAccount.delete(oldest.value);
  byAccount.set(ctx.accountId, { revision, key, byOpportunity, counted });
  return counted;
}

/**
 * `stats`: the numbers of the search, counting the events dated in `[from, to]`
 * (shared/spec/progress.md).
 */
export function stats(ctx: AppContext, input: StatsInput = {}): Promise<Result<Progress>> {
  return attempt(() =>
    ctx.store.read(async (q) => {
      const { today, method } = await methodDayOf(q, ctx);
      const range = period(input, today);
      const counted = await accountFacts(q, ctx, method, range.to);
      return summarize(counted, range, method.playbook.maxFollowUps);
    }),
  );
}

/** The steps of each of the last twelve weeks (the Progress page's chart). */
export function stepWeeks(ctx: AppContext): Promise<{ readonly weeks: readonly WeekSteps[] }> {
  return ctx.store.read(async (q) => {
    const { today, method } = await methodDayOf(q, ctx);
    return { weeks: stepsByWeek(await accountFacts(q, ctx, method, today), today) };
  });
}
