import { sql } from 'kysely';
import type { ContactListRecord, NewContact } from '../records.js';
import { type Db, likePattern, newIds, stamp, type Touch } from './shared.js';

/** Companies and contacts. */
export function contactQueries(db: Db, touch: Touch) {
  return {
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
      const id = await newIds(db, accountId, 'companies');
      await db
        .insertInto('companies')
        .values({
          id,
          account_id: accountId,
          name: name.trim(),
          name_key: key,
          created_at: stamp(),
        })
        .execute();
      return id;
    },

    async insertContact(accountId: number, contact: NewContact): Promise<number> {
      touch(accountId);
      const now = stamp();
      const id = await newIds(db, accountId, 'contacts');
      await db
        .insertInto('contacts')
        .values({
          id,
          account_id: accountId,
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          role: contact.role,
          company_id: contact.companyId,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return id;
    },

    async updateContact(accountId: number, id: number, contact: NewContact): Promise<void> {
      touch(accountId);
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

    async contacts(accountId: number, search?: string): Promise<ContactListRecord[]> {
      let query = db
        .selectFrom('contacts as c')
        .leftJoin('companies as co', (j) =>
          j.onRef('co.account_id', '=', 'c.account_id').onRef('co.id', '=', 'c.company_id'),
        )
        .select((eb) => [
          'c.id',
          'c.name',
          'c.email',
          'c.phone',
          'c.role',
          'c.company_id as companyId',
          'co.name as company',
          'c.linkedin_url as linkedinUrl',
          'c.position',
          'c.connected_on as connectedOn',
          'c.notes',
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
            eb(sql`lower(coalesce(c.position, ''))`, 'like', sql`${like} escape '\\'`),
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
  };
}
