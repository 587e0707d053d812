import { compareDates, type PlainDate } from './dates.js';
import { compareTimeline, eventKind, sortTimeline, type TimelineEvent } from './events.js';
import type { Action, MethodSettings, ScheduledStep } from './plan.js';
import { schedule } from './plan.js';

/** R11: how an outbound event came early. */
export type TooSoon =
  | { readonly kind: 'before-due'; readonly step: ScheduledStep }
  | { readonly kind: 'run-complete'; readonly holdsOn: PlainDate }
  /** R13: an attempt before a scheduled interview or meeting; `step` is the plan's next step. */
  | {
      readonly kind: 'before-interview';
      readonly interview: TimelineEvent;
      readonly step: ScheduledStep | null;
    };

function answers(event: TimelineEvent): readonly Action[] {
  if (event.type === 'thank-you-call') return ['thank-you-call'];
  if (event.type === 'thank-you-note') return ['thank-you-note'];
  if (eventKind(event.type) === 'attempt') return ['follow-up', 'check-in'];
  return [];
}

// The first interview or meeting after `event` on the timeline, unless a decision closes it first.
function interviewAhead(
  events: readonly TimelineEvent[],
  event: TimelineEvent,
): TimelineEvent | null {
  for (const e of sortTimeline(events)) {
    if (compareTimeline(e, event) <= 0) continue;
    if (eventKind(e.type) === 'decision') return null;
    if (eventKind(e.type) === 'interview') return e;
  }
  return null;
}

/**
 * R11: whether an outbound event (a follow-up attempt, a thank-you) came before
 * the step it answers was due, judged on the timeline up to its date; an
 * attempt before a scheduled interview always did (R13). The event is accepted
 * and counted all the same; this only tells the user.
 * @example tooSoon([applied('2026-11-23')], voicemail('2026-11-25'), settings)
 * // { kind: 'before-due', step: { action: 'follow-up', dueOn: 2026-11-27, ... } }
 */
export function tooSoon(
  earlier: readonly TimelineEvent[],
  event: TimelineEvent,
  settings: MethodSettings,
): TooSoon | null {
  const actions = answers(event);
  if (actions.length === 0) return null;
  const ahead = eventKind(event.type) === 'attempt' ? interviewAhead(earlier, event) : null;
  if (ahead) {
    // R13: nothing is due before an interview: name the next step the plan shows, never one it
    // no longer shows (such as a check-in the interview replaced).
    const step = schedule([...earlier, event], settings).steps[0] ?? null;
    return { kind: 'before-interview', interview: ahead, step };
  }
  const before = schedule(
    earlier.filter((e) => compareTimeline(e, event) < 0),
    settings,
  );
  const step = before.steps.find((s) => actions.includes(s.action));
  if (step) return compareDates(event.date, step.dueOn) < 0 ? { kind: 'before-due', step } : null;
  if (
    eventKind(event.type) === 'attempt' &&
    !before.closed &&
    !before.interviewing &&
    before.heldOn &&
    compareDates(event.date, before.heldOn) < 0
  ) {
    return { kind: 'run-complete', holdsOn: before.heldOn };
  }
  return null;
}
