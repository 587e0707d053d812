import { compareDates } from '../core/dates.js';
import { canBeScheduled, type TimelineEvent } from '../core/events.js';
import { dayInWords } from '../core/in-words.js';
import { type TooSoon, tooSoon } from '../core/too-soon.js';
import type { methodDayOf } from './method-settings.js';
import { stepLabel } from './views.js';

// R13: nothing is due before an interview; the warning names the step the plan shows next.
function beforeInterview(
  early: Extract<TooSoon, { kind: 'before-interview' }>,
  maxFollowUps: number,
): string {
  const what = early.interview.type === 'meeting' ? 'meeting' : 'interview';
  const step = early.step;
  const then = step
    ? `; the next step is the ${stepLabel(step.action, step.followUpNumber, maxFollowUps).toLowerCase()}, due ${dayInWords(step.dueOn)}`
    : '';
  return `too soon: nothing is due before the ${what} on ${dayInWords(early.interview.date)}${then}. It is logged and counted; let the ${what} speak for you.`;
}

/** What is said beside a logged event: closed, dated ahead, R11's and R13's "too soon". */
export function warningsFor(
  earlier: readonly TimelineEvent[],
  event: TimelineEvent,
  day: Awaited<ReturnType<typeof methodDayOf>>,
  closed: boolean,
): string[] {
  const warnings: string[] = [];
  if (closed)
    warnings.push('this opportunity is already closed: the event is kept but changes nothing');
  if (!canBeScheduled(event.type) && compareDates(event.date, day.today) > 0) {
    warnings.push(
      `this ${event.type} is dated ${event.date.toString()}, after today (${day.today.toString()})`,
    );
  }
  const early = closed ? null : tooSoon(earlier, event, day.method);
  if (early?.kind === 'before-due') {
    const label = stepLabel(
      early.step.action,
      early.step.followUpNumber,
      day.method.playbook.maxFollowUps,
    ).toLowerCase();
    warnings.push(
      `too soon: ${label} was not due until ${dayInWords(early.step.dueOn)}. It is logged and counted; next time wait for the due date: follow up just enough, without stalking.`,
    );
  } else if (early?.kind === 'run-complete') {
    warnings.push(
      `too soon: all ${day.method.playbook.maxFollowUps} follow-ups were already made and this goes to the holding file on ${dayInWords(early.holdsOn)}. It is logged and counted, and the holding date stays; give them room to call back.`,
    );
  } else if (early?.kind === 'before-interview') {
    warnings.push(beforeInterview(early, day.method.playbook.maxFollowUps));
  }
  return warnings;
}
