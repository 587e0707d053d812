import type { NewContact, NewEvent, NewOpportunity } from '../records.js';
import { chunks, type Db, stamp, type Touch } from './shared.js';

/** Rows per statement: under the bound-parameter limits of both databases at 9 columns. */
const ROWS = 1000;

// Ids of one multi-row insert: both databases number the rows in the order of VALUES.
const inOrder = (rows: readonly { id: number }[]): number[] =>
  rows.map((r) => r.id).sort((a, b) => a - b);

/**
 * Many rows of an account in few statements, for loading data in bulk (an
 * import, the benchmark). The caller runs them in one transaction and
 * writes the next-due caches afterwards.
 */
export function bulkQueries(db: Db, touch: Touch) {
  return {
    /** New companies (names not yet used by the account); their ids in the order given. */
    async insertCompanies(accountId: number, names: readonly string[]): Promise<number[]> {
      touch(accountId);
      const now = stamp();
      const ids: number[] = [];
      for (const part of chunks(names, ROWS)) {
        const rows = await db
          .insertInto('companies')
          .values(
            part.map((name) => ({
              account_id: accountId,
              name: name.trim(),
              name_key: name.trim().toLowerCase(),
              created_at: now,
            })),
          )
          .returning('id')
          .execute();
        ids.push(...inOrder(rows));
      }
      return ids;
    },

    /** New contacts; their ids in the order given. */
    async insertContacts(accountId: number, contacts: readonly NewContact[]): Promise<number[]> {
      touch(accountId);
      const now = stamp();
      const ids: number[] = [];
      for (const part of chunks(contacts, ROWS)) {
        const rows = await db
          .insertInto('contacts')
          .values(
            part.map((c) => ({
              account_id: accountId,
              name: c.name,
              email: c.email,
              phone: c.phone,
              role: c.role,
              company_id: c.companyId,
              created_at: now,
              updated_at: now,
            })),
          )
          .returning('id')
          .execute();
        ids.push(...inOrder(rows));
      }
      return ids;
    },

    /** New opportunities with an empty cache; their ids in the order given. */
    async insertOpportunities(
      accountId: number,
      opportunities: readonly NewOpportunity[],
    ): Promise<number[]> {
      touch(accountId);
      const now = stamp();
      const ids: number[] = [];
      for (const part of chunks(opportunities, ROWS)) {
        const rows = await db
          .insertInto('opportunities')
          .values(
            part.map((o) => ({
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
            })),
          )
          .returning('id')
          .execute();
        ids.push(...inOrder(rows));
      }
      return ids;
    },

    /** New events; how many were written. */
    async insertEvents(accountId: number, events: readonly NewEvent[]): Promise<number> {
      touch(accountId);
      const now = stamp();
      for (const part of chunks(events, ROWS)) {
        await db
          .insertInto('events')
          .values(
            part.map((e) => ({
              account_id: accountId,
              opportunity_id: e.opportunityId,
              type: e.type,
              date: e.date,
              at: e.at,
              until: e.until,
              note: e.note,
              created_at: now,
            })),
          )
          .execute();
      }
      return events.length;
    },
  };
}
