import type { Queries } from '../../store/queries.js';
import type { AppContext } from '../context.js';

/** The calendar feed of an account: on (with its secret address) or off. */
export interface CalendarView {
  readonly on: boolean;
  /** The feed's path on the server, `/calendar/<secret>.ics`; null while off. */
  readonly path: string | null;
  /** When the address was made or turned off (ISO instant). */
  readonly since: string | null;
}

/** Bytes of randomness in a feed's secret: 256 bits, 43 characters of base64url. */
const SECRET_BYTES = 32;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

/** A new secret: random bytes from the system's CSPRNG, as base64url. */
export function newSecret(bytes = SECRET_BYTES): string {
  const random = new Uint8Array(bytes);
  crypto.getRandomValues(random);
  return Buffer.from(random).toString('base64url');
}

/** Whether a text has the shape of a feed's secret (anything else is not looked up). */
export const isSecret = (text: string): boolean => SECRET.test(text);

export const calendarPath = (token: string): string => `/calendar/${token}.ics`;

function view(feed: { token: string | null; updatedAt: string } | undefined): CalendarView {
  return {
    on: Boolean(feed?.token),
    path: feed?.token ? calendarPath(feed.token) : null,
    since: feed?.updatedAt ?? null,
  };
}

/** The key in every event UID of an account, made with its first feed and kept after. */
export async function uidKeyOf(q: Queries, accountId: number): Promise<string> {
  const feed = await q.calendarFeed(accountId);
  if (feed) return feed.uidKey;
  const key = newSecret(9);
  await q.saveCalendarFeed(accountId, null, key);
  return key;
}

/** The feed as it is: on with its address, or off. */
export function getCalendar(ctx: AppContext): Promise<CalendarView> {
  return ctx.store.read(async (q) => view(await q.calendarFeed(ctx.accountId)));
}

/** Turns the feed on if it is off; an address already given stays the same. */
export function openCalendar(ctx: AppContext): Promise<CalendarView> {
  return ctx.store.transaction(async (q) => {
    const feed = await q.calendarFeed(ctx.accountId);
    if (feed?.token) return view(feed);
    await q.saveCalendarFeed(ctx.accountId, newSecret(), await uidKeyOf(q, ctx.accountId));
    return view(await q.calendarFeed(ctx.accountId));
  });
}

/** A new address for the feed: the old one answers 404 from now on. */
export function resetCalendar(ctx: AppContext): Promise<CalendarView> {
  return ctx.store.transaction(async (q) => {
    await q.saveCalendarFeed(ctx.accountId, newSecret(), await uidKeyOf(q, ctx.accountId));
    return view(await q.calendarFeed(ctx.accountId));
  });
}

/** Turns the feed off: its address answers 404; subscribed calendars stop updating. */
export function revokeCalendar(ctx: AppContext): Promise<CalendarView> {
  return ctx.store.transaction(async (q) => {
    await q.saveCalendarFeed(ctx.accountId, null, await uidKeyOf(q, ctx.accountId));
    return view(await q.calendarFeed(ctx.accountId));
  });
}
