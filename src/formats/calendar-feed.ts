import type { TodayItem } from '../contract/index.js';

// What a calendar file (and the morning e-mail's interview lines) is written from: the steps
// as the today list shows them, and the interviews, in the user's time zone.

/** An interview or meeting as a calendar event shows it. */
export interface FeedInterview {
  readonly eventId: string;
  readonly opportunityId: string;
  /** interview or meeting */
  readonly type: string;
  readonly kind: string;
  readonly date: string;
  /** The moment with its offset; null for an interview logged with a date only. */
  readonly at: string | null;
  readonly company: string | null;
  readonly title: string | null;
  readonly contact: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
  readonly note: string | null;
}

/** Everything a calendar file holds: every planned step and the interviews, in the user's zone. */
export interface CalendarFeed {
  readonly timeZone: string;
  /** Today in the user's time zone: a step due before it is overdue. */
  readonly date: string;
  /** The moment the feed was made (ISO instant), for DTSTAMP. */
  readonly madeAt: string;
  /** The account's part of every UID, so that refreshes update events instead of adding them. */
  readonly uidKey: string;
  readonly maxFollowUps: number;
  /** Every planned step, due or to come, by "due on". */
  readonly steps: readonly TodayItem[];
  readonly interviews: readonly FeedInterview[];
}
