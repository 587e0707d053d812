import type { Selectable } from 'kysely';
import type {
  CalendarFeedRecord,
  DigestSendRecord,
  DigestSettingsRecord,
  DigestStatus,
  InterviewRecord,
} from '../records.js';
import type { DigestSendsTable, DigestSettingsTable } from '../schema.js';
import { interviewSelect } from './next-steps.js';
import { type Db, stamp } from './shared.js';

function digestSettingsRecord(row: Selectable<DigestSettingsTable>): DigestSettingsRecord {
  return {
    enabled: Boolean(row.enabled),
    sendAt: row.send_at,
    recipient: row.recipient,
    smtpHost: row.smtp_host,
    smtpPort: row.smtp_port,
    smtpUser: row.smtp_user,
    smtpPasswordSealed: row.smtp_password,
    smtpSecure: Boolean(row.smtp_secure),
    smtpAllowUnencrypted: Boolean(row.smtp_allow_unencrypted),
    sender: row.sender,
  };
}

function digestSendRecord(row: Selectable<DigestSendsTable>): DigestSendRecord {
  return {
    day: row.day,
    status: row.status as DigestStatus,
    attempts: row.attempts,
    claimedAt: row.claimed_at,
    nextAttemptAt: row.next_attempt_at,
    sentAt: row.sent_at,
    lastError: row.last_error,
    recipients: row.recipients,
    subject: row.subject,
  };
}

/** How a claimed e-mail ended. */
export type DigestOutcome =
  | { readonly status: 'sent'; readonly recipients: string; readonly subject: string }
  | {
      readonly status: 'failed' | 'gave-up';
      readonly error: string;
      readonly nextAttemptAt: string | null;
    }
  | { readonly status: 'nothing-due' };

