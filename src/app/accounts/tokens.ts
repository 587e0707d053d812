import type { Store } from '../../store/store.js';
import { fail, ok, type Result } from '../result.js';
import { hashSecret, newSecret, TOKEN_PREFIX } from './secrets.js';
import { noteTokenUse } from './token-uses.js';

/** A personal access token as listed: never its secret. */
export interface TokenView {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
}

/** A new token: the secret is shown this once; only its hash is kept. */
export interface NewToken {
  readonly id: string;
  readonly token: string;
  readonly name: string;
}

export async function createToken(
  store: Store,
  accountId: number,
  nameText: string | undefined,
): Promise<Result<NewToken>> {
  const name = (nameText ?? 'token').trim();
  if (name === '' || name.length > 100 || /[\p{Cc}]/u.test(name)) {
    return fail('invalid-input', 'name: a label of 1 to 100 characters, please', 'name');
  }
  const token = newSecret(TOKEN_PREFIX);
  const id = await store.transaction((q) => q.insertToken(accountId, name, hashSecret(token)));
  return ok({ id: String(id), token, name });
}

export async function listTokens(store: Store, accountId: number): Promise<TokenView[]> {
  const rows = await store.read((q) => q.tokens(accountId));
  return rows.map((t) => ({ ...t, id: String(t.id) }));
}

export async function revokeToken(
  store: Store,
  accountId: number,
  idText: string,
): Promise<Result<{ readonly id: string }>> {
  const id = /^\d{1,15}$/.test(idText.trim()) ? Number(idText.trim()) : Number.NaN;
  const gone =
    Number.isSafeInteger(id) && (await store.transaction((q) => q.deleteToken(accountId, id)));
  if (!gone) {
    return fail(
      'unknown-token',
      `token: ${JSON.stringify(idText)} is not one of your tokens (see tokens list)`,
      'token',
    );
  }
  return ok({ id: String(id) });
}

/** The account a token signs in as; none for a token that is unknown or revoked. */
export async function accountOfToken(store: Store, token: string): Promise<number | undefined> {
  return (await callerOfToken(store, token))?.accountId;
}

/**
 * The account a token signs in as, with its role, read in one query (every API
 * call of a script pays for it); none for a token that is unknown or revoked.
 */
export async function callerOfToken(
  store: Store,
  token: string,
): Promise<{ readonly accountId: number; readonly role: string } | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const hash = hashSecret(token);
  const found = await store.read((q) => q.tokenCaller(hash));
  if (!found) return undefined;
  // The last use is noted to the minute: one write a minute per token, not one per request.
  const now = new Date().toISOString();
  if (found.lastUsedAt?.slice(0, 16) !== now.slice(0, 16)) {
    noteTokenUse(store, { accountId: found.accountId, id: found.id, at: now });
  }
  return { accountId: found.accountId, role: found.role };
}
