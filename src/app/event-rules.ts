import { compareTimeline, eventKind, sortTimeline, type TimelineEvent } from '../core/events.js';
import { dayInWords } from '../core/in-words.js';
import { type MethodSettings, planOn, schedule } from '../core/plan.js';
import type { EventRecord } from '../store/records.js';
import { timelineEvent } from './cache.js';
import { refuse } from './result.js';

// When an interview takes place, in words: "Thu 10 Dec 2026 at 10:00", or the day alone.
function whenInWords(e: EventRecord): string {
  const time = e.at?.match(/T(\d\d:\d\d)/)?.[1];
  return time ? `${dayInWords(e.date)} at ${time}` : dayInWords(e.date);
}

// R13: a thank-you needs an interview or meeting on or before it; else it is refused, naming the
// interview when one is scheduled later, so that the user can log it then or correct its date.
function checkThankYou(others: readonly EventRecord[], event: TimelineEvent): void {
  const interviews = others.filter((e) => eventKind(timelineEvent(e).type) === 'interview');
  if (interviews.some((e) => compareTimeline(timelineEvent(e), event) < 0)) return;
  const later = interviews
    .map((e) => ({ record: e, event: timelineEvent(e) }))
    .sort((a, b) => compareTimeline(a.event, b.event))[0]?.record;
  const what = event.type === 'thank-you-call' ? 'thank-you call' : 'thank-you note';
  if (later) {
    refuse(
      'invalid-input',
      `${event.type}: the ${later.type} is on ${whenInWords(later)}, after this ${what} (${dayInWords(event.date)}); log the ${what} on or after the ${later.type}, or, if the ${later.type} really took place earlier, correct its date first (event ${later.id})`,
      'on',
    );
  }
  refuse(
    'invalid-input',
    `${event.type}: there is no interview or meeting on or before ${dayInWords(event.date)} to thank them for; log the interview or meeting first`,
    'type',
  );
}

// R13: only an opportunity in the holding file can be revived.
function checkRevive(
  others: readonly EventRecord[],
  event: TimelineEvent,
  settings: MethodSettings,
): void {
  const before = sortTimeline(others.map(timelineEvent)).filter(
    (e) => compareTimeline(e, event) < 0,
  );
  if (planOn(schedule(before, settings), event.date).status === 'holding') return;
  refuse(
    'invalid-input',
    `revive: this opportunity is not in the holding file on ${dayInWords(event.date)}, so there is nothing to bring back; log what happened instead (a voicemail, a reply ...)`,
    'type',
  );
}

/**
 * The events the method refuses rather than accept and ignore (R13): a thank-you
 * with no interview or meeting before it, a revive of an opportunity not held.
 * `others`: the opportunity's other events.
 */
export function checkEventAllowed(
  others: readonly EventRecord[],
  event: TimelineEvent,
  settings: MethodSettings,
): void {
  if (eventKind(event.type) === 'thank-you') checkThankYou(others, event);
  else if (event.type === 'revive') checkRevive(others, event, settings);
}

// The thank-yous of a timeline with no interview or meeting before them: the method ignores them.
function orphanThankYous(events: readonly EventRecord[]): EventRecord[] {
  const interviews = events
    .filter((e) => eventKind(timelineEvent(e).type) === 'interview')
    .map(timelineEvent);
  return events.filter((e) => {
    if (eventKind(timelineEvent(e).type) !== 'thank-you') return false;
    const thanks = timelineEvent(e);
    return !interviews.some((i) => compareTimeline(i, thanks) < 0);
  });
}

const thankYouInWords = (e: EventRecord): string =>
  `the ${e.type === 'thank-you-call' ? 'thank-you call' : 'thank-you note'} of ${dayInWords(e.date)} (event ${e.id})`;

/**
 * R13: moving or deleting an interview (or meeting) must not leave thank-yous with no
 * interview before them, which the method would silently ignore: the change is refused,
 * naming those thank-yous. `before` and `after`: the opportunity's whole timeline around the
 * change; thank-yous already without an interview before it do not stop it.
 * `change`: the words of the change, e.g. "moving the interview to Thu 10 Dec 2026".
 */
export function checkThankYousKept(
  before: readonly EventRecord[],
  after: readonly EventRecord[],
  change: string,
): void {
  const already = new Set(orphanThankYous(before).map((e) => e.id));
  const left = orphanThankYous(after).filter((e) => !already.has(e.id));
  if (left.length === 0) return;
  const them = left.map(thankYouInWords);
  const list = them.length === 1 ? them[0] : `${them.slice(0, -1).join(', ')} and ${them.at(-1)}`;
  const pronoun = left.length === 1 ? 'it' : 'them';
  refuse(
    'invalid-input',
    `${change} would leave ${list} before any interview or meeting, where the method cannot count ${pronoun}; move or delete ${left.length === 1 ? 'that thank-you' : 'those thank-yous'} first, or give the interview a date on or before ${pronoun === 'it' ? 'it' : 'them'}`,
    'on',
  );
}
