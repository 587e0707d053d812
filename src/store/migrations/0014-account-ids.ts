import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../dialect.js';

/**
 * Ids of each account's own: an account's first opportunity, contact, event,
 * proposal and token is 1, whatever other accounts hold, so an id reveals
 * nothing of them. The key of each such table becomes (account_id, id), the
 * references between them carry the account too (a row can only point into its
 * own account), and `account_counters` hands out the next id of each table per
 * account. Ids already given keep their value, so no link, bookmark or script
 * breaks; each account's counter starts after its highest id.
 */
export function accountIds(dialect: Dialect): Migration {
  return { up: (db) => (dialect === 'postgres' ? upPostgres(db) : upSqlite(db)), down };
}

/** The tables whose ids are per account, parents before children. */
export const NUMBERED = [
  'companies',
  'contacts',
  'opportunities',
  'events',
  'inbox_proposals',
  'access_tokens',
] as const;

const account = `"account_id" integer not null references "accounts" ("id") on delete cascade`;
const cascade = `foreign key ("account_id", "opportunity_id") references "opportunities" ("account_id", "id") on delete cascade`;

// The SQLite tables as migrations 0001-0013 left them, with the new keys.
const SQLITE_TABLES: Record<string, string> = {
  companies: `"id" integer not null, ${account}, "name" text not null, "name_key" text not null, "created_at" text not null,
    primary key ("account_id", "id"), constraint "companies_account_name" unique ("account_id", "name_key")`,
  contacts: `"id" integer not null, ${account}, "name" text not null, "email" text, "phone" text, "role" text,
    "company_id" integer, "created_at" text not null, "updated_at" text not null, "linkedin_url" text, "position" text,
    "connected_on" text, "notes" text, primary key ("account_id", "id"),
    foreign key ("account_id", "company_id") references "companies" ("account_id", "id")`,
  opportunities: `"id" integer not null, ${account}, "kind" text not null, "company_id" integer, "title" text,
    "contact_id" integer, "posting_url" text, "notes" text, "created_at" text not null, "updated_at" text not null,
    "version" integer default 1 not null, "closed" integer default 0 not null, "interviewing" integer default 0 not null,
    "held_on" text, "follow_ups" integer default 0 not null, "interview_on" text, "source" text, "location" text,
    "posted_on" text, primary key ("account_id", "id"),
    foreign key ("account_id", "company_id") references "companies" ("account_id", "id"),
    foreign key ("account_id", "contact_id") references "contacts" ("account_id", "id")`,
  events: `"id" integer not null, ${account}, "opportunity_id" integer not null, "type" text not null,
    "date" text not null, "at" text, "until" text, "note" text, "created_at" text not null,
    primary key ("account_id", "id"), ${cascade}`,
  next_steps: `${account}, "opportunity_id" integer not null, "position" integer not null, "action" text not null,
    "due_on" text not null, "due_by" text not null, "follow_up_number" integer, "reason" text not null,
    "since" text not null, constraint "next_steps_pk" primary key ("account_id", "opportunity_id", "position"), ${cascade}`,
  inbox_proposals: `"id" integer not null, ${account}, "opportunity_id" integer not null, "type" text not null,
    "date" text not null, "at" text, "until" text, "reason" text not null, "sender" text, "subject" text,
    "summary" text, "message_key" text not null, "message_id" text, "status" text not null, "event_id" integer,
    "created_at" text not null, "decided_at" text, primary key ("account_id", "id"), ${cascade}`,
  access_tokens: `"id" integer not null, ${account}, "name" text not null, "token_hash" text not null unique,
    "created_at" text not null, "last_used_at" text, primary key ("account_id", "id")`,
};

// Indexes of both databases: those a rebuilt SQLite table loses, and the one
// that now leads with the account. `opportunities_account` (account_id, id) is
// the primary key now.
const INDEXES = [
  `create index "contacts_account" on "contacts" ("account_id", "name")`,
  `create index "contacts_linkedin" on "contacts" ("account_id", "linkedin_url")`,
  `create index "contacts_sorted" on "contacts" ("account_id", lower("name"), "id")`,
  `create index "events_opportunity" on "events" ("account_id", "opportunity_id", "date")`,
  `create index "events_account_type_date" on "events" ("account_id", "type", "date")`,
  `create index "inbox_proposals_open" on "inbox_proposals" ("account_id", "status")`,
  `create index "next_steps_due" on "next_steps" ("account_id", "due_on")`,
  `create index "opportunities_held" on "opportunities" ("account_id", "held_on")`,
  `create index "opportunities_contact" on "opportunities" ("account_id", "contact_id")`,
];

