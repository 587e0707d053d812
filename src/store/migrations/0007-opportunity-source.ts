import type { Kysely, Migration } from 'kysely';

/**
 * Where an opportunity came from (`posting`, `referral`, `networking`, `recruiter`, `other`);
 * null while unknown, as for every opportunity made before this column.
 */
export const opportunitySource: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('opportunities').addColumn('source', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('opportunities').dropColumn('source').execute();
  },
};
