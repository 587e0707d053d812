import { sql } from 'kysely';
import type { CacheRecord, EventRecord, StepRecord } from '../records.js';
import { accountEvents } from './events.js';
import { chunks, type Db, stamp, type Touch } from './shared.js';

/** Rows per statement: well under the bound-parameter limits of SQLite (32,766) and PostgreSQL (65,535). */
const ROWS = 500;

/** The next-due caches of a whole account at once: rebuilding and checking them. */
export function cacheQueries(db: Db, touch: Touch) {
  return {
    /** Every opportunity of an account with its events in timeline order (date, then id), by id. */
    async timelines(accountId: number): Promise<Map<number, EventRecord[]>> {
      const ids = await db
        .selectFrom('opportunities')
        .select('id')
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      const timelines = new Map<number, EventRecord[]>(ids.map((r) => [r.id, []]));
      const events = await accountEvents(db, accountId);
      for (const e of events) timelines.get(e.opportunityId)?.push(e);
      return timelines;
    },

    /** The next-due cache of every opportunity of an account, as stored, by id. */
    async storedCaches(accountId: number): Promise<Map<number, CacheRecord>> {
      const rows = await db
        .selectFrom('opportunities')
        .select(['id', 'closed', 'interviewing', 'held_on', 'follow_ups', 'interview_on'])
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      const steps = await db
        .selectFrom('next_steps')
        .select([
          'opportunity_id',
          'action',
          'due_on as dueOn',
          'due_by as dueBy',
          'follow_up_number as followUpNumber',
          'reason',
          'since',
        ])
        .where('account_id', '=', accountId)
        .orderBy('opportunity_id')
        .orderBy('position')
        .execute();
      const stepsOf = new Map<number, StepRecord[]>();
      for (const { opportunity_id, ...step } of steps) {
        const list = stepsOf.get(opportunity_id) ?? [];
        list.push(step);
        stepsOf.set(opportunity_id, list);
      }
      return new Map(
        rows.map((r) => [
          r.id,
          {
            closed: Boolean(r.closed),
            interviewing: Boolean(r.interviewing),
            heldOn: r.held_on,
            followUps: Number(r.follow_ups),
            interviewOn: r.interview_on,
            steps: stepsOf.get(r.id) ?? [],
          },
        ]),
      );
    },

    /**
     * Rewrites the next-due caches of many opportunities of an account in a
     * few statements per 500 (the bulk form of `writeCache`: versions bumped).
     */
    async writeCaches(accountId: number, caches: ReadonlyMap<number, CacheRecord>): Promise<void> {
      touch(accountId);
      const now = stamp();
      for (const part of chunks([...caches], ROWS)) {
        const values = sql.join(
          part.map(
            ([id, c]) =>
              sql`(cast(${id} as integer), cast(${c.closed ? 1 : 0} as integer), cast(${c.interviewing ? 1 : 0} as integer), cast(${c.heldOn} as text), cast(${c.followUps} as integer), cast(${c.interviewOn} as text))`,
          ),
        );
        // WITH ... UPDATE ... FROM: one statement on SQLite (3.33 and later) and PostgreSQL alike.
        await sql`with v (id, closed, interviewing, held_on, follow_ups, interview_on) as (values ${values})
          update opportunities set closed = v.closed, interviewing = v.interviewing, held_on = v.held_on,
            follow_ups = v.follow_ups, interview_on = v.interview_on, updated_at = ${now}, version = version + 1
          from v where opportunities.id = v.id and opportunities.account_id = ${accountId}`.execute(
          db,
        );
        const ids = part.map(([id]) => id);
        await db
          .deleteFrom('next_steps')
          .where('account_id', '=', accountId)
          .where('opportunity_id', 'in', ids)
          .execute();
        const steps = part.flatMap(([id, c]) =>
          c.steps.map((s, position) => ({
            account_id: accountId,
            opportunity_id: id,
            position,
            action: s.action,
            due_on: s.dueOn,
            due_by: s.dueBy,
            follow_up_number: s.followUpNumber,
            reason: s.reason,
            since: s.since,
          })),
        );
        for (const rows of chunks(steps, ROWS))
          await db.insertInto('next_steps').values(rows).execute();
      }
    },
  };
}