const COUNTERS = `create table "account_counters" (${account}, "name" text not null,
  "last" integer not null, primary key ("account_id", "name"))`;

const run = (db: Kysely<unknown>, text: string) => sql.raw(text).execute(db);

async function fillCounters(db: Kysely<unknown>): Promise<void> {
  await run(db, COUNTERS);
  for (const table of NUMBERED) {
    await run(
      db,
      `insert into "account_counters" ("account_id", "name", "last")
       select "account_id", '${table}', max("id") from "${table}" group by "account_id"`,
    );
  }
}

/**
 * SQLite cannot change a table's key: each table is copied into a new one
 * (https://sqlite.org/lang_altertable.html#otheralter). The store migrates with
 * foreign keys off, so dropping an old table deletes nothing, and checks every
 * reference before it commits (`migrateSqlite`).
 */
async function upSqlite(db: Kysely<unknown>): Promise<void> {
  for (const [table, columns] of Object.entries(SQLITE_TABLES)) {
    const { rows } = await sql<{ name: string }>`
      select name from pragma_table_info(${table})`.execute(db);
    const names = rows.map((r) => `"${r.name}"`).join(', ');
    await run(db, `create table "${table}_new" (${columns})`);
    await run(db, `insert into "${table}_new" (${names}) select ${names} from "${table}"`);
    await run(db, `drop table "${table}"`);
    await run(db, `alter table "${table}_new" rename to "${table}"`);
  }
  for (const index of INDEXES) await run(db, index);
  await fillCounters(db);
}

/** PostgreSQL changes keys in place, inside the migration's transaction. */
async function upPostgres(db: Kysely<unknown>): Promise<void> {
  const { rows: references } = await sql<{ table: string; name: string }>`
    select conrelid::regclass::text as "table", conname as name from pg_constraint
    where contype = 'f' and confrelid = any(array['companies', 'contacts', 'opportunities']::regclass[])`.execute(
    db,
  );
  for (const r of references) await run(db, `alter table ${r.table} drop constraint "${r.name}"`);
  for (const table of [...NUMBERED, 'next_steps']) {
    const { rows } = await sql<{ name: string }>`
      select conname as name from pg_constraint where contype = 'p' and conrelid = ${table}::regclass`.execute(
      db,
    );
    for (const r of rows) await run(db, `alter table "${table}" drop constraint "${r.name}"`);
  }
  for (const table of NUMBERED) {
    const { rows } = await sql<{ sequence: string | null }>`
      select pg_get_serial_sequence(${table}, 'id') as sequence`.execute(db);
    await run(db, `alter table "${table}" alter column "id" drop default`);
    if (rows[0]?.sequence) await run(db, `drop sequence ${rows[0].sequence}`);
    await run(db, `alter table "${table}" add primary key ("account_id", "id")`);
  }
  await run(
    db,
    `alter table "next_steps" add constraint "next_steps_pk" primary key ("account_id", "opportunity_id", "position")`,
  );
  const keys: [string, string, string, string][] = [
    ['contacts', 'company_id', 'companies', ''],
    ['opportunities', 'company_id', 'companies', ''],
    ['opportunities', 'contact_id', 'contacts', ''],
    ['events', 'opportunity_id', 'opportunities', 'on delete cascade'],
    ['next_steps', 'opportunity_id', 'opportunities', 'on delete cascade'],
    ['inbox_proposals', 'opportunity_id', 'opportunities', 'on delete cascade'],
  ];
  for (const [table, column, parent, action] of keys) {
    await run(
      db,
      `alter table "${table}" add foreign key ("account_id", "${column}") references "${parent}" ("account_id", "id") ${action}`,
    );
  }
  await run(db, 'drop index "events_opportunity"');
  await run(db, 'drop index "opportunities_account"');
  await run(db, INDEXES[3] as string);
  await fillCounters(db);
}

async function down(): Promise<void> {
  throw new Error('ids of each account cannot be made database-wide again');
}
