import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type {
  CacheRecord,
  ContactRecord,
  DueStepRecord,
  EventRecord,
  InterviewRecord,
  NewContact,
  NewEvent,
  NewOpportunity,
  OpportunityFilter,
  OpportunityRecord,
  SettingsRecord,
} from './records.js';
import type { Database, SettingsTable } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const stamp = (): string => new Date().toISOString();

function likePattern(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function settingsRecord(row: Selectable<SettingsTable>): SettingsRecord {
  return {
    timeZone: row.time_zone,
    region: row.region,
    weekendDays: JSON.parse(row.weekend_days) as number[],
    daysOff: JSON.parse(row.days_off) as string[],
    name: row.user_name,
    phone: row.user_phone,
    email: row.user_email,
    playbook: JSON.parse(row.playbook) as Record<string, unknown>,
  };
}

/** Every query of the product, on a connection or inside a transaction. */
export function queries(db: Db) {
  function opportunitySelect() {
    return db
      .selectFrom('opportunities as o')
      .leftJoin('companies as co', 'co.id', 'o.company_id')
      .leftJoin('contacts as c', 'c.id', 'o.contact_id')
      .leftJoin('companies as cc', 'cc.id', 'c.company_id')
      .select([
        'o.id',
        'o.kind',
        'o.company_id',
        'co.name as company',
        'o.title',
        'o.posting_url',
        'o.notes',
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
    /** The single local account, created on first use. */
    async ensureAccount(name: string, defaultsOf: () => SettingsRecord): Promise<number> {
      const found = await db
        .selectFrom('accounts')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirst();
      if (found) return found.id;
      const { id } = await db
        .insertInto('accounts')
        .values({ name, created_at: stamp() })
        .returning('id')
        .executeTakeFirstOrThrow();
      const defaults = defaultsOf();
      await db
        .insertInto('settings')
        .values({
          account_id: id,
          time_zone: defaults.timeZone,
          region: defaults.region,
          weekend_days: JSON.stringify(defaults.weekendDays),
          days_off: JSON.stringify(defaults.daysOff),
          user_name: defaults.name,
          user_phone: defaults.phone,
          user_email: defaults.email,
          playbook: JSON.stringify(defaults.playbook),
          updated_at: stamp(),
        })
        .execute();
      return id;
    },

    async settings(accountId: number): Promise<SettingsRecord> {
      const row = await db
        .selectFrom('settings')
        .selectAll()
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow();
      return settingsRecord(row);
    },

    async saveSettings(accountId: number, s: SettingsRecord): Promise<void> {
      await db
        .updateTable('settings')
        .set({
          time_zone: s.timeZone,
          region: s.region,
          weekend_days: JSON.stringify(s.weekendDays),
          days_off: JSON.stringify(s.daysOff),
          user_name: s.name,
          user_phone: s.phone,
          user_email: s.email,
          playbook: JSON.stringify(s.playbook),
          updated_at: stamp(),
        })
        .where('account_id', '=', accountId)
        .execute();
    },

    /** The company of that name (any case), created when new. */
    async companyId(accountId: number, name: string): Promise<number> {
      const key = name.trim().toLowerCase();
      const found = await db
        .selectFrom('companies')
        .select('id')
        .where('account_id', '=', accountId)
        .where('name_key', '=', key)
        .executeTakeFirst();
      if (found) return found.id;
      const { id } = await db
        .insertInto('companies')
        .values({ account_id: accountId, name: name.trim(), name_key: key, created_at: stamp() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async insertContact(accountId: number, contact: NewContact): Promise<number> {
      const now = stamp();
      const { id } = await db
        .insertInto('contacts')
        .values({
          account_id: accountId,
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          role: contact.role,
          company_id: contact.companyId,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async updateContact(accountId: number, id: number, contact: NewContact): Promise<void> {
      await db
        .updateTable('contacts')
        .set({
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          role: contact.role,
          company_id: contact.companyId,
          updated_at: stamp(),
        })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    async contacts(
      accountId: number,
      search?: string,
    ): Promise<(ContactRecord & { opportunities: number })[]> {
      let query = db
        .selectFrom('contacts as c')
        .leftJoin('companies as co', 'co.id', 'c.company_id')
        .select((eb) => [
          'c.id',
          'c.name',
          'c.email',
          'c.phone',
          'c.role',
          'c.company_id as companyId',
          'co.name as company',
          eb
            .selectFrom('opportunities as o')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('o.contact_id', '=', 'c.id')
            .as('opportunities'),
        ])
        .where('c.account_id', '=', accountId);
      for (const word of (search ?? '').split(/\s+/).filter(Boolean)) {
        const like = likePattern(word);
        query = query.where((eb) =>
          eb.or([
            eb(sql`lower(c.name)`, 'like', sql`${like} escape '\\'`),
            eb(sql`lower(coalesce(c.email, ''))`, 'like', sql`${like} escape '\\'`),
            eb(sql`lower(coalesce(co.name, ''))`, 'like', sql`${like} escape '\\'`),
          ]),
        );
      }
      const rows = await query.orderBy(sql`lower(c.name)`).orderBy('c.id').execute();
      return rows.map((r) => ({ ...r, opportunities: Number(r.opportunities ?? 0) }));
    },

    /** How many opportunities name this contact as their primary contact. */
    async contactUses(accountId: number, contactId: number): Promise<number> {
      const row = await db
        .selectFrom('opportunities')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', '=', accountId)
        .where('contact_id', '=', contactId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async insertOpportunity(accountId: number, o: NewOpportunity): Promise<number> {
      const now = stamp();
      const { id } = await db
        .insertInto('opportunities')
        .values({
          account_id: accountId,
          kind: o.kind,
          company_id: o.companyId,
          title: o.title,
          contact_id: o.contactId,
          posting_url: o.postingUrl,
          notes: o.notes,
          created_at: now,
          updated_at: now,
          version: 1,
          closed: 0,
          interviewing: 0,
          held_on: null,
          follow_ups: 0,
          interview_on: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async updateOpportunity(
      accountId: number,
      id: number,
      o: Omit<NewOpportunity, 'kind'>,
    ): Promise<void> {
      await db
        .updateTable('opportunities')
        .set({
          company_id: o.companyId,
          title: o.title,
          contact_id: o.contactId,
          posting_url: o.postingUrl,
          notes: o.notes,
          updated_at: stamp(),
          version: sql`version + 1`,
        })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    async deleteOpportunity(accountId: number, id: number): Promise<void> {
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

    async events(accountId: number, opportunityId: number): Promise<EventRecord[]> {
      return db
        .selectFrom('events')
        .select([
          'id',
          'opportunity_id as opportunityId',
          'type',
          'date',
          'at',
          'until',
          'note',
          'created_at as createdAt',
        ])
        .where('account_id', '=', accountId)
        .where('opportunity_id', '=', opportunityId)
        .orderBy('date')
        .orderBy('id')
        .execute();
    },

    async event(accountId: number, id: number): Promise<EventRecord | undefined> {
      return db
        .selectFrom('events')
        .select([
          'id',
          'opportunity_id as opportunityId',
          'type',
          'date',
          'at',
          'until',
          'note',
          'created_at as createdAt',
        ])
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async insertEvent(accountId: number, e: NewEvent): Promise<number> {
      const { id } = await db
        .insertInto('events')
        .values({
          account_id: accountId,
          opportunity_id: e.opportunityId,
          type: e.type,
          date: e.date,
          at: e.at,
          until: e.until,
          note: e.note,
          created_at: stamp(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async updateEvent(accountId: number, id: number, e: NewEvent): Promise<void> {
      await db
        .updateTable('events')
        .set({ type: e.type, date: e.date, at: e.at, until: e.until, note: e.note })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    async deleteEvent(accountId: number, id: number): Promise<void> {
      await db
        .deleteFrom('events')
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    /** Rewrites the next-due cache of one opportunity and bumps its version. */
    async writeCache(accountId: number, opportunityId: number, cache: CacheRecord): Promise<void> {
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
        .innerJoin('opportunities as o', 'o.id', 's.opportunity_id')
        .leftJoin('companies as co', 'co.id', 'o.company_id')
        .leftJoin('contacts as c', 'c.id', 'o.contact_id')
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

    /** Interviews and meetings on or after `from` of open opportunities. */
    async interviews(accountId: number, from: string): Promise<InterviewRecord[]> {
      return db
        .selectFrom('events as e')
        .innerJoin('opportunities as o', 'o.id', 'e.opportunity_id')
        .leftJoin('companies as co', 'co.id', 'o.company_id')
        .leftJoin('contacts as c', 'c.id', 'o.contact_id')
        .select([
          'e.opportunity_id as opportunityId',
          'e.id as eventId',
          'e.type',
          'e.date',
          'e.at',
          'co.name as company',
          'o.title',
          'c.name as contactName',
        ])
        .where('e.account_id', '=', accountId)
        .where('e.type', 'in', ['interview', 'meeting'])
        .where('e.date', '>=', from)
        .where('o.closed', '=', 0)
        .orderBy('e.date')
        .orderBy('e.at')
        .execute();
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

/** The queries of a connection or transaction. */
export type Queries = ReturnType<typeof queries>;
