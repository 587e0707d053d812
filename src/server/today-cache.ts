import { gzipSync } from 'node:zlib';
import type { AppContext } from '../app/context.js';
import { type TodayStamp, type TodayView, today, todayStamp } from '../app/today.js';
import { Temporal } from '../core/dates.js';

/** A today list ready to send, encoded once: the list of a busy search is ~0.5 MB of JSON. */
export interface TodayAnswer {
  /** UTF-8 JSON. */
  readonly body: Buffer;
  /** The same, gzipped (a tenth of the size), made on first demand. */
  gzipped(): Buffer;
  readonly etag: string;
}

interface Entry extends TodayAnswer {
  readonly revision: number;
  readonly date: string;
  /** The start of the first timed interview it lists: past it, the interview leaves the list. */
  readonly validUntil: Temporal.Instant | null;
}

function validUntil(view: TodayView): Temporal.Instant | null {
  let first: Temporal.Instant | null = null;
  for (const interview of view.interviews) {
    if (interview.at === null) continue;
    const at = Temporal.Instant.from(interview.at);
    if (first === null || Temporal.Instant.compare(at, first) < 0) first = at;
  }
  return first;
}

function current(entry: Entry | undefined, stamp: TodayStamp): entry is Entry {
  return (
    entry !== undefined &&
    entry.revision === stamp.revision &&
    entry.date === stamp.date &&
    (entry.validUntil === null || Temporal.Instant.compare(stamp.now, entry.validUntil) < 0)
  );
}

function entryOf(view: TodayView, stamp: TodayStamp): Entry {
  const body = Buffer.from(JSON.stringify(view));
  let gzipped: Buffer | undefined;
  return {
    body,
    gzipped: () => {
      gzipped ??= gzipSync(body);
      return gzipped;
    },
    etag: `"t${stamp.revision}-${view.date}-${stamp.now.epochMilliseconds}"`,
    revision: stamp.revision,
    date: view.date,
    validUntil: validUntil(view),
  };
}

/**
 * The today list of one account, computed again only when its data, its date
 * or its next interview changed. The web app asks for it on every visit and
 * every focus; most of those answers are the same as the last one, and the
 * account's revision (bumped by every write, from any process) says when not.
 */
export function todayCache(ctx: AppContext): () => Promise<TodayAnswer> {
  let entry: Entry | undefined;
  return async () => {
    const stamp = await todayStamp(ctx);
    if (!current(entry, stamp))
      entry = entryOf(await today(ctx, { withBusinessDays: true }), stamp);
    return entry;
  };
}

/**
 * The today caches of many accounts (a shared deployment), one per account,
 * the least recently asked for forgotten past `max`.
 */
export function todayCaches(max = 2000): (ctx: AppContext) => Promise<TodayAnswer> {
  const caches = new Map<number, () => Promise<TodayAnswer>>();
  return (ctx) => {
    let cache = caches.get(ctx.accountId);
    if (cache) caches.delete(ctx.accountId);
    else cache = todayCache(ctx);
    caches.set(ctx.accountId, cache);
    if (caches.size > max) {
      const oldest = caches.keys().next();
      if (!oldest.done) caches.delete(oldest.value);
    }
    return cache();
  };
}
