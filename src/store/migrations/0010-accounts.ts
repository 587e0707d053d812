import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Accounts that people sign in to: e-mail, name, role and password hash on the
 * account; sessions, personal access tokens and passkeys; grants to a coach and
 * the coach's reads; invitations; and the counters that limit sign-in attempts.
 * Sessions and counters live here, not in a server's memory, because several
 * server processes share one database. Secrets are stored only as hashes.
 */
export function accountsMigration(dialect: Dialect): Migration {
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

const account = (c: ColumnDefinitionBuilder) =>
  c.notNull().references('accounts.id').onDelete('cascade');

async function up(db: Kysely<unknown>, [idType, idColumn]: IdColumn): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('email', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('display_name', 'text').execute();
  await db.schema
    .alterTable('accounts')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
    .execute();
  await db.schema.alterTable('accounts').addColumn('password_hash', 'text').execute();
  await db.schema.createIndex('accounts_email').on('accounts').column('email').unique().execute();

  await db.schema
    .createTable('sessions')
    // SHA-256 of the cookie's secret: a copy of the database signs no one in.
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', account)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();

  await db.schema
    .createTable('access_tokens')
    .addColumn('id', idType, idColumn)
    .addColumn('account_id', 'integer', account)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();

  await db.schema
    .createTable('passkeys')
    .addColumn('credential_id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', account)
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('counter', 'integer', (c) => c.notNull())
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();

  await db.schema
    .createTable('grants')
    .addColumn('account_id', 'integer', account)
    .addColumn('coach_id', 'integer', account)
    // progress | full
    .addColumn('scope', 'text', (c) => c.notNull())
    // The last day the grant holds (ISO date), or null: until revoked.
    .addColumn('until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('grants_pk', ['account_id', 'coach_id'])
    .execute();
  await db.schema.createIndex('grants_coach').on('grants').column('coach_id').execute();

  await db.schema
    .createTable('access_log')
    .addColumn('id', idType, idColumn)
    .addColumn('account_id', 'integer', account)
    .addColumn('coach_id', 'integer', account)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('access_log_account')
    .on('access_log')
    .columns(['account_id', 'id'])
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    // Who invites: their account.
    .addColumn('account_id', 'integer', account)
    // One person's invitation names their address; a group's link names none.
    .addColumn('email', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    // A group link: who signs up with it shares `progress` with the inviter.
    .addColumn('share_scope', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  // Password resets: one use, short-lived.
  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', account)
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  // Attempts per key (an address, a client address) and window, shared by every process.
  await db.schema
    .createTable('attempts')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('attempts_pk', ['key', 'window'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'attempts',
    'password_resets',
    'invitations',
    'access_log',
    'grants',
    'passkeys',
    'access_tokens',
    'sessions',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('accounts_email').execute();
  for (const column of ['password_hash', 'role', 'display_name', 'email']) {
    await db.schema.alterTable('accounts').dropColumn(column).execute();
  }
}
