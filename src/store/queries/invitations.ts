import { type Db, stamp } from './shared.js';

/** An invitation to sign up, without its secret (only the hash is stored). */
export interface InvitationRecord {
  readonly tokenHash: string;
  /** Who invites. */
  readonly accountId: number;
  readonly inviterName: string;
  readonly inviterEmail: string;
  /** One person's invitation names their address; a group's link names none. */
  readonly email: string | null;
  readonly role: string;
  /** A group link: who signs up with it shares this scope with the inviter. */
  readonly shareScope: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Invitations: one person's (by e-mail, used once) and a coach's group link (used by many). */
export function invitationQueries(db: Db) {
  return {
    async insertInvitation(
      i: Omit<InvitationRecord, 'inviterName' | 'inviterEmail' | 'createdAt'>,
    ): Promise<void> {
      await db
        .insertInto('invitations')
        .values({
          token_hash: i.tokenHash,
          account_id: i.accountId,
          email: i.email,
          role: i.role,
          share_scope: i.shareScope,
          created_at: stamp(),
          expires_at: i.expiresAt,
        })
        .execute();
    },

    /** The live, unused invitation of a secret's hash, if any. */
    async invitation(tokenHash: string, now: string): Promise<InvitationRecord | undefined> {
      const row = await db
        .selectFrom('invitations')
        .innerJoin('accounts', 'accounts.id', 'invitations.account_id')
        .select([
          'invitations.token_hash as tokenHash',
          'invitations.account_id as accountId',
          'accounts.display_name as inviterName',
          'accounts.email as inviterEmail',
          'invitations.email as email',
          'invitations.role as role',
          'invitations.share_scope as shareScope',
          'invitations.created_at as createdAt',
          'invitations.expires_at as expiresAt',
        ])
        .where('invitations.token_hash', '=', tokenHash)
        .where('invitations.used_at', 'is', null)
        .where('invitations.expires_at', '>', now)
        .executeTakeFirst();
      return (
        row && { ...row, inviterName: row.inviterName ?? '', inviterEmail: row.inviterEmail ?? '' }
      );
    },

    /**
     * Uses one person's invitation, once: false when another sign-up used it first.
     * A group link stays for the next member (true while it holds).
     */
    async claimInvitation(tokenHash: string, now: string): Promise<boolean> {
      const group = await db
        .selectFrom('invitations')
        .select('share_scope')
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (group?.share_scope !== null && group !== undefined) return true;
      const used = await db
        .updateTable('invitations')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(used.numUpdatedRows) > 0;
    },

    /** Ends the coach's group links (a new one replaces them). */
    async endGroupLinks(accountId: number, now: string): Promise<void> {
      await db
        .updateTable('invitations')
        .set({ used_at: now })
        .where('account_id', '=', accountId)
        .where('share_scope', 'is not', null)
        .where('used_at', 'is', null)
        .execute();
    },

    /** The coach's live group link's expiry, if one holds. */
    async groupLinkUntil(accountId: number, now: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('invitations')
        .select('expires_at')
        .where('account_id', '=', accountId)
        .where('share_scope', 'is not', null)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('expires_at', 'desc')
        .executeTakeFirst();
      return row?.expires_at;
    },
  };
}
