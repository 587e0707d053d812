import type { EventRecord } from '../records.js';

/** An event as the plan reads it. */
export type PlanEventRecord = Pick<EventRecord, 'opportunityId' | 'type' | 'date' | 'at' | 'until'>;

import type { Db } from './shared.js';

/** What the numbers of a search read besides the events. */
export function progressQueries(db: Db) {
  return {
    /**
     * Every opportunity of an account with its source and version, by id: the version
     * changes with every write to the opportunity or its timeline (its next-due cache is
     * rewritten then), which says whose facts must be counted again.
     */
    async opportunitySources(
      accountId: number,
    ): Promise<
      { readonly id: number; readonly source: string | null; readonly version: number }[]
    > {
      return db
        .selectFrom('opportunities')
        .select(['id', 'source', 'version'])
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
    },

    /**
     * The events of an account with what the plan reads of them (no note, no stamps), by
     * opportunity, then by date and order of entry: those of `opportunityIds` only, or all.
     */
    async planEvents(
      accountId: number,
      opportunityIds?: readonly number[],
    ): Promise<PlanEventRecord[]> {
      let query = db
        .selectFrom('events')
        .select(['opportunity_id as opportunityId', 'type', 'date', 'at', 'until'])
        .where('account_id', '=', accountId);
      if (opportunityIds !== undefined) {
        if (opportunityIds.length === 0) return [];
        query = query.where('opportunity_id', 'in', opportunityIds);
      }
      return query.orderBy('opportunity_id').orderBy('date').orderBy('id').execute();
    },
  };
}
