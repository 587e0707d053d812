import { sql } from 'kysely';
import type {
  AwaitingStartRecord,
  CacheRecord,
  DueStepRecord,
  InterviewRecord,
} from '../records.js';
import { type Db, stamp, type Touch } from './shared.js';

/** Events with what the today list, a calendar and an e-mail show of their opportunity. */
export function interviewSelect(db: Db) {
  return db
    .selectFrom('events as e')
    .innerJoin('opportunities as o', (j) =>
      j.onRef('o.account_id', '=', 'e.account_id').onRef('o.id', '=', 'e.opportunity_id'),
    )
    .leftJoin('companies as co', (j) =>
      j.onRef('co.account_id', '=', 'o.account_id').onRef('co.id', '=', 'o.company_id'),
    )
    .leftJoin('contacts as c', (j) =>
      j.onRef('c.account_id', '=', 'o.account_id').onRef('c.id', '=', 'o.contact_id'),
    )
    .select([
      'e.opportunity_id as opportunityId',
      'e.id as eventId',
      'e.type',
      'e.date',
      'e.at',
      'e.note',
      'o.kind',
      'co.name as company',
      'o.title',
      'c.name as contactName',
      'c.phone as contactPhone',
      'c.email as contactEmail',
    ]);
}

/** The next-due cache and the reads of the today list. */
export function nextStepQueries(db: Db, touch: Touch) {
  return {
    /** Rewrites the next-due cache of one opportunity and bumps its version. */
    async writeCache(accountId: number, opportunityId: number, cache: CacheRecord): Promise<void> {
      touch(accountId);
      await db
        .updateTable('opportunities')
        .set({
          closed: cache.closed ? 1 : 0,
          interviewing: cache.interviewing ? 1 : 0,
          held_on: cache.heldOn,
          follow_ups: cache.followUps,
          interview_on: cache.interviewOn,
          updated_at: stamp(),
          version: sql`version + 1`,
        })
        .where('account_id', '=', accountId)
        .where('id', '=', opportunityId)
        .execute();
      await db
        .deleteFrom('next_steps')
        .where('account_id', '=', accountId)
        .where('opportunity_id', '=', opportunityId)
        .execute();
      if (cache.steps.length > 0) {
        await db
          .insertInto('next_steps')
          .values(
            cache.steps.map((s, position) => ({
              account_id: accountId,
              opportunity_id: opportunityId,
              position,
              action: s.action,
              due_on: s.dueOn,
              due_by: s.dueBy,
              follow_up_number: s.followUpNumber,
              reason: s.reason,
              since: s.since,
            })),
          )
          .execute();
      }
    },

    /** Steps due on or before `until`, through the due-date index, earliest first. */
    async dueSteps(accountId: number, until: string): Promise<DueStepRecord[]> {
      return db
        .selectFrom('next_steps as s')
        .innerJoin('opportunities as o', (j) =>
          j.onRef('o.account_id', '=', 's.account_id').onRef('o.id', '=', 's.opportunity_id'),
        )
        .leftJoin('companies as co', (j) =>
          j.onRef('co.account_id', '=', 'o.account_id').onRef('co.id', '=', 'o.company_id'),
        )
        .leftJoin('contacts as c', (j) =>
          j.onRef('c.account_id', '=', 'o.account_id').onRef('c.id', '=', 'o.contact_id'),
        )
        .select([
          's.opportunity_id as opportunityId',
          's.action',
          's.due_on as dueOn',
          's.due_by as dueBy',
          's.follow_up_number as followUpNumber',
          's.reason',
          's.since',
          'o.kind',
          'co.name as company',
          'o.title',
          'c.name as contactName',
          'c.email as contactEmail',
          'c.phone as contactPhone',
          'c.role as contactRole',
          'o.interview_on as interviewOn',
          'o.follow_ups as followUps',
        ])
        .where('s.account_id', '=', accountId)
        .where('s.due_on', '<=', until)
        .orderBy('s.due_on')
        .orderBy('s.opportunity_id')
        .orderBy('s.position')
        .execute();
    },

    /**
     * Open opportunities that wait for their start (core's `awaitsStart`, read from the
     * next-due cache): not closed, not interviewing, not held, no step. Oldest first.
     */
    async awaitingStart(accountId: number, limit: number): Promise<AwaitingStartRecord[]> {
      return db
        .selectFrom('opportunities as o')
        .leftJoin('companies as co', (j) =>
          j.onRef('co.account_id', '=', 'o.account_id').onRef('co.id', '=', 'o.company_id'),
        )
        .leftJoin('contacts as c', (j) =>
          j.onRef('c.account_id', '=', 'o.account_id').onRef('c.id', '=', 'o.contact_id'),
        )
        .select([
          'o.id as opportunityId',
          'o.kind',
          'co.name as company',
          'o.title',
          'o.posting_url as postingUrl',
          'c.name as contactName',
          'c.email as contactEmail',
          'c.phone as contactPhone',
          'o.created_at as createdAt',
        ])
        .where('o.account_id', '=', accountId)
        .where('o.closed', '=', 0)
        .where('o.interviewing', '=', 0)
        .where('o.held_on', 'is', null)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('next_steps as s')
                .select('s.opportunity_id')
                .whereRef('s.opportunity_id', '=', 'o.id')
                .where('s.account_id', '=', accountId),
            ),
          ),
        )
        .orderBy('o.id')
        .limit(limit)
        .execute();
    },

    /** Interviews and meetings on or after `from` of open opportunities. */
    async interviews(accountId: number, from: string): Promise<InterviewRecord[]> {
      return interviewSelect(db)
        .where('e.account_id', '=', accountId)
        .where('e.type', 'in', ['interview', 'meeting'])
        .where('e.date', '>=', from)
        .where('o.closed', '=', 0)
        .orderBy('e.date')
        .orderBy('e.at')
        .orderBy('e.id')
        .execute();
    },
  };
}
