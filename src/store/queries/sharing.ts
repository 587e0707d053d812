import { type Db, stamp } from './shared.js';

/** A seeker's grant to a coach. */
export interface GrantRecord {
  readonly accountId: number;
  readonly coachId: number;
  readonly coachEmail: string;
  readonly coachName: string;
  readonly clientEmail: string;
  readonly clientName: string;
  readonly scope: string;
  readonly until: string | null;
  readonly createdAt: string;
}

export interface AccessRecord {
  readonly coachEmail: string;
  readonly at: string;
  readonly what: string;
}

function grantSelect(db: Db) {
  return db
    .selectFrom('grants as g')
    .innerJoin('accounts as coach', 'coach.id', 'g.coach_id')
    .innerJoin('accounts as client', 'client.id', 'g.account_id')
    .select([
      'g.account_id as accountId',
      'g.coach_id as coachId',
      'coach.email as coachEmail',
      'coach.display_name as coachName',
      'client.email as clientEmail',
      'client.display_name as clientName',
      'g.scope',
      'g.until',
      'g.created_at as createdAt',
    ]);
}

type GrantRow = Awaited<ReturnType<ReturnType<typeof grantSelect>['execute']>>[number];
const grantOf = (r: GrantRow): GrantRecord => ({
  ...r,
  coachEmail: r.coachEmail ?? '',
  coachName: r.coachName ?? '',
  clientEmail: r.clientEmail ?? '',
  clientName: r.clientName ?? '',
});

/** Grants to coaches and the coaches' reads. */
export function sharingQueries(db: Db) {
  return {
    /** Grants or changes a grant: one per seeker and coach. */
    async saveGrant(g: {
      accountId: number;
      coachId: number;
      scope: string;
      until: string | null;
    }): Promise<void> {
      const values = {
        account_id: g.accountId,
        coach_id: g.coachId,
        scope: g.scope,
        until: g.until,
        created_at: stamp(),
      };
      await db
        .insertInto('grants')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['account_id', 'coach_id']).doUpdateSet({ scope: g.scope, until: g.until }),
        )
        .execute();
    },

    /** Whether there was a grant to revoke. */
    async deleteGrant(accountId: number, coachId: number): Promise<boolean> {
      const gone = await db
        .deleteFrom('grants')
        .where('account_id', '=', accountId)
        .where('coach_id', '=', coachId)
        .executeTakeFirst();
      return Number(gone.numDeletedRows) > 0;
    },

    /** Every grant a seeker gave, live or past its end. */
    async grantsOf(accountId: number): Promise<GrantRecord[]> {
      const rows = await grantSelect(db)
        .where('g.account_id', '=', accountId)
        .orderBy('g.created_at')
        .execute();
      return rows.map(grantOf);
    },

    /** The grants a coach holds that still hold on `today` (ISO date). */
    async grantsTo(coachId: number, today: string): Promise<GrantRecord[]> {
      const rows = await grantSelect(db)
        .where('g.coach_id', '=', coachId)
        .where((eb) => eb.or([eb('g.until', 'is', null), eb('g.until', '>=', today)]))
        .orderBy('client.email')
        .execute();
      return rows.map(grantOf);
    },

    async logAccess(accountId: number, coachId: number, what: string): Promise<void> {
      await db
        .insertInto('access_log')
        .values({ account_id: accountId, coach_id: coachId, at: stamp(), what })
        .execute();
    },

    /** The coaches' latest reads of a seeker's data, newest first. */
    async accessLog(accountId: number, limit = 100): Promise<AccessRecord[]> {
      const rows = await db
        .selectFrom('access_log as l')
        .innerJoin('accounts as coach', 'coach.id', 'l.coach_id')
        .select(['coach.email as coachEmail', 'l.at', 'l.what'])
        .where('l.account_id', '=', accountId)
        .orderBy('l.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ ...r, coachEmail: r.coachEmail ?? '' }));
    },
  };
}
