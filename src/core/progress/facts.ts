import { compareDates, type PlainDate } from '../dates.js';
import { eventKind, sortTimeline, type TimelineEvent } from '../events.js';
import {
  type MethodSettings,
  planOn,
  type Schedule,
  type Status,
  schedule,
  scheduleEach,
} from '../plan.js';
import { type FollowUpFact, type RunFact, RunTracker } from './runs.js';
import { overdueFacts, type StepFact, stepFacts } from './step-outcomes.js';
import { isAnswer } from './words.js';

/** Everything the numbers need from one opportunity's timeline, each fact with its date. */
export interface OpportunityFacts {
  /** Its status on the last day counted. */
  readonly status: Status;
  /** The dates of its events (up to the decision), in order. */
  readonly dates: readonly PlainDate[];
  readonly runs: readonly RunFact[];
  readonly followUps: readonly FollowUpFact[];
  readonly steps: readonly StepFact[];
  /** `reply`, `talked`, `meeting`, `interview`. */
  readonly answers: readonly PlainDate[];
  /** `interview`, `meeting`. */
  readonly interviews: readonly PlainDate[];
  readonly offers: readonly PlainDate[];
}

/**
 * Replays a timeline up to `today` with the plan before each event: its runs, follow-ups
 * made and answered, and how each step ended. Events after `today` do not count, nor do
 * events after a decision (they change nothing, R13).
 * @example opportunityFacts([applied('2026-11-23'), voicemail('2026-11-27')], settings, date('2026-12-01')).followUps
 * // [{ number: 1, channel: 'call', madeOn: 2026-11-27, answeredOn: null }]
 */
export function opportunityFacts(
  events: readonly TimelineEvent[],
  settings: MethodSettings,
  today: PlainDate,
): OpportunityFacts {
  const timeline = upToDecision(
    sortTimeline(events).filter((e) => compareDates(e.date, today) <= 0),
  );
  const runs = new RunTracker();
  const steps: StepFact[] = [];
  const answers: PlainDate[] = [];
  const interviews: PlainDate[] = [];
  const offers: PlainDate[] = [];
  // The schedule before each event, and after the last: the plan replayed in one pass.
  const schedules: Schedule[] = [schedule([], settings)];
  scheduleEach(timeline, settings, (_, after) => schedules.push(after));
  for (let i = 0; i < timeline.length; i++) {
    const event = timeline[i] as TimelineEvent;
    const before = schedules[i] as Schedule;
    const after = schedules[i + 1] as Schedule;
    runs.take(event, before);
    steps.push(...stepFacts(event, before, after));
    if (isAnswer(event.type)) answers.push(event.date);
    if (eventKind(event.type) === 'interview') interviews.push(event.date);
    if (event.type === 'offer') offers.push(event.date);
  }
  const last = schedules[timeline.length] as Schedule;
  steps.push(...overdueFacts(last, today));
  return {
    status: planOn(last, today).status,
    dates: timeline.map((e) => e.date),
    runs: runs.runs,
    followUps: runs.followUps,
    steps,
    answers,
    interviews,
    offers,
  };
}

function upToDecision(timeline: TimelineEvent[]): TimelineEvent[] {
  const decision = timeline.findIndex((e) => eventKind(e.type) === 'decision');
  return decision < 0 ? timeline : timeline.slice(0, decision + 1);
}
