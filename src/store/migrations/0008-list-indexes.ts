import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The lists, fast at any size: the opportunities of a contact (their count on
 * the contacts list) by index rather than a scan of every opportunity, and the
 * contacts in the list's order (case-folded name, then id), so a page is read
 * from the index.
 */
export const listIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex('opportunities_contact')
      .on('opportunities')
      .columns(['account_id', 'contact_id'])
      .execute();
    await sql`create index contacts_sorted on contacts (account_id, lower(name), id)`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('contacts_sorted').execute();
    await db.schema.dropIndex('opportunities_contact').execute();
  },
};
