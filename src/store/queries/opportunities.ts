import { sql } from 'kysely';
import type { NewOpportunity, OpportunityFilter, OpportunityRecord } from '../records.js';
import { type Db, likePattern, newIds, stamp, type Touch } from './shared.js';

/** Opportunities, with their contact and company. */
export function opportunityQueries(db: Db, touch: Touch) {
  function opportunitySelect() {
    return db
      .selectFrom('opportunities as o')
      .leftJoin('companies as co', (j) =>
        j.onRef('co.account_id', '=', 'o.account_id').onRef('co.id', '=', 'o.company_id'),
      )
      .leftJoin('contacts as c', (j) =>
        j.onRef('c.account_id', '=', 'o.account_id').onRef('c.id', '=', 'o.contact_id'),
      )
      .leftJoin('companies as cc', (j) =>
        j.onRef('cc.account_id', '=', 'c.account_id').onRef('cc.id', '=', 'c.company_id'),
      )
      .select([
        'o.id',
        'o.kind',
        'o.company_id',
        'co.name as company',
        'o.title',
        'o.posting_url',
        'o.notes',
        'o.source',
        'o.created_at',
        'o.updated_at',
        'o.version',
        'o.closed',
        'o.interviewing',
        'o.held_on',
        'o.follow_ups',
        'o.interview_on',
        'c.id as contact_id',
        'c.name as contact_name',
        'c.email as contact_email',
        'c.phone as contact_phone',
        'c.role as contact_role',
        'c.company_id as contact_company_id',
        'cc.name as contact_company',
      ]);
  }
  type OpportunityRow = Awaited<
    ReturnType<ReturnType<typeof opportunitySelect>['executeTakeFirstOrThrow']>
  >;

  function opportunityRecord(row: OpportunityRow): OpportunityRecord {
    return {
      id: row.id,
      kind: row.kind,
      companyId: row.company_id,
      company: row.company,
      title: row.title,
      contact:
        row.contact_id === null || row.contact_name === null
          ? null
          : {
              id: row.contact_id,
              name: row.contact_name,
              email: row.contact_email,
              phone: row.contact_phone,
              role: row.contact_role,
              companyId: row.contact_company_id,
              company: row.contact_company,
            },
      postingUrl: row.posting_url,
      notes: row.notes,
      source: row.source,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      cache: {
        closed: Boolean(row.closed),
        interviewing: Boolean(row.interviewing),
        heldOn: row.held_on,
        followUps: row.follow_ups,
        interviewOn: row.interview_on,
      },
    };
  }

  return {
    async insertOpportunity(accountId: number, o: NewOpportunity): Promise<number> {
      touch(accountId);
      const now = stamp();
      const id = await newIds(db, accountId, 'opportunities');
      await db
        .insertInto('opportunities')
        .values({
          id,
          account_id: accountId,
          kind: o.kind,
          company_id: o.companyId,
          title: o.title,
          contact_id: o.contactId,
          posting_url: o.postingUrl,
          notes: o.notes,
          source: o.source ?? null,
          created_at: now,
          updated_at: now,
          version: 1,
          closed: 0,
          interviewing: 0,
          held_on: null,
          follow_ups: 0,
          interview_on: null,
        })
        .execute();
      return id;
    },

    async updateOpportunity(
      accountId: number,
      id: number,
      o: Omit<NewOpportunity, 'kind'>,
    ): Promise<void> {
      touch(accountId);
      await db
        .updateTable('opportunities')
        .set({
          company_id: o.companyId,
          title: o.title,
          contact_id: o.contactId,
          posting_url: o.postingUrl,
          notes: o.notes,
          ...(o.source === undefined ? {} : { source: o.source }),
          updated_at: stamp(),
          version: sql`version + 1`,
        })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    async deleteOpportunity(accountId: number, id: number): Promise<void> {
      touch(accountId);
      await db
        .deleteFrom('next_steps')
        .where('account_id', '=', accountId)
        .where('opportunity_id', '=', id)
        .execute();
      await db
        .deleteFrom('events')
        .where('account_id', '=', accountId)
        .where('opportunity_id', '=', id)
        .execute();
      await db
        .deleteFrom('opportunities')
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    async opportunity(accountId: number, id: number): Promise<OpportunityRecord | undefined> {
      const row = await opportunitySelect()
        .where('o.account_id', '=', accountId)
        .where('o.id', '=', id)
        .executeTakeFirst();
      return row && opportunityRecord(row);
    },

    async opportunities(
      accountId: number,
      filter: OpportunityFilter = {},
    ): Promise<OpportunityRecord[]> {
      let query = opportunitySelect().where('o.account_id', '=', accountId);
      for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean)) {
        const like = likePattern(word);
        query = query.where((eb) =>
          eb.or([
            eb(sql`lower(coalesce(co.name, ''))`, 'like', sql`${like} escape '\\'`),
            eb(sql`lower(coalesce(o.title, ''))`, 'like', sql`${like} escape '\\'`),
            eb(sql`lower(coalesce(c.name, ''))`, 'like', sql`${like} escape '\\'`),
          ]),
        );
      }
      if (filter.limit !== undefined) query = query.limit(filter.limit);
      const rows = await query.orderBy('o.id', 'desc').execute();
      return rows.map(opportunityRecord);
    },

    async opportunityIds(accountId: number): Promise<number[]> {
      const rows = await db
        .selectFrom('opportunities')
        .select('id')
        .where('account_id', '=', accountId)
        .execute();
      return rows.map((r) => r.id);
    },

    /** Opportunities held on or before `today`, latest first. */
    async held(accountId: number, today: string): Promise<OpportunityRecord[]> {
      const rows = await opportunitySelect()
        .where('o.account_id', '=', accountId)
        .where('o.closed', '=', 0)
        .where('o.held_on', '<=', today)
        .orderBy('o.held_on', 'desc')
        .orderBy('o.id', 'desc')
        .execute();
      return rows.map(opportunityRecord);
    },
  };
}
