import { type ExpressionBuilder, sql } from 'kysely';
import type { EventRecord } from '../records.js';
import type { Database } from '../schema.js';
import { EVENT_COLUMNS } from './events.js';
import { chunks, type Db, likePattern } from './shared.js';

/** Which opportunities a page holds: words to find, a status on a day. */
export interface OpportunityPageFilter {
  readonly search?: string | undefined;
  readonly status?: 'active' | 'interviewing' | 'holding' | 'closed' | undefined;
  /** The day statuses are read on (R3's automatic hold). */
  readonly today: string;
}

/** Where a page starts and how long it is; `after` is the last row of the previous page. */
export interface PageWindow<K> {
  readonly after?: K | undefined;
  /** At most this many rows; none: every row after `after`. */
  readonly limit?: number | undefined;
}

/** The columns an opportunity list shows, no more. */
export interface OpportunityRowOfList {
  readonly id: number;
  readonly kind: string;
  readonly company: string | null;
  readonly title: string | null;
  readonly contact: string | null;
  readonly closed: number;
  readonly interviewing: number;
  readonly heldOn: string | null;
  readonly followUps: number;
  /** Where it came from, as stored. */
  readonly source: string | null;
}

/** The first step due of an opportunity. */
export interface FirstStepRecord {
  readonly opportunityId: number;
  readonly action: string;
  readonly dueOn: string;
  readonly dueBy: string;
  readonly followUpNumber: number | null;
}

type Eb = ExpressionBuilder<Database & { o: Database['opportunities'] }, 'o'>;

// The IN lists of one query stay below SQLite's and PostgreSQL's parameter limits.
const IN_LIST = 500;

/** Lists that come a page at a time, by keyset: a page never repeats or skips a row when rows are added. */
export function pageQueries(db: Db) {
  function opportunitiesOf(accountId: number, filter: OpportunityPageFilter) {
    const words = (filter.search ?? '').split(/\s+/).filter(Boolean);
    let query = db
      .selectFrom('opportunities as o')
      .leftJoin('companies as co', (j) =>
        j.onRef('co.account_id', '=', 'o.account_id').onRef('co.id', '=', 'o.company_id'),
      )
      .leftJoin('contacts as c', (j) =>
        j.onRef('c.account_id', '=', 'o.account_id').onRef('c.id', '=', 'o.contact_id'),
      )
      .where('o.account_id', '=', accountId);
    for (const word of words) {
      const like = likePattern(word);
      query = query.where((eb) =>
        eb.or([
          eb(sql`lower(coalesce(co.name, ''))`, 'like', sql`${like} escape '\\'`),
          eb(sql`lower(coalesce(o.title, ''))`, 'like', sql`${like} escape '\\'`),
          eb(sql`lower(coalesce(c.name, ''))`, 'like', sql`${like} escape '\\'`),
        ]),
      );
    }
    const { status, today } = filter;
    if (status === 'closed') return query.where('o.closed', '=', 1);
    if (status === undefined) return query;
    query = query.where('o.closed', '=', 0);
    if (status === 'holding') return query.where('o.held_on', '<=', today);
    return query
      .where((eb: Eb) => eb.or([eb('o.held_on', 'is', null), eb('o.held_on', '>', today)]))
      .where('o.interviewing', '=', status === 'interviewing' ? 1 : 0);
  }

  return {
    /** Opportunities newest first (by id), after the id `after`. */
    async opportunityPage(
      accountId: number,
      filter: OpportunityPageFilter,
      window: PageWindow<number>,
    ): Promise<OpportunityRowOfList[]> {
      let query = opportunitiesOf(accountId, filter).select([
        'o.id',
        'o.kind',
        'co.name as company',
        'o.title',
        'c.name as contact',
        'o.closed',
        'o.interviewing',
        'o.held_on as heldOn',
        'o.follow_ups as followUps',
        'o.source',
      ]);
      if (window.after !== undefined) query = query.where('o.id', '<', window.after);
      if (window.limit !== undefined) query = query.limit(window.limit);
      return query.orderBy('o.id', 'desc').execute();
    },

    /** How many opportunities the filter holds, over every page. */
    async opportunityCount(accountId: number, filter: OpportunityPageFilter): Promise<number> {
      const row = await opportunitiesOf(accountId, filter)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The decisions (offer, rejected, withdrawn) of some opportunities: those a page shows. */
    async decisionEvents(accountId: number, ids: readonly number[]): Promise<EventRecord[]> {
      const found: EventRecord[] = [];
      for (const slice of chunks(ids, IN_LIST)) {
        const rows = await db
          .selectFrom('events')
          .select(EVENT_COLUMNS)
          .where('account_id', '=', accountId)
          .where('type', 'in', ['offer', 'rejected', 'withdrawn'])
          .where('opportunity_id', 'in', slice)
          .orderBy('opportunity_id')
          .orderBy('date')
          .orderBy('id')
          .execute();
        found.push(...rows);
      }
      return found;
    },

    /** The first step due of each of these opportunities (by due day, then the plan's order). */
    async firstSteps(
      accountId: number,
      ids: readonly number[],
    ): Promise<Map<number, FirstStepRecord>> {
      const first = new Map<number, FirstStepRecord>();
      for (const slice of chunks(ids, IN_LIST)) {
        const rows = await db
          .selectFrom('next_steps')
          .select([
            'opportunity_id as opportunityId',
            'action',
            'due_on as dueOn',
            'due_by as dueBy',
            'follow_up_number as followUpNumber',
          ])
          .where('account_id', '=', accountId)
          .where('opportunity_id', 'in', slice)
          .orderBy('due_on')
          .orderBy('position')
          .execute();
        for (const row of rows)
          if (!first.has(row.opportunityId)) first.set(row.opportunityId, row);
      }
      return first;
    },

    /** How many opportunities name each of these contacts: one grouped query per slice. */
    async opportunityCounts(
      accountId: number,
      contactIds: readonly number[],
    ): Promise<Map<number, number>> {
      const counts = new Map<number, number>();
      for (const slice of chunks(contactIds, IN_LIST)) {
        const rows = await db
          .selectFrom('opportunities')
          .select((eb) => ['contact_id', eb.fn.countAll<number>().as('n')])
          .where('account_id', '=', accountId)
          .where('contact_id', 'in', slice)
          .groupBy('contact_id')
          .execute();
        for (const row of rows)
          if (row.contact_id !== null) counts.set(row.contact_id, Number(row.n));
      }
      return counts;
    },
  };
}
