import type { Kysely, Migration } from 'kysely';

/**
 * The devices that asked to be reminded (web push): each browser's push service address
 * and the keys its messages are encrypted to. `last_sent_on` is the claim that makes
 * several server processes send a day's reminder once.
 */
export const pushSubscriptions: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('push_subscriptions')
      .addColumn('endpoint', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'integer', (c) =>
        c.notNull().references('accounts.id').onDelete('cascade'),
      )
      .addColumn('p256dh', 'text', (c) => c.notNull())
      .addColumn('auth', 'text', (c) => c.notNull())
      // 1: also a notification when an interview's thank-you is due.
      .addColumn('thank_yous', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_sent_on', 'text')
      .execute();
    await db.schema
      .createIndex('push_subscriptions_account')
      .on('push_subscriptions')
      .column('account_id')
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('push_subscriptions').execute();
  },
};
