import type { Kysely, Migration } from 'kysely';

/**
 * Where a job is and the day its posting went up, as read from the posting page
 * (`capture`); null for opportunities typed by hand.
 */
export const postingDetails: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('opportunities').addColumn('location', 'text').execute();
    await db.schema.alterTable('opportunities').addColumn('posted_on', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('opportunities').dropColumn('posted_on').execute();
    await db.schema.alterTable('opportunities').dropColumn('location').execute();
  },
};
