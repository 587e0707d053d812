import { dateText, type PlainDate, Temporal } from './dates.js';
import type { EventKind, EventType } from './names.js';

export { EVENT_KINDS, EVENT_TYPES, type EventKind, type EventType } from './names.js';

const KIND: Readonly<Record<EventType, EventKind>> = {
  applied: 'start',
  'reached-out': 'start',
  voicemail: 'attempt',
  'no-answer': 'attempt',
  email: 'attempt',
  message: 'attempt',
  talked: 'connection',
  reply: 'connection',
  meeting: 'interview',
  interview: 'interview',
  'thank-you-call': 'thank-you',
  'thank-you-note': 'thank-you',
  callback: 'callback',
  offer: 'decision',
  rejected: 'decision',
  withdrawn: 'decision',
  hold: 'hold',
  revive: 'revive',
  note: 'note',
};

/**
 * The role an event plays in the method.
 * @example eventKind('voicemail') // 'attempt'
 */
export function eventKind(type: EventType): EventKind {
  return KIND[type];
}

/**
 * Whether `text` names an event of the method.
 * @example isEventType('voicemail') // true
 */
export function isEventType(text: string): text is EventType {
  return Object.hasOwn(KIND, text);
}

/** Events that can be logged ahead of time (they are scheduled). */
export function canBeScheduled(type: EventType): boolean {
  return type === 'interview' || type === 'meeting';
}

/** Outbound actions that a step asks for, and so can come too soon (R11). */
export function isOutbound(type: EventType): boolean {
  return KIND[type] === 'attempt' || type === 'thank-you-call' || type === 'thank-you-note';
}

/** One thing that happened, as the method sees it. */
export interface TimelineEvent {
  readonly type: EventType;
  /** The event's calendar date in the user's time zone. */
  readonly date: PlainDate;
  /** The moment, with offset, when the time matters (interviews); else null. */
  readonly at?: string | null;
  /** For `callback`: the date they asked you to wait for. */
  readonly until?: PlainDate | null;
  readonly note?: string | null;
}

// R13: untimed events of one day are taken in the order things happen in a conversation, so that
// the plan never depends on the order of entry. Interviews and meetings are connections here.
const SAME_DAY_ORDER: Readonly<Record<EventKind, number>> = {
  start: 0,
  hold: 1,
  revive: 2,
  attempt: 3,
  connection: 4,
  interview: 4,
  callback: 5,
  'thank-you': 6,
  note: 7,
  decision: 8,
};

// Absent, then null, then any text by code points: two events compare equal only when they are
// the same (localeCompare and `?? ''` both let distinct values tie, and ties keep input order).
const RANK = (value: string | null | undefined): number =>
  value === undefined ? 0 : value === null ? 1 : 2;

function compareText(a: string | null | undefined, b: string | null | undefined): number {
  const ranks = RANK(a) - RANK(b);
  if (ranks !== 0 || a == null || b == null) return ranks;
  return a < b ? -1 : a > b ? 1 : 0;
}

// The moment of an `at`, in epoch nanoseconds; null when it names no moment (no offset). Sorting
// compares the same few texts many times: each is parsed once.
const moments = new Map<string, bigint | null>();
function momentOf(at: string): bigint | null {
  let moment = moments.get(at);
  if (moment === undefined) {
    try {
      moment = Temporal.Instant.from(at).epochNanoseconds;
    } catch {
      moment = null;
    }
    if (moments.size > 10_000) moments.clear();
    moments.set(at, moment);
  }
  return moment;
}

// As `until?.toString()`: absent and null both give undefined.
const textOf = (date: PlainDate | null | undefined): string | undefined =>
  date ? dateText(date) : undefined;

// R13: of one day, the timed events first, by their moments; the untimed ones after them.
function compareTimes(a: TimelineEvent, b: TimelineEvent): number {
  const ma = a.at ? momentOf(a.at) : null;
  const mb = b.at ? momentOf(b.at) : null;
  if (ma === null || mb === null) return (ma === null ? 1 : 0) - (mb === null ? 1 : 0);
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}

/**
 * The timeline's order (R13): by date; within a day, timed events by their moments, then the
 * untimed ones by kind (start, hold/revive, attempts, connections, callback, thank-yous,
 * decisions); then by content, so that the order of entry never matters.
 * @example compareTimeline(applied, offer) < 0 // true
 */
export function compareTimeline(a: TimelineEvent, b: TimelineEvent): number {
  return (
    (a.date === b.date ? 0 : compareText(dateText(a.date), dateText(b.date))) ||
    compareTimes(a, b) ||
    SAME_DAY_ORDER[KIND[a.type]] - SAME_DAY_ORDER[KIND[b.type]] ||
    compareText(a.at, b.at) ||
    compareText(a.type, b.type) ||
    compareText(textOf(a.until), textOf(b.until)) ||
    compareText(a.note, b.note)
  );
}

/**
 * Orders events by `compareTimeline`; the result never depends on the order
 * the events came in.
 * @example sortTimeline([offer, applied]) // [applied, offer]
 */
export function sortTimeline<E extends TimelineEvent>(events: readonly E[]): E[] {
  // Timelines mostly come already in order: checking costs one comparison per event.
  for (let i = 1; i < events.length; i++) {
    if (compareTimeline(events[i - 1] as E, events[i] as E) > 0)
      return [...events].sort(compareTimeline);
  }
  return [...events];
}
