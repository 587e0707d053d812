import type {
  CacheRecord,
  ContactDetails,
  NewContact,
  NewOpportunity,
  NewStep,
  NewTimedEvent,
} from '../records.js';
import { type Db, newIds, stamp, type Touch } from './shared.js';

// Imports, restores and the benchmark move thousands of rows: they are written many to a
// statement, inside the caller's transaction. Each statement stays under SQLite's 32,766 parameters (PostgreSQL takes 65,535).
const PARAMETERS_PER_STATEMENT = 30_000;

function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.floor(PARAMETERS_PER_STATEMENT / columns);
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A new contact, with what an import or a restore may know of it besides. */
export type BulkContact = NewContact &
  Partial<Pick<ContactDetails, 'linkedinUrl' | 'position' | 'connectedOn' | 'notes'>> & {
    /** Kept from an export; now when absent. */
    readonly createdAt?: string | undefined;
  };

/** A new opportunity, with its next-due cache when already computed (else an empty one). */
export type BulkOpportunity = NewOpportunity & {
  readonly createdAt?: string | undefined;
  readonly cache?: Omit<CacheRecord, 'steps'>;
};

const EMPTY_CACHE: Omit<CacheRecord, 'steps'> = {
  closed: false,
  interviewing: false,
  heldOn: null,
  followUps: 0,
  interviewOn: null,
};

/**
 * Many rows of an account in few statements: imports, restores, the benchmark.
 * The caller runs them in one transaction and writes the next-due caches
 * (with the opportunities, `insertSteps`, or `writeCaches` afterwards).
 */
export function bulkQueries(db: Db, touch: Touch) {
  return {
    /** New companies; their ids by name key. */
    async insertCompanies(
      accountId: number,
      companies: readonly { name: string; key: string; createdAt?: string | undefined }[],
    ): Promise<Map<string, number>> {
      touch(accountId);
      const ids = new Map<string, number>();
      const now = stamp();
      for (const chunk of chunks(companies, 5)) {
        const first = await newIds(db, accountId, 'companies', chunk.length);
        const values = chunk.map((c, i) => ({
          id: first + i,
          account_id: accountId,
          name: c.name,
          name_key: c.key,
          created_at: c.createdAt ?? now,
        }));
        await db.insertInto('companies').values(values).execute();
        for (const v of values) ids.set(v.name_key, v.id);
      }
      return ids;
    },

    /** New contacts; their ids in the order given. */
    async insertContacts(accountId: number, contacts: readonly BulkContact[]): Promise<number[]> {
      touch(accountId);
      const ids: number[] = [];
      const now = stamp();
      for (const chunk of chunks(contacts, 13)) {
        const first = await newIds(db, accountId, 'contacts', chunk.length);
        const values = chunk.map((c, i) => ({
          id: first + i,
          account_id: accountId,
          name: c.name,
          email: c.email,
          phone: c.phone,
          role: c.role,
          company_id: c.companyId,
          linkedin_url: c.linkedinUrl ?? null,
          position: c.position ?? null,
          connected_on: c.connectedOn ?? null,
          notes: c.notes ?? null,
          created_at: c.createdAt ?? now,
          updated_at: now,
        }));
        await db.insertInto('contacts').values(values).execute();
        ids.push(...values.map((v) => v.id));
      }
      return ids;
    },

    /** New opportunities with their next-due cache; their ids in the order given. */
    async insertOpportunities(
      accountId: number,
      opportunities: readonly BulkOpportunity[],
    ): Promise<number[]> {
      touch(accountId);
      const ids: number[] = [];
      const now = stamp();
      for (const chunk of chunks(opportunities, 16)) {
        const first = await newIds(db, accountId, 'opportunities', chunk.length);
        const values = chunk.map(({ cache = EMPTY_CACHE, ...o }, i) => ({
          id: first + i,
          account_id: accountId,
          kind: o.kind,
          company_id: o.companyId,
          title: o.title,
          contact_id: o.contactId,
          posting_url: o.postingUrl,
          notes: o.notes,
          source: o.source ?? null,
          created_at: o.createdAt ?? now,
          updated_at: now,
          version: 1,
          closed: cache.closed ? 1 : 0,
          interviewing: cache.interviewing ? 1 : 0,
          held_on: cache.heldOn,
          follow_ups: cache.followUps,
          interview_on: cache.interviewOn,
        }));
        await db.insertInto('opportunities').values(values).execute();
        ids.push(...values.map((v) => v.id));
      }
      return ids;
    },

    /** New events; how many were written. */
    async insertEvents(accountId: number, events: readonly NewTimedEvent[]): Promise<number> {
      touch(accountId);
      const now = stamp();
      for (const chunk of chunks(events, 9)) {
        const first = await newIds(db, accountId, 'events', chunk.length);
        await db
          .insertInto('events')
          .values(
            chunk.map((e, i) => ({
              id: first + i,
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
      return events.length;
    },

    /** Next steps of new opportunities (whose cache was written with them). */
    async insertSteps(accountId: number, steps: readonly NewStep[]): Promise<void> {
      touch(accountId);
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
