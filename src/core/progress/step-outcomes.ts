import { compareDates, type PlainDate } from '../dates.js';
import { eventKind, type TimelineEvent } from '../events.js';
import type { Action, Schedule, ScheduledStep } from '../plan.js';
import { replacesSteps, type StepOutcome } from './words.js';

/** A step of the plan and how it ended, dated the day it was done or missed. */
export interface StepFact {
  readonly action: Action;
  readonly outcome: StepOutcome;
  readonly on: PlainDate;
}

function completes(event: TimelineEvent): readonly Action[] {
  if (event.type === 'thank-you-call') return ['thank-you-call'];
  if (event.type === 'thank-you-note') return ['thank-you-note'];
  if (eventKind(event.type) === 'attempt' || event.type === 'talked')
    return ['follow-up', 'check-in'];
  return [];
}

const sameStep = (a: ScheduledStep, b: ScheduledStep): boolean =>
  a.action === b.action &&
  a.followUpNumber === b.followUpNumber &&
  a.dueOn.equals(b.dueOn) &&
  a.dueBy.equals(b.dueBy);

/**
 * What one event did to the steps the plan showed just before it: done early, on time or
 * late, or missed (replaced after its `dueBy`). A step replaced by its `dueBy` is not counted.
 * @example stepFacts(voicemail('2026-11-30'), before, after) // [{ action: 'follow-up', outcome: 'late', on: 2026-11-30 }]
 */
export function stepFacts(event: TimelineEvent, before: Schedule, after: Schedule): StepFact[] {
  const on = event.date;
  const actions = completes(event);
  if (actions.length > 0) {
    const step = before.steps.find((s) => actions.includes(s.action));
    if (!step) return [];
    const outcome: StepOutcome =
      compareDates(on, step.dueOn) < 0
        ? 'early'
        : compareDates(on, step.dueBy) > 0
          ? 'late'
          : 'onTime';
    return [{ action: step.action, outcome, on }];
  }
  if (!replacesSteps(event.type)) return [];
  return before.steps
    .filter((s) => compareDates(on, s.dueBy) > 0 && !after.steps.some((t) => sameStep(s, t)))
    .map((s) => ({ action: s.action, outcome: 'missed' as const, on }));
}

/**
 * The steps still undone and overdue on `today`: missed, dated the first day they were overdue.
 * @example overdueFacts(schedule(events, settings), date('2026-12-01'))
 */
export function overdueFacts(last: Schedule, today: PlainDate): StepFact[] {
  return last.steps
    .filter((s) => compareDates(today, s.dueBy) > 0)
    .map((s) => ({ action: s.action, outcome: 'missed' as const, on: s.dueBy.add({ days: 1 }) }));
}
