import { type Db, stamp } from './shared.js';

/** A passkey as stored: the credential's id and public key (base64url), never a secret. */
export interface PasskeyRecord {
  readonly credentialId: string;
  readonly accountId: number;
  readonly publicKey: string;
  readonly counter: number;
  readonly transports: readonly string[];
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
}

export type ChallengePurpose = 'register' | 'sign-in';

const PASSKEY = [
  'credential_id as credentialId',
  'account_id as accountId',
  'public_key as publicKey',
  'counter',
  'transports',
  'name',
  'created_at as createdAt',
  'last_used_at as lastUsedAt',
] as const;

type Row = Omit<PasskeyRecord, 'transports'> & { transports: string };

function record(row: Row): PasskeyRecord {
  const transports: unknown = JSON.parse(row.transports);
  return {
    ...row,
    counter: Number(row.counter),
    transports: Array.isArray(transports) ? transports.map(String) : [],
  };
}

/** Passkeys and the challenges they sign, in the database so that every server process shares them. */
export function passkeyQueries(db: Db) {
  return {
    async insertPasskey(p: Omit<PasskeyRecord, 'createdAt' | 'lastUsedAt'>): Promise<void> {
      await db
        .insertInto('passkeys')
        .values({
          credential_id: p.credentialId,
          account_id: p.accountId,
          public_key: p.publicKey,
          counter: p.counter,
          transports: JSON.stringify(p.transports),
          name: p.name,
          created_at: stamp(),
        })
        .execute();
    },

    async passkeys(accountId: number): Promise<PasskeyRecord[]> {
      const rows = await db
        .selectFrom('passkeys')
        .select(PASSKEY)
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .orderBy('credential_id')
        .execute();
      return rows.map(record);
    },

    async passkey(credentialId: string): Promise<PasskeyRecord | undefined> {
      const row = await db
        .selectFrom('passkeys')
        .select(PASSKEY)
        .where('credential_id', '=', credentialId)
        .executeTakeFirst();
      return row && record(row);
    },

    async markPasskeyUsed(credentialId: string, counter: number, at: string): Promise<void> {
      await db
        .updateTable('passkeys')
        .set({ counter, last_used_at: at })
        .where('credential_id', '=', credentialId)
        .execute();
    },

    /** Whether a passkey of that account was there to remove. */
    async deletePasskey(accountId: number, credentialId: string): Promise<boolean> {
      const gone = await db
        .deleteFrom('passkeys')
        .where('account_id', '=', accountId)
        .where('credential_id', '=', credentialId)
        .executeTakeFirst();
      return Number(gone.numDeletedRows) > 0;
    },

    async insertChallenge(c: {
      readonly challengeHash: string;
      readonly purpose: ChallengePurpose;
      readonly accountId: number | null;
      readonly expiresAt: string;
    }): Promise<void> {
      await db
        .insertInto('passkey_challenges')
        .values({
          challenge_hash: c.challengeHash,
          purpose: c.purpose,
          account_id: c.accountId,
          expires_at: c.expiresAt,
        })
        .execute();
    },

    /**
     * Uses a challenge once: true if it was live, for this purpose and account;
     * it is gone afterwards whatever the answer, so it can never be replayed.
     */
    async takeChallenge(
      challengeHash: string,
      purpose: ChallengePurpose,
      accountId: number | null,
      now: string,
    ): Promise<boolean> {
      const row = await db
        .deleteFrom('passkey_challenges')
        .where('challenge_hash', '=', challengeHash)
        .returning(['purpose', 'account_id', 'expires_at'])
        .executeTakeFirst();
      return (
        row !== undefined &&
        row.purpose === purpose &&
        row.account_id === accountId &&
        row.expires_at > now
      );
    },

    /** Forgets challenges that nobody answered in time. */
    async forgetChallenges(before: string): Promise<void> {
      await db.deleteFrom('passkey_challenges').where('expires_at', '<', before).execute();
    },
  };
}
