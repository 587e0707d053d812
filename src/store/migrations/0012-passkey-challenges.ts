import type { Kysely, Migration } from 'kysely';

/**
 * The challenges a passkey signs: made by one server process and checked by
 * whichever process gets the answer, so they live in the database, each used
 * once and only for a few minutes. Only a hash of the challenge is kept. A
 * sign-in's challenge is made before anyone is known: its account is null.
 */
export const passkeyChallenges: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('passkey_challenges')
      .addColumn('challenge_hash', 'text', (c) => c.primaryKey())
      // register | sign-in
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('account_id', 'integer', (c) => c.references('accounts.id').onDelete('cascade'))
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('passkey_challenges_expiry')
      .on('passkey_challenges')
      .column('expires_at')
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('passkey_challenges').execute();
  },
};
