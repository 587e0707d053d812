import { sql } from 'kysely';
import type {
  AccountCounts,
  CompanyRecord,
  EventRecord,
  FullContactRecord,
  NewFullContact,
  NewPlannedOpportunity,
  NewStep,
  NewTimedEvent,
  PlainOpportunityRecord,
} from '../records.js';
import { type Db, stamp } from './shared.js';

// Imports move thousands of rows: they are written many to a statement, inside the caller's
// transaction. Each statement stays under SQLite's 32,766 parameters (PostgreSQL takes 65,535).
const PARAMETERS_PER_STATEMENT = 30_000;

function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.floor(PARAMETERS_PER_STATEMENT / columns);
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * The ids of a many-row insert, in the order of its rows. Both databases number
 * the rows of one INSERT in order, but neither promises RETURNING's order: the
 * ids are sorted, and checked against a column of each row.
 */
function idsInOrder<K extends string>(
  returned: readonly ({ id: number } & Record<K, unknown>)[],
  rows: readonly Record<K, unknown>[],
  column: K,
): number[] {
  const sorted = [...returned].sort((a, b) => a.id - b.id);
  if (sorted.length !== rows.length || sorted.some((r, i) => r[column] !== rows[i]?.[column])) {
    throw new Error(`insert returned ${sorted.length} rows out of order for ${rows.length}`);
  }
  return sorted.map((r) => r.id);
}

