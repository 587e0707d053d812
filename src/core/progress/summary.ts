import { compareDates, type PlainDate } from '../dates.js';
import type { Status } from '../plan.js';
import type { OpportunityFacts } from './facts.js';
import { CHANNELS, type Channel, SOURCES, type Source, type StepOutcome } from './words.js';

/** The numbers of a search over a period (`stats --json`, `GET /api/stats`). */
export interface Progress {
  readonly from: string | null;
  readonly to: string;
  readonly opportunities: Readonly<Record<'total' | Status, number>>;
  readonly funnel: {
    readonly started: number;
    readonly answered: number;
    readonly interviewed: number;
    readonly offers: number;
  };
  readonly followUps: readonly { number: number; made: number; answered: number }[];
  readonly channels: readonly { channel: Channel; made: number; answered: number }[];
  readonly steps: Readonly<Record<StepOutcome, number>>;
  readonly followedUp: { readonly started: number; readonly withAFollowUp: number };
  readonly sources: readonly {
    source: Source | null;
    opportunities: number;
    interviewed: number;
    offers: number;
  }[];
}

/** An opportunity's facts and where it came from. */
export interface Counted extends OpportunityFacts {
  readonly source: Source | null;
}

/** A period of days, both ends included; `from: null` is from the beginning. */
export interface Period {
  readonly from: PlainDate | null;
  readonly to: PlainDate;
}

/** Whether a date lies in a period. */
export const within = ({ from, to }: Period, day: PlainDate): boolean =>
  (from === null || compareDates(day, from) >= 0) && compareDates(day, to) <= 0;

/** The steps of the plan by outcome, counting only those dated in the period. */
export function stepCounts(all: readonly Counted[], period: Period): Record<StepOutcome, number> {
  const steps = { onTime: 0, early: 0, late: 0, missed: 0 };
  for (const o of all) for (const s of o.steps) if (within(period, s.on)) steps[s.outcome] += 1;
  return steps;
}

// Whether one of the days lies in the period, on or after `start`.
function since(days: readonly PlainDate[], start: PlainDate, period: Period): boolean {
  for (const day of days) if (compareDates(day, start) >= 0 && within(period, day)) return true;
  return false;
}

/**
 * Sums the facts of every opportunity over a period: only events dated in it count.
 * Facts must come from `opportunityFacts(..., period.to)`.
 * @example summarize(facts, { from: null, to: date('2026-12-01') }, 3).funnel.started // 12
 */
export function summarize(all: readonly Counted[], period: Period, maxFollowUps: number): Progress {
  const inPeriod = (day: PlainDate | null): boolean => day !== null && within(period, day);
  const opportunities = { total: 0, active: 0, interviewing: 0, holding: 0, closed: 0 };
  const funnel = { started: 0, answered: 0, interviewed: 0, offers: 0 };
  const followUps = Array.from({ length: maxFollowUps + 1 }, (_, number) => ({
    number,
    made: 0,
    answered: 0,
  }));
  const channels = CHANNELS.map((channel) => ({ channel, made: 0, answered: 0 }));
  const followedUp = { started: 0, withAFollowUp: 0 };
  const sources = [...SOURCES, null].map((source) => ({
    source,
    opportunities: 0,
    interviewed: 0,
    offers: 0,
  }));

  // Plain loops, no arrays made per opportunity: this runs over every opportunity at each count.
  const zero = followUps[0] as (typeof followUps)[number];
  for (const o of all) {
    if (period.from === null || o.dates.some(inPeriod)) {
      opportunities.total += 1;
      opportunities[o.status] += 1;
    }
    let start: PlainDate | undefined;
    for (const run of o.runs) {
      if (!inPeriod(run.startedOn)) continue;
      start ??= run.startedOn;
      zero.made += 1;
      if (inPeriod(run.answeredOn)) zero.answered += 1;
      followedUp.started += 1;
      if (inPeriod(run.followedUpOn)) followedUp.withAFollowUp += 1;
    }
    for (const f of o.followUps) {
      if (!inPeriod(f.madeOn)) continue;
      const answered = inPeriod(f.answeredOn) ? 1 : 0;
      const row = followUps[f.number];
      if (row) {
        row.made += 1;
        row.answered += answered;
      }
      const channel = channels[CHANNELS.indexOf(f.channel)] as (typeof channels)[number];
      channel.made += 1;
      channel.answered += answered;
    }
    if (start) {
      const source = sources[o.source === null ? SOURCES.length : SOURCES.indexOf(o.source)];
      const interviewed = since(o.interviews, start, period);
      const offer = since(o.offers, start, period);
      funnel.started += 1;
      if (since(o.answers, start, period)) funnel.answered += 1;
      if (interviewed) funnel.interviewed += 1;
      if (offer) funnel.offers += 1;
      if (source) {
        source.opportunities += 1;
        if (interviewed) source.interviewed += 1;
        if (offer) source.offers += 1;
      }
    }
  }
  return {
    from: period.from?.toString() ?? null,
    to: period.to.toString(),
    opportunities,
    funnel,
    followUps,
    channels,
    steps: stepCounts(all, period),
    followedUp,
    sources,
  };
}

/**
 * A part of a whole as a rate from 0 to 1; 0 when the whole is 0.
 * @example share(9, 10) // 0.9
 */
export function share(part: number, whole: number): number {
  return whole <= 0 ? 0 : Math.min(1, Math.max(0, part / whole));
}
