import { sql } from 'kysely';
import type {
  AccountCounts,
  CompanyRecord,
  FullContactRecord,
  NewFullContact,
  PlainOpportunityRecord,
} from '../records.js';
import { type Db, stamp, type Touch } from './shared.js';

/** The reads of an export, and the merges of an import (its inserts are in bulk.ts). */
export function importQueries(db: Db, touch: Touch) {
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
          'source',
          'created_at as createdAt',
        ])
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
    },

    /** Fills in fields of an existing contact (a merge): only the fields given change. */
    async patchContact(
      accountId: number,
      id: number,
      patch: Partial<Omit<NewFullContact, 'createdAt'>>,
    ): Promise<void> {
      touch(accountId);
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

    /** Fills in fields of an existing opportunity (a merge) and bumps its version. */
    async patchOpportunity(
      accountId: number,
      id: number,
      patch: {
        readonly contactId?: number;
        readonly postingUrl?: string;
        readonly notes?: string;
        readonly source?: string;
      },
    ): Promise<void> {
      touch(accountId);
      await db
        .updateTable('opportunities')
        .set({
          ...(patch.contactId === undefined ? {} : { contact_id: patch.contactId }),
          ...(patch.postingUrl === undefined ? {} : { posting_url: patch.postingUrl }),
          ...(patch.notes === undefined ? {} : { notes: patch.notes }),
          ...(patch.source === undefined ? {} : { source: patch.source }),
          updated_at: stamp(),
          version: sql`version + 1`,
        })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },
  };
}
