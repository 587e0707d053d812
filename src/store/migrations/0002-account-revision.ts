import type { Kysely, Migration } from 'kysely';

/**
 * A revision number per account, bumped by every transaction that writes to
 * it: a list computed for revision N is still current while the number is N,
 * whichever process wrote last.
 */
export const accountRevision: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('accounts')
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('accounts').dropColumn('revision').execute();
  },
};
