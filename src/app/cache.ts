import { type PlainDate, parseIsoDate } from '../core/dates.js';
import { EVENT_TYPES, type EventType, type TimelineEvent } from '../core/events.js';
import { type MethodSettings, type Schedule, schedule } from '../core/plan.js';
import type { Queries } from '../store/queries.js';
import type { CacheRecord, EventRecord } from '../store/records.js';

function asEventType(type: string): EventType {
  if ((EVENT_TYPES as readonly string[]).includes(type)) return type as EventType;
  throw new Error(`stored event has an unknown type: ${type}`);
}

// Timelines repeat the same few hundred days, and parsing a date costs as much as planning
// with it: each text is parsed once (a PlainDate is immutable, so sharing it is safe).
const parsed = new Map<string, PlainDate>();

function asDate(text: string): PlainDate {
  const known = parsed.get(text);
  if (known) return known;
  const date = parseIsoDate(text);
  if (!date) throw new Error(`stored date is not a date: ${text}`);
  if (parsed.size >= 20_000) parsed.clear();
  parsed.set(text, date);
  return date;
}

/** A stored event as the method sees it (the numbers read it without its note). */
export function timelineEvent<
  E extends Pick<EventRecord, 'type' | 'date' | 'at' | 'until'> & { readonly note?: string | null },
>(event: E): TimelineEvent {
  return {
    type: asEventType(event.type),
    date: asDate(event.date),
    at: event.at,
    until: event.until === null ? null : asDate(event.until),
    note: event.note ?? null,
  };
}

/** The latest interview or meeting on a timeline, if any. */
export function latestInterview(events: readonly EventRecord[]): EventRecord | undefined {
  let latest: EventRecord | undefined;
  for (const e of events) {
    if ((e.type === 'interview' || e.type === 'meeting') && (!latest || e.date >= latest.date))
      latest = e;
  }
  return latest;
}

/** The cache row for a schedule. */
export function cacheOf(scheduled: Schedule, events: readonly EventRecord[]): CacheRecord {
  return {
    closed: scheduled.closed,
    interviewing: scheduled.interviewing,
    heldOn: scheduled.heldOn?.toString() ?? null,
    followUps: scheduled.followUps,
    interviewOn: scheduled.interviewing ? (latestInterview(events)?.date ?? null) : null,
    steps: scheduled.steps.map((s) => ({
      action: s.action,
      dueOn: s.dueOn.toString(),
      dueBy: s.dueBy.toString(),
      followUpNumber: s.followUpNumber ?? null,
      reason: s.reason,
      since: s.since.toString(),
    })),
  };
}

/**
 * Recomputes an opportunity's next-due cache from its full timeline, inside
 * the caller's transaction. Returns the events and their schedule.
 */
export async function refreshCache(
  q: Queries,
  accountId: number,
  opportunityId: number,
  settings: MethodSettings,
): Promise<{ events: EventRecord[]; scheduled: Schedule }> {
  const events = await q.events(accountId, opportunityId);
  const scheduled = schedule(events.map(timelineEvent), settings);
  await q.writeCache(accountId, opportunityId, cacheOf(scheduled, events));
  return { events, scheduled };
}

/** What `schedule(...)` makes of every timeline of an account, by opportunity id. */
export async function plannedCaches(
  q: Queries,
  accountId: number,
  settings: MethodSettings,
): Promise<Map<number, CacheRecord>> {
  const caches = new Map<number, CacheRecord>();
  for (const [id, events] of await q.timelines(accountId)) {
    caches.set(id, cacheOf(schedule(events.map(timelineEvent), settings), events));
  }
  return caches;
}

/**
 * Recomputes the cache of every opportunity of an account (after a settings
 * change, or to repair), inside the caller's transaction: the timelines are
 * read and the caches written a few hundred at a time.
 */
export async function rebuildCaches(
  q: Queries,
  accountId: number,
  settings: MethodSettings,
): Promise<number> {
  const caches = await plannedCaches(q, accountId, settings);
  await q.writeCaches(accountId, caches);
  return caches.size;
}
