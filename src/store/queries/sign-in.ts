import { sql } from 'kysely';
import { type Db, newIds, stamp } from './shared.js';

/** A signed-in browser, as its owner sees it in the list of sessions. */
export interface SessionRecord {
  readonly tokenHash: string;
  readonly accountId: number;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly userAgent: string | null;
}

/** A personal access token without its secret. */
export interface TokenRecord {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
}

const SESSION = [
  'token_hash as tokenHash',
  'account_id as accountId',
  'created_at as createdAt',
  'last_seen_at as lastSeenAt',
  'expires_at as expiresAt',
  'user_agent as userAgent',
] as const;

/** Sessions, personal access tokens, password resets and attempt counters: only hashes of secrets. */
export function signInQueries(db: Db) {
  return {
    async insertSession(s: Omit<SessionRecord, 'createdAt' | 'lastSeenAt'>): Promise<void> {
      const now = stamp();
      await db
        .insertInto('sessions')
        .values({
          token_hash: s.tokenHash,
          account_id: s.accountId,
          created_at: now,
          last_seen_at: now,
          expires_at: s.expiresAt,
          user_agent: s.userAgent,
        })
        .execute();
    },

    /** The live session of a secret's hash, if any. */
    async session(tokenHash: string, now: string): Promise<SessionRecord | undefined> {
      return db
        .selectFrom('sessions')
        .select(SESSION)
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
    },

    async touchSession(tokenHash: string, seenAt: string, expiresAt: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: seenAt, expires_at: expiresAt })
        .where('token_hash', '=', tokenHash)
        .execute();
    },

    async sessions(accountId: number, now: string): Promise<SessionRecord[]> {
      return db
        .selectFrom('sessions')
        .select(SESSION)
        .where('account_id', '=', accountId)
        .where('expires_at', '>', now)
        .orderBy('last_seen_at', 'desc')
        .execute();
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },

    /** Signs an account out everywhere. */
    async deleteSessions(accountId: number): Promise<void> {
      await db.deleteFrom('sessions').where('account_id', '=', accountId).execute();
    },

    async insertToken(accountId: number, name: string, tokenHash: string): Promise<number> {
      const id = await newIds(db, accountId, 'access_tokens');
      await db
        .insertInto('access_tokens')
        .values({ id, account_id: accountId, name, token_hash: tokenHash, created_at: stamp() })
        .execute();
      return id;
    },

    async tokens(accountId: number): Promise<TokenRecord[]> {
      return db
        .selectFrom('access_tokens')
        .select(['id', 'name', 'created_at as createdAt', 'last_used_at as lastUsedAt'])
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
    },

    /** The token of a hash: its id, last use, and its account's id and role; one round trip. */
    async tokenCaller(
      tokenHash: string,
    ): Promise<
      { id: number; accountId: number; lastUsedAt: string | null; role: string } | undefined
    > {
      return db
        .selectFrom('access_tokens')
        .innerJoin('accounts', 'accounts.id', 'access_tokens.account_id')
        .select([
          'access_tokens.id as id',
          'access_tokens.account_id as accountId',
          'access_tokens.last_used_at as lastUsedAt',
          'accounts.role as role',
        ])
        .where('access_tokens.token_hash', '=', tokenHash)
        .where('accounts.email', 'is not', null)
        .executeTakeFirst();
    },

    async markTokenUsed(accountId: number, id: number, at: string): Promise<void> {
      await db
        .updateTable('access_tokens')
        .set({ last_used_at: at })
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    /** Whether a token of that account was there to revoke. */
    async deleteToken(accountId: number, id: number): Promise<boolean> {
      const gone = await db
        .deleteFrom('access_tokens')
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(gone.numDeletedRows) > 0;
    },

    async insertReset(accountId: number, tokenHash: string, expiresAt: string): Promise<void> {
      await db
        .insertInto('password_resets')
        .values({ token_hash: tokenHash, account_id: accountId, expires_at: expiresAt })
        .execute();
    },

    /** Uses a reset once: its account, if it was live and unused. */
    async useReset(tokenHash: string, now: string): Promise<number | undefined> {
      const row = await db
        .updateTable('password_resets')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning('account_id')
        .executeTakeFirst();
      return row?.account_id;
    },

    /** Counts one attempt under a key in a window; the count so far, this one included. */
    async countAttempt(key: string, window: string): Promise<number> {
      const row = await db
        .insertInto('attempts')
        .values({ key, window, count: 1 })
        .onConflict((oc) =>
          oc.columns(['key', 'window']).doUpdateSet({ count: sql`attempts.count + 1` }),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Forgets the counters of windows before this one. */
    async forgetAttempts(before: string): Promise<void> {
      await db.deleteFrom('attempts').where('window', '<', before).execute();
    },
  };
}