/** The calendar feed's address, the morning e-mail's settings and its daily claims. */
export function reminderQueries(db: Db) {
  return {
    async calendarFeed(accountId: number): Promise<CalendarFeedRecord | undefined> {
      return db
        .selectFrom('calendar_feeds')
        .select(['token', 'uid_key as uidKey', 'updated_at as updatedAt'])
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },

    /** The account whose feed has this secret, if any. */
    async calendarAccount(token: string): Promise<number | undefined> {
      const row = await db
        .selectFrom('calendar_feeds')
        .select('account_id')
        .where('token', '=', token)
        .executeTakeFirst();
      return row?.account_id;
    },

    /** Sets the feed's secret (null: off); the UID key is written only with the first row. */
    async saveCalendarFeed(accountId: number, token: string | null, uidKey: string): Promise<void> {
      const now = stamp();
      await db
        .insertInto('calendar_feeds')
        .values({ account_id: accountId, token, uid_key: uidKey, created_at: now, updated_at: now })
        .onConflict((oc) => oc.column('account_id').doUpdateSet({ token, updated_at: now }))
        .execute();
    },

    /** One event of the account with its opportunity's names, whatever its type. */
    async interviewEvent(accountId: number, eventId: number): Promise<InterviewRecord | undefined> {
      return interviewSelect(db)
        .where('e.account_id', '=', accountId)
        .where('e.id', '=', eventId)
        .executeTakeFirst();
    },

    async digestSettings(accountId: number): Promise<DigestSettingsRecord | undefined> {
      const row = await db
        .selectFrom('digest_settings')
        .selectAll()
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row && digestSettingsRecord(row);
    },

    async saveDigestSettings(accountId: number, s: DigestSettingsRecord): Promise<void> {
      const values = {
        enabled: s.enabled ? 1 : 0,
        send_at: s.sendAt,
        recipient: s.recipient,
        smtp_host: s.smtpHost,
        smtp_port: s.smtpPort,
        smtp_user: s.smtpUser,
        smtp_password: s.smtpPasswordSealed,
        smtp_secure: s.smtpSecure ? 1 : 0,
        smtp_allow_unencrypted: s.smtpAllowUnencrypted ? 1 : 0,
        sender: s.sender,
        updated_at: stamp(),
      };
      await db
        .insertInto('digest_settings')
        .values({ account_id: accountId, ...values })
        .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
        .execute();
    },

    /** Every stored SMTP password with its account, sealed or not: for sealing old plain ones. */
    async storedSmtpPasswords(): Promise<{ accountId: number; stored: string }[]> {
      const rows = await db
        .selectFrom('digest_settings')
        .select(['account_id', 'smtp_password'])
        .where('smtp_password', 'is not', null)
        .orderBy('account_id')
        .execute();
      return rows.map((r) => ({ accountId: r.account_id, stored: r.smtp_password as string }));
    },

    /** Replaces a stored SMTP password by its sealed value, only if it is still `was`. */
    async replaceSmtpPassword(accountId: number, was: string, sealed: string): Promise<boolean> {
      const result = await db
        .updateTable('digest_settings')
        .set({ smtp_password: sealed })
        .where('account_id', '=', accountId)
        .where('smtp_password', '=', was)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** The accounts that want the morning e-mail. */
    async digestAccounts(): Promise<number[]> {
      const rows = await db
        .selectFrom('digest_settings')
        .select('account_id')
        .where('enabled', '=', 1)
        .orderBy('account_id')
        .execute();
      return rows.map((r) => r.account_id);
    },

    async digestSend(accountId: number, day: string): Promise<DigestSendRecord | undefined> {
      const row = await db
        .selectFrom('digest_sends')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('day', '=', day)
        .executeTakeFirst();
      return row && digestSendRecord(row);
    },

    /** The latest day's record. */
    async lastDigestSend(accountId: number): Promise<DigestSendRecord | undefined> {
      const row = await db
        .selectFrom('digest_sends')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('day', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && digestSendRecord(row);
    },

    /**
     * Claims the day's e-mail: inserts its row, unless one exists. True for the
     * one caller that inserted it (the primary key decides), false for all others.
     */
    async claimDigest(
      accountId: number,
      day: string,
      status: 'sending' | 'nothing-due',
      at: string,
    ): Promise<boolean> {
      const inserted = await db
        .insertInto('digest_sends')
        .values({
          account_id: accountId,
          day,
          status,
          attempts: status === 'sending' ? 1 : 0,
          claimed_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.columns(['account_id', 'day']).doNothing())
        .returning('day')
        .execute();
      return inserted.length === 1;
    },

    /**
     * Claims the day's e-mail again for another attempt, only if its row is
     * still as the caller saw it (status and attempts): one caller wins.
     */
    async reclaimDigest(
      accountId: number,
      day: string,
      seen: { readonly status: DigestStatus; readonly attempts: number },
      at: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('digest_sends')
        .set({
          status: 'sending',
          attempts: seen.attempts + 1,
          claimed_at: at,
          next_attempt_at: null,
          updated_at: at,
        })
        .where('account_id', '=', accountId)
        .where('day', '=', day)
        .where('status', '=', seen.status)
        .where('attempts', '=', seen.attempts)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Records how the claimed attempt `attempt` ended; false if the claim was lost meanwhile. */
    async finishDigest(
      accountId: number,
      day: string,
      attempt: number,
      outcome: DigestOutcome,
      at: string,
    ): Promise<boolean> {
      const fields =
        outcome.status === 'nothing-due'
          ? { status: outcome.status, next_attempt_at: null }
          : outcome.status === 'sent'
            ? {
                status: 'sent',
                sent_at: at,
                last_error: null,
                next_attempt_at: null,
                recipients: outcome.recipients,
                subject: outcome.subject,
              }
            : {
                status: outcome.status,
                last_error: outcome.error,
                next_attempt_at: outcome.nextAttemptAt,
              };
      const result = await db
        .updateTable('digest_sends')
        .set({ ...fields, updated_at: at })
        .where('account_id', '=', accountId)
        .where('day', '=', day)
        .where('status', '=', 'sending')
        .where('attempts', '=', attempt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
