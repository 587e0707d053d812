import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * The calendar feed's secret address, the morning e-mail's settings, and the
 * record of each day's e-mail: one row per account and day, so that it goes
 * out once however many servers share the database.
 */
export function reminders(_dialect: Dialect): Migration {
  // Plain text and integers only, no generated ids: the same tables on SQLite and PostgreSQL.
  return { up, down };
}

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('account_id', 'integer', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    // Null while the feed is off; a new one each time it is replaced.
    .addColumn('token', 'text', (c) => c.unique())
    // Kept across replacements: the events' UIDs stay the same in a re-subscribed calendar.
    .addColumn('uid_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('digest_settings')
    .addColumn('account_id', 'integer', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('send_at', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('smtp_host', 'text')
    .addColumn('smtp_port', 'integer')
    .addColumn('smtp_user', 'text')
    .addColumn('smtp_password', 'text')
    .addColumn('smtp_secure', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sender', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('digest_sends')
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    // The user's local date the e-mail is for.
    .addColumn('day', 'text', (c) => c.notNull())
    // sending | sent | failed | gave-up | nothing-due
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .addColumn('next_attempt_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('recipients', 'text')
    .addColumn('subject', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // The claim: whoever inserts the row for (account, day) sends that day's e-mail.
    .addPrimaryKeyConstraint('digest_sends_pk', ['account_id', 'day'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['digest_sends', 'digest_settings', 'calendar_feeds']) {
    await db.schema.dropTable(table).execute();
  }
}