/** The bulk reads and writes of imports and exports. */
export function importQueries(db: Db) {
  return {
    async accountCounts(accountId: number): Promise<AccountCounts> {
      const count = async (table: 'companies' | 'contacts' | 'opportunities') => {
        const row = await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('account_id', '=', accountId)
          .executeTakeFirstOrThrow();
        return Number(row.n);
      };
      return {
        companies: await count('companies'),
        contacts: await count('contacts'),
        opportunities: await count('opportunities'),
      };
    },

    async allCompanies(accountId: number): Promise<CompanyRecord[]> {
      return db
        .selectFrom('companies')
        .select(['id', 'name', 'name_key as key', 'created_at as createdAt'])
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
    },

    async allContacts(accountId: number): Promise<FullContactRecord[]> {
      return db
        .selectFrom('contacts')
        .select([
          'id',
          'name',
          'email',
          'phone',
          'role',
          'company_id as companyId',
          'linkedin_url as linkedinUrl',
          'position',
          'connected_on as connectedOn',
          'notes',
          'created_at as createdAt',
        ])
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
    },

    async allOpportunities(accountId: number): Promise<PlainOpportunityRecord[]> {
      return db
        .selectFrom('opportunities')
        .select([
          'id',
          'kind',
          'company_id as companyId',
          'title',
          'contact_id as contactId',
          'posting_url as postingUrl',
          'notes',
          'created_at as createdAt',
        ])
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
    },

    /** Every event of the account, by opportunity, then in timeline order of entry. */
    async allEvents(accountId: number): Promise<EventRecord[]> {
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
        .orderBy('opportunity_id')
        .orderBy('date')
        .orderBy('id')
        .execute();
    },

    /** New companies; their ids by name key. */
    async insertCompanies(
      accountId: number,
      companies: readonly { name: string; key: string; createdAt?: string | undefined }[],
    ): Promise<Map<string, number>> {
      const ids = new Map<string, number>();
      const now = stamp();
      for (const chunk of chunks(companies, 4)) {
        const rows = await db
          .insertInto('companies')
          .values(
            chunk.map((c) => ({
              account_id: accountId,
              name: c.name,
              name_key: c.key,
              created_at: c.createdAt ?? now,
            })),
          )
          .returning(['id', 'name_key'])
          .execute();
        for (const r of rows) ids.set(r.name_key, r.id);
      }
      return ids;
    },

    /** New contacts; their ids in the order given. */
    async insertContacts(
      accountId: number,
      contacts: readonly NewFullContact[],
    ): Promise<number[]> {
      const ids: number[] = [];
      const now = stamp();
      for (const chunk of chunks(contacts, 12)) {
        const values = chunk.map((c) => ({
          account_id: accountId,
          name: c.name,
          email: c.email,
          phone: c.phone,
          role: c.role,
          company_id: c.companyId,
          linkedin_url: c.linkedinUrl,
          position: c.position,
          connected_on: c.connectedOn,
          notes: c.notes,
          created_at: c.createdAt ?? now,
          updated_at: now,
        }));
        const rows = await db
          .insertInto('contacts')
          .values(values)
          .returning(['id', 'name'])
          .execute();
        ids.push(...idsInOrder(rows, values, 'name'));
      }
      return ids;
    },

    /** Fills in fields of an existing contact (a merge): only the fields given change. */
    async patchContact(
      accountId: number,
      id: number,
      patch: Partial<Omit<NewFullContact, 'createdAt'>>,
    ): Promise<void> {
      await db
        .updateTable('contacts')
        .set({
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.email === undefined ? {} : { email: patch.email }),
          ...(patch.phone === undefined ? {} : { phone: patch.phone }),
          ...(patch.role === undefined ? {} : { role: patch.role }),
          ...(patch.companyId === undefined ? {} : { company_id: patch.companyId }),
          ...(patch.linkedinUrl === undefined ? {} : { linkedin_url: patch.linkedinUrl }),
          ...(patch.position === undefined ? {} : { position: patch.position }),
          ...(patch.connectedOn === undefined ? {} : { connected_on: patch.connectedOn }),
          ...(patch.notes === undefined ? {} : { notes: patch.notes }),
          updated_at: stamp(),
        })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    /** New opportunities with their next-due cache; their ids in the order given. */
    async insertOpportunities(
      accountId: number,
      opportunities: readonly NewPlannedOpportunity[],
    ): Promise<number[]> {
      const ids: number[] = [];
      const now = stamp();
      for (const chunk of chunks(opportunities, 15)) {
        const values = chunk.map((o) => ({
          account_id: accountId,
          kind: o.kind,
          company_id: o.companyId,
          title: o.title,
          contact_id: o.contactId,
          posting_url: o.postingUrl,
          notes: o.notes,
          created_at: o.createdAt ?? now,
          updated_at: now,
          version: 1,
          closed: o.cache.closed ? 1 : 0,
          interviewing: o.cache.interviewing ? 1 : 0,
          held_on: o.cache.heldOn,
          follow_ups: o.cache.followUps,
          interview_on: o.cache.interviewOn,
        }));
        const rows = await db
          .insertInto('opportunities')
          .values(values)
          .returning(['id', 'title'])
          .execute();
        ids.push(...idsInOrder(rows, values, 'title'));
      }
      return ids;
    },

    /** Fills in fields of an existing opportunity (a merge) and bumps its version. */
    async patchOpportunity(
      accountId: number,
      id: number,
      patch: {
        readonly contactId?: number;
        readonly postingUrl?: string;
        readonly notes?: string;
      },
    ): Promise<void> {
      await db
        .updateTable('opportunities')
        .set({
          ...(patch.contactId === undefined ? {} : { contact_id: patch.contactId }),
          ...(patch.postingUrl === undefined ? {} : { posting_url: patch.postingUrl }),
          ...(patch.notes === undefined ? {} : { notes: patch.notes }),
          updated_at: stamp(),
          version: sql`version + 1`,
        })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    async insertEvents(accountId: number, events: readonly NewTimedEvent[]): Promise<void> {
      const now = stamp();
      for (const chunk of chunks(events, 8)) {
        await db
          .insertInto('events')
          .values(
            chunk.map((e) => ({
              account_id: accountId,
              opportunity_id: e.opportunityId,
              type: e.type,
              date: e.date,
              at: e.at,
              until: e.until,
              note: e.note,
              created_at: e.createdAt ?? now,
            })),
          )
          .execute();
      }
    },

    /** Next steps of new opportunities (whose cache was written with them). */
    async insertSteps(accountId: number, steps: readonly NewStep[]): Promise<void> {
      for (const chunk of chunks(steps, 9)) {
        await db
          .insertInto('next_steps')
          .values(
            chunk.map((s) => ({
              account_id: accountId,
              opportunity_id: s.opportunityId,
              position: s.position,
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
  };
}
