import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/** Accounts, settings, companies, contacts, opportunities with their next-due cache, events, next steps. */
export function initial(dialect: Dialect): Migration {
  // Both dialects run the same migration; only the identity column differs:
  // PostgreSQL's serial, SQLite's INTEGER PRIMARY KEY AUTOINCREMENT.
  const id: IdColumn =
    dialect === 'postgres'
      ? ['serial', (c) => c.primaryKey()]
      : ['integer', (c) => c.primaryKey().autoIncrement()];
  return { up: (db) => up(db, id), down };
}

type IdColumn = readonly [
  'serial' | 'integer',
  (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder,
];

async function up(db: Kysely<unknown>, [idType, idColumn]: IdColumn): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', idType, idColumn)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('account_id', 'integer', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('weekend_days', 'text', (c) => c.notNull())
    .addColumn('days_off', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text')
    .addColumn('user_phone', 'text')
    .addColumn('user_email', 'text')
    .addColumn('playbook', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('companies')
    .addColumn('id', idType, idColumn)
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('companies_account_name', ['account_id', 'name_key'])
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', idType, idColumn)
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('role', 'text')
    .addColumn('company_id', 'integer', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contacts_account')
    .on('contacts')
    .columns(['account_id', 'name'])
    .execute();

  await db.schema
    .createTable('opportunities')
    .addColumn('id', idType, idColumn)
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('company_id', 'integer', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('title', 'text')
    .addColumn('contact_id', 'integer', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('posting_url', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('closed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('interviewing', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('held_on', 'text')
    .addColumn('follow_ups', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('interview_on', 'text')
    .execute();
  await db.schema
    .createIndex('opportunities_account')
    .on('opportunities')
    .columns(['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('opportunities_held')
    .on('opportunities')
    .columns(['account_id', 'held_on'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', idType, idColumn)
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
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('events_opportunity')
    .on('events')
    .columns(['opportunity_id', 'date'])
    .execute();
  await db.schema
    .createIndex('events_account_type_date')
    .on('events')
    .columns(['account_id', 'type', 'date'])
    .execute();

  await db.schema
    .createTable('next_steps')
    .addColumn('account_id', 'integer', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('opportunity_id', 'integer', (c) =>
      c.notNull().references('opportunities.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('due_by', 'text', (c) => c.notNull())
    .addColumn('follow_up_number', 'integer')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('next_steps_pk', ['opportunity_id', 'position'])
    .execute();
  await db.schema
    .createIndex('next_steps_due')
    .on('next_steps')
    .columns(['account_id', 'due_on'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'next_steps',
    'events',
    'opportunities',
    'contacts',
    'companies',
    'settings',
    'accounts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
