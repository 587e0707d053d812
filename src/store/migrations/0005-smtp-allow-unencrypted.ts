import type { Kysely, Migration } from 'kysely';

/**
 * The morning e-mail's SMTP server: whether it may be reached without TLS.
 * Off (0) by default: mail goes out over TLS or STARTTLS except to this machine.
 */
export const smtpAllowUnencrypted: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('digest_settings')
      .addColumn('smtp_allow_unencrypted', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('digest_settings').dropColumn('smtp_allow_unencrypted').execute();
  },
};
