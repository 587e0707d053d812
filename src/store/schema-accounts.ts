import type { ColumnType, Generated } from 'kysely';

type Created = ColumnType<string, string, never>;

/** The tables of sign-in and sharing (migration 0005): one interface per table. */
export interface AccountTables {
  sessions: SessionsTable;
  access_tokens: AccessTokensTable;
  passkeys: PasskeysTable;
  grants: GrantsTable;
  access_log: AccessLogTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  attempts: AttemptsTable;
  passkey_challenges: PasskeyChallengesTable;
  push_subscriptions: PushSubscriptionsTable;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie's secret. */
  token_hash: string;
  account_id: number;
  created_at: Created;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
}

export interface AccessTokensTable {
  /** Per account (migration 0014). */
  id: number;
  account_id: number;
  name: string;
  /** SHA-256 (hex) of the token: it is shown once and never stored. */
  token_hash: string;
  created_at: Created;
  last_used_at: string | null;
}

export interface PasskeysTable {
  /** The credential's id, base64url. */
  credential_id: string;
  account_id: number;
  /** The COSE public key, base64url. */
  public_key: string;
  counter: number;
  /** JSON array of transports ("internal", "usb" ...). */
  transports: string;
  name: string;
  created_at: Created;
  last_used_at: string | null;
}

export interface GrantsTable {
  /** The job seeker who shares. */
  account_id: number;
  coach_id: number;
  scope: string;
  until: string | null;
  created_at: string;
}

export interface AccessLogTable {
  id: Generated<number>;
  account_id: number;
  coach_id: number;
  at: string;
  what: string;
}

export interface InvitationsTable {
  token_hash: string;
  /** Who invites. */
  account_id: number;
  email: string | null;
  role: string;
  share_scope: string | null;
  created_at: Created;
  expires_at: string;
  used_at: string | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  account_id: number;
  expires_at: string;
  used_at: string | null;
}

export interface AttemptsTable {
  key: string;
  window: string;
  count: number;
}

export interface PasskeyChallengesTable {
  /** SHA-256 (hex) of the challenge, base64url as the browser sends it back. */
  challenge_hash: string;
  /** register | sign-in */
  purpose: string;
  /** Who adds a passkey; null for a sign-in, where no one is known yet. */
  account_id: number | null;
  expires_at: string;
}

export interface PushSubscriptionsTable {
  /** The push service's address for one browser on one device. */
  endpoint: string;
  account_id: number;
  /** The browser's P-256 public key and auth secret (base64url): messages are encrypted to them. */
  p256dh: string;
  auth: string;
  thank_yous: number;
  created_at: Created;
  last_sent_on: string | null;
}
