import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * The inbox: the mailbox connection of each account (its password sealed), the
 * sync state of each folder (UIDVALIDITY and the last UID read), the messages
 * already handled (so each is handled once, I6), and the proposals waiting for
 * a yes or no. No message body is stored (I7).
 */
export function inbox(dialect: Dialect): Migration {
  const id: readonly [
    'serial' | 'integer',
    (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder,
  ] =
    dialect === 'postgres'
      ? ['serial', (c) => c.primaryKey()]
      : ['integer', (c) => c.primaryKey().autoIncrement()];
  return {
    up: async (db: Kysely<unknown>) => {
      await db.schema
        .createTable('mailbox_connections')
        .addColumn('account_id', 'integer', (c) =>
          c.primaryKey().references('accounts.id').onDelete('cascade'),
        )
        // imap[s]://user@host:port, never with a password.
        .addColumn('imap_url', 'text', (c) => c.notNull())
        // Sealed (AES-256-GCM); null when it is read from the environment.
        .addColumn('password_sealed', 'text')
        .addColumn('sent_folder', 'text')
        .addColumn('since', 'text', (c) => c.notNull())
        .addColumn('last_sync_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('last_error_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('mailbox_folders')
        .addColumn('account_id', 'integer', (c) =>
          c.notNull().references('accounts.id').onDelete('cascade'),
        )
        // inbox | sent
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        // A 32-bit unsigned number, kept as text: the same on both dialects.
        .addColumn('uid_validity', 'text', (c) => c.notNull())
        .addColumn('last_uid', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('mailbox_folders_pk', ['account_id', 'role'])
        .execute();
      await db.schema
        .createTable('inbox_messages')
        .addColumn('account_id', 'integer', (c) =>
          c.notNull().references('accounts.id').onDelete('cascade'),
        )
        // The Message-ID, else folder/UIDVALIDITY/UID.
        .addColumn('message_key', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text')
        // logged | proposed | sent
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('opportunity_id', 'integer')
        .addColumn('event_id', 'integer')
        .addColumn('subject', 'text')
        .addColumn('handled_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('inbox_messages_pk', ['account_id', 'message_key'])
        .execute();
      await db.schema
        .createIndex('inbox_messages_message_id')
        .on('inbox_messages')
        .columns(['account_id', 'message_id'])
        .execute();
      await db.schema
        .createIndex('inbox_messages_event')
        .on('inbox_messages')
        .columns(['account_id', 'event_id'])
        .execute();
      await db.schema
        .createTable('inbox_proposals')
        .addColumn('id', id[0], id[1])
        .addColumn('account_id', 'integer', (c) =>
          c.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('opportunity_id', 'integer', (c) =>
          c.notNull().references('opportunities.id').onDelete('cascade'),
        )
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('at', 'text')
        .addColumn('until', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('sender', 'text')
        .addColumn('subject', 'text')
        .addColumn('summary', 'text')
        .addColumn('message_key', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text')
        // open | accepted | dismissed
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('event_id', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .execute();
      await db.schema
        .createIndex('inbox_proposals_open')
        .on('inbox_proposals')
        .columns(['account_id', 'status'])
        .execute();
    },
    down: async (db: Kysely<unknown>) => {
      for (const t of [
        'inbox_proposals',
        'inbox_messages',
        'mailbox_folders',
        'mailbox_connections',
      ])
        await db.schema.dropTable(t).execute();
    },
  };
}
