import type { ColumnType, Generated } from 'kysely';
import type { AccountTables } from './schema-accounts.js';

/** The database schema, one interface per table: the only place it is typed. */
export interface Database extends AccountTables {
  accounts: AccountsTable;
  settings: SettingsTable;
  companies: CompaniesTable;
  contacts: ContactsTable;
  opportunities: OpportunitiesTable;
  events: EventsTable;
  next_steps: NextStepsTable;
  calendar_feeds: CalendarFeedsTable;
  digest_settings: DigestSettingsTable;
  digest_sends: DigestSendsTable;
  mailbox_connections: MailboxConnectionsTable;
  mailbox_folders: MailboxFoldersTable;
  inbox_messages: InboxMessagesTable;
  inbox_proposals: InboxProposalsTable;
  account_counters: AccountCountersTable;
}

type Created = ColumnType<string, string, never>;

export interface AccountsTable {
  id: Generated<number>;
  name: string;
  created_at: Created;
  /** Bumped by every transaction that writes to the account (migration 0002). */
  revision: Generated<number>;
  /** Who signs in with it (migration 0005); null for the personal mode's local account. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  display_name: ColumnType<string | null, string | null | undefined, string | null>;
  /** member | coach | admin */
  role: ColumnType<string, string | undefined, string>;
  /** argon2id (PHC string); null: no password (passkeys only, or not yet set). */
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SettingsTable {
  account_id: number;
  time_zone: string;
  region: string;
  /** JSON array of ISO weekdays (1 = Monday). */
  weekend_days: string;
  /** JSON array of ISO dates. */
  days_off: string;
  user_name: string | null;
  user_phone: string | null;
  user_email: string | null;
  /** JSON object: the playbook's numbers that differ from the defaults. */
  playbook: string;
  updated_at: string;
}

export interface CompaniesTable {
  /** Per account (migration 0014): from `account_counters`. */
  id: number;
  account_id: number;
  name: string;
  /** Lower-cased, trimmed name: one company per name and account. */
  name_key: string;
  created_at: Created;
}

export interface ContactsTable {
  /** Per account (migration 0014): from `account_counters`. */
  id: number;
  account_id: number;
  name: string;
  email: string | null;
  phone: string | null;
  role: string | null;
  company_id: number | null;
  created_at: Created;
  updated_at: string;
  /** The profile's address, normalised (https://www.linkedin.com/in/<name>). */
  linkedin_url: ColumnType<string | null, string | null | undefined, string | null>;
  /** Their job title at their company (free text; `role` is their part in your search). */
  position: ColumnType<string | null, string | null | undefined, string | null>;
  /** ISO date you connected (LinkedIn's "Connected On"). */
  connected_on: ColumnType<string | null, string | null | undefined, string | null>;
  notes: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OpportunitiesTable {
  /** Per account (migration 0014): from `account_counters`. */
  id: number;
  account_id: number;
  kind: string;
  company_id: number | null;
  title: string | null;
  contact_id: number | null;
  posting_url: string | null;
  notes: string | null;
  created_at: Created;
  updated_at: string;
  version: number;
  /** Where it came from: posting, referral, networking, recruiter, other; null if unknown (0005). */
  source: ColumnType<string | null, string | null | undefined, string | null>;
  /** Where the job is ("Chicago, IL, US") and the day it was posted, from its page (0011). */
  location: ColumnType<string | null, string | null | undefined, string | null>;
  posted_on: ColumnType<string | null, string | null | undefined, string | null>;
  // The next-due cache: `schedule(...)` of the events, rewritten with every change.
  closed: number;
  interviewing: number;
  held_on: string | null;
  follow_ups: number;
  interview_on: string | null;
}

export interface EventsTable {
  /** Per account (migration 0014): from `account_counters`. */
  id: number;
  account_id: number;
  opportunity_id: number;
  type: string;
  date: string;
  at: string | null;
  until: string | null;
  note: string | null;
  created_at: Created;
}

export interface NextStepsTable {
  account_id: number;
  opportunity_id: number;
  position: number;
  action: string;
  due_on: string;
  due_by: string;
  follow_up_number: number | null;
  reason: string;
  since: string;
}

export interface CalendarFeedsTable {
  account_id: number;
  /** The secret of the feed's address; null while the feed is off. */
  token: string | null;
  /** Part of every event's UID, kept when the token is replaced. */
  uid_key: string;
  created_at: Created;
  updated_at: string;
}

export interface DigestSettingsTable {
  account_id: number;
  enabled: number;
  /** Local time of day, HH:MM. */
  send_at: string;
  recipient: string | null;
  smtp_host: string | null;
  smtp_port: number | null;
  smtp_user: string | null;
  smtp_password: string | null;
  smtp_secure: number;
  /** 1: the SMTP server may be reached without TLS (it is always allowed to this machine). */
  smtp_allow_unencrypted: number;
  sender: string | null;
  updated_at: string;
}

export interface DigestSendsTable {
  account_id: number;
  /** The local date the e-mail is for: one row per account and day. */
  day: string;
  status: string;
  attempts: number;
  claimed_at: string | null;
  next_attempt_at: string | null;
  sent_at: string | null;
  last_error: string | null;
  recipients: string | null;
  subject: string | null;
  updated_at: string;
}

export interface MailboxConnectionsTable {
  account_id: number;
  /** imap[s]://user@host:port, without a password. */
  imap_url: string;
  /** The password sealed with the secret key (AES-256-GCM); null: read from the environment. */
  password_sealed: string | null;
  sent_folder: string | null;
  /** ISO date: the first sync reads what arrived from then on. */
  since: string;
  last_sync_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  created_at: Created;
  updated_at: string;
}

export interface MailboxFoldersTable {
  account_id: number;
  role: string;
  path: string;
  uid_validity: string;
  /** bigint: PostgreSQL hands it back as text. */
  last_uid: ColumnType<string | number, number, number>;
  updated_at: string;
}

export interface InboxMessagesTable {
  account_id: number;
  message_key: string;
  message_id: string | null;
  outcome: string;
  opportunity_id: number | null;
  event_id: number | null;
  subject: string | null;
  handled_at: string;
}

export interface InboxProposalsTable {
  /** Per account (migration 0014): from `account_counters`. */
  id: number;
  account_id: number;
  opportunity_id: number;
  type: string;
  date: string;
  at: string | null;
  until: string | null;
  reason: string;
  sender: string | null;
  subject: string | null;
  summary: string | null;
  message_key: string;
  message_id: string | null;
  status: string;
  event_id: number | null;
  created_at: Created;
  decided_at: string | null;
}

/** The last id given in each table of each account (migration 0014). */
export interface AccountCountersTable {
  account_id: number;
  /** The table: one of `NUMBERED` in migration 0014. */
  name: string;
  last: number;
}
