import type { EventRecord, NewEvent } from '../records.js';
import type { PageWindow } from './pages.js';
import { type Db, newIds, stamp, type Touch } from './shared.js';

/** The event timeline of an opportunity. */
/** The columns of an event record. */
export const EVENT_COLUMNS = [
  'id',
  'opportunity_id as opportunityId',
  'type',
  'date',
  'at',
  'until',
  'note',
  'created_at as createdAt',
] as const;

/** Every event of an account, by opportunity, then by date and order of entry. */
export function accountEvents(db: Db, accountId: number): Promise<EventRecord[]> {
  return db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('account_id', '=', accountId)
    .orderBy('opportunity_id')
    .orderBy('date')
    .orderBy('id')
    .execute();
}

export function eventQueries(db: Db, touch: Touch) {
  return {
    /** Every event of the account: see `accountEvents`. */
    allEvents: (accountId: number) => accountEvents(db, accountId),

    async events(accountId: number, opportunityId: number): Promise<EventRecord[]> {
      return db
        .selectFrom('events')
        .select(EVENT_COLUMNS)
        .where('account_id', '=', accountId)
        .where('opportunity_id', '=', opportunityId)
        .orderBy('date')
        .orderBy('id')
        .execute();
    },

    /** A page of an opportunity's events, newest first (by date, then order of entry). */
    async eventPage(
      accountId: number,
      opportunityId: number,
      window: PageWindow<{ readonly date: string; readonly id: number }>,
    ): Promise<EventRecord[]> {
      let query = db
        .selectFrom('events')
        .select(EVENT_COLUMNS)
        .where('account_id', '=', accountId)
        .where('opportunity_id', '=', opportunityId);
      const after = window.after;
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('date', '<', after.date),
            eb.and([eb('date', '=', after.date), eb('id', '<', after.id)]),
          ]),
        );
      if (window.limit !== undefined) query = query.limit(window.limit);
      return query.orderBy('date', 'desc').orderBy('id', 'desc').execute();
    },

    async eventCount(accountId: number, opportunityId: number): Promise<number> {
      const row = await db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', '=', accountId)
        .where('opportunity_id', '=', opportunityId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async event(accountId: number, id: number): Promise<EventRecord | undefined> {
      return db
        .selectFrom('events')
        .select(EVENT_COLUMNS)
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async insertEvent(accountId: number, e: NewEvent): Promise<number> {
      touch(accountId);
      const id = await newIds(db, accountId, 'events');
      await db
        .insertInto('events')
        .values({
          id,
          account_id: accountId,
          opportunity_id: e.opportunityId,
          type: e.type,
          date: e.date,
          at: e.at,
          until: e.until,
          note: e.note,
          created_at: stamp(),
        })
        .execute();
      return id;
    },

    async updateEvent(accountId: number, id: number, e: NewEvent): Promise<void> {
      touch(accountId);
      await db
        .updateTable('events')
        .set({ type: e.type, date: e.date, at: e.at, until: e.until, note: e.note })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    async deleteEvent(accountId: number, id: number): Promise<void> {
      touch(accountId);
      await db
        .deleteFrom('events')
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },
  };
}
