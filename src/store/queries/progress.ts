import type { EventRecord } from '../records.js';

/** An event as the plan reads it. */
export type PlanEventRecord = Pick<EventRecord, 'opportunityId' | 'type' | 'date' | 'at' | 'until'>;

import { EVENT_COLUMNS } from './events.js';
import type { Db } from './shared.js';

/** What the numbers of a search read besides the events. */
export function progressQueries(db: Db) {
  return {
    /** Every opportunity of an account with its source, by id. */
    async opportunitySources(
      accountId: number,
    ): Promise<{ readonly id: number; readonly source: string | null }[]> {
      return db
        .selectFrom('opportunities')
        .select(['id', 'source'])
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
    },

    /**
     * Every event of an account with what the plan reads of it (no note, no stamps), by
     * opportunity, then by date and order of entry: the numbers replay all of them.
     */
    async planEvents(accountId: number): Promise<PlanEventRecord[]> {
      return db
        .selectFrom('events')
        .select(['opportunity_id as opportunityId', 'type', 'date', 'at', 'until'])
        .where('account_id', '=', accountId)
        .orderBy('opportunity_id')
        .orderBy('date')
        .orderBy('id')
        .execute();
    },

    /** The decisions (offer, rejected, withdrawn) of an account's opportunities. */
    async decisionEvents(accountId: number): Promise<EventRecord[]> {
      return db
        .selectFrom('events')
        .select(EVENT_COLUMNS)
        .where('account_id', '=', accountId)
        .where('type', 'in', ['offer', 'rejected', 'withdrawn'])
        .orderBy('opportunity_id')
        .orderBy('date')
        .orderBy('id')
        .execute();
    },
  };
}
