import type { Kysely, Migration } from 'kysely';

/**
 * One account per name: two processes that start at once on a new database
 * both look for the local account, and only one may create it.
 */
export const uniqueAccountNames: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('accounts_name').on('accounts').column('name').unique().execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('accounts_name').execute();
  },
};
