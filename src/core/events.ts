import type { PlainDate } from './dates.js';

/** Every event of the method, in the order the product lists them. */
export const EVENT_TYPES = [
  'applied',
  'reached-out',
  'voicemail',
  'no-answer',
  'email',
  'message',
  'talked',
  'reply',
  'meeting',
  'interview',
  'thank-you-call',
  'thank-you-note',
  'callback',
  'offer',
  'rejected',
  'withdrawn',
  'hold',
  'revive',
  'note',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** What an event does to the cadence. */
export type EventKind =
  | 'start'
  | 'attempt'
  | 'connection'
  | 'interview'
  | 'thank-you'
  | 'callback'
  | 'decision'
  | 'hold'
  | 'revive'
  | 'note';

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

// Same-day events are taken in the order things happen in a conversation, so
// that the plan depends on dates only, never on the order of entry.
const SAME_DAY_ORDER: Readonly<Record<EventKind, number>> = {
  start: 0,
  attempt: 1,
  connection: 2,
  interview: 3,
  'thank-you': 4,
  callback: 5,
  note: 6,
  hold: 7,
  revive: 8,
  decision: 9,
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

/**
 * The timeline's order: by date, then by the place in a day, then by content.
 * @example compareTimeline(applied, offer) < 0 // true
 */
export function compareTimeline(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareText(a.date.toString(), b.date.toString()) ||
    SAME_DAY_ORDER[KIND[a.type]] - SAME_DAY_ORDER[KIND[b.type]] ||
    compareText(a.at, b.at) ||
    compareText(a.type, b.type) ||
    compareText(a.until?.toString(), b.until?.toString()) ||
    compareText(a.note, b.note)
  );
}

/**
 * Orders events by `compareTimeline`; the result never depends on the order
 * the events came in.
 * @example sortTimeline([offer, applied]) // [applied, offer]
 */
export function sortTimeline<E extends TimelineEvent>(events: readonly E[]): E[] {
  return [...events].sort(compareTimeline);
}
