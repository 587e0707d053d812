import type { SessionRecord } from '../../store/queries/sign-in.js';
import type { Store } from '../../store/store.js';
import { fail, ok, type Result } from '../result.js';
import { type AccountView, accountView, emailOf } from './people.js';
import { SIGN_IN_LIMITS, withinLimits } from './rate-limit.js';
import { hashSecret, newSecret } from './secrets.js';

/** A session lasts 30 days from its last use. */
export const SESSION_DAYS = 30;

const inDays = (days: number, from = new Date()) =>
  new Date(from.getTime() + days * 86_400_000).toISOString();

/** Why a sign-in was refused: the same words whether the address has an account or not. */
export type SignInRefusal = 'wrong' | 'too-many';

export interface SignedIn {
  readonly account: AccountView;
  /** The cookie's secret: sent once, stored only as its hash. */
  readonly secret: string;
}

/** Starts a session for an account: a new secret every time (a sign-in never reuses one). */
export async function startSession(
  store: Store,
  accountId: number,
  userAgent: string | null,
): Promise<string> {
  const secret = newSecret('');
  await store.transaction((q) =>
    q.insertSession({
      tokenHash: hashSecret(secret),
      accountId,
      expiresAt: inDays(SESSION_DAYS),
      userAgent: userAgent?.slice(0, 300) ?? null,
    }),
  );
  return secret;
}

/**
 * Signs in with e-mail and password. Unknown addresses cost the same time
 * (a hash is still checked) and get the same answer as a wrong password;
 * attempts are counted per address and per client address.
 */
export async function signIn(
  store: Store,
  input: { readonly email: string; readonly password: string; readonly client: string },
  userAgent: string | null,
): Promise<{ ok: true; value: SignedIn } | { ok: false; reason: SignInRefusal }> {
  const email = emailOf(input.email);
  const address = email.ok ? email.value : input.email.trim().toLowerCase();
  const allowed = await withinLimits(store, [
    { key: `sign-in:account:${address}`, limit: SIGN_IN_LIMITS.perAccount },
    { key: `sign-in:client:${input.client}`, limit: SIGN_IN_LIMITS.perClient },
  ]);
  if (!allowed) return { ok: false, reason: 'too-many' };
  const person = email.ok ? await store.read((q) => q.personByEmail(address)) : undefined;
  const stored = person ? await store.read((q) => q.passwordHash(person.id)) : null;
  // Loaded at the first sign-in, not at every start (argon2's native code, the password list).
  const { decoyHash, passwordMatches } = await import('./password.js');
  const matches = await passwordMatches(stored ?? (await decoyHash()), input.password);
  if (!person || stored === null || !matches) return { ok: false, reason: 'wrong' };
  const secret = await startSession(store, person.id, userAgent);
  return { ok: true, value: { account: accountView(person), secret } };
}

/** The session of a cookie's secret, its expiry pushed on (at most once an hour). */
export async function sessionOf(store: Store, secret: string): Promise<SessionRecord | undefined> {
  if (secret.length < 20 || secret.length > 100) return undefined;
  const now = new Date();
  const session = await store.read((q) => q.session(hashSecret(secret), now.toISOString()));
  if (session && now.getTime() - Date.parse(session.lastSeenAt) > 3_600_000) {
    await store.transaction((q) =>
      q.touchSession(session.tokenHash, now.toISOString(), inDays(SESSION_DAYS, now)),
    );
  }
  return session;
}

export async function signOut(store: Store, tokenHash: string): Promise<void> {
  await store.transaction((q) => q.deleteSession(tokenHash));
}

/** Ends every session of the account, this one too. */
export async function signOutEverywhere(store: Store, accountId: number): Promise<void> {
  await store.transaction((q) => q.deleteSessions(accountId));
}

/** A session as its owner sees it; the id is a prefix of the stored hash, never the secret. */
export interface SessionView {
  readonly id: string;
  readonly current: boolean;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly userAgent: string | null;
}

export async function listSessions(
  store: Store,
  accountId: number,
  currentHash: string | undefined,
): Promise<SessionView[]> {
  const rows = await store.read((q) => q.sessions(accountId, new Date().toISOString()));
  return rows.map((s) => ({
    id: s.tokenHash.slice(0, 16),
    current: s.tokenHash === currentHash,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    userAgent: s.userAgent,
  }));
}

/** Ends one of the account's sessions, by the id `listSessions` gives. */
export async function endSession(
  store: Store,
  accountId: number,
  id: string,
): Promise<Result<{ readonly id: string }>> {
  const rows = await store.read((q) => q.sessions(accountId, new Date().toISOString()));
  const found = /^[0-9a-f]{16}$/.test(id)
    ? rows.find((s) => s.tokenHash.startsWith(id))
    : undefined;
  if (!found)
    return fail(
      'unknown-token',
      `session: ${JSON.stringify(id)} is not one of your sessions`,
      'id',
    );
  await signOut(store, found.tokenHash);
  return ok({ id });
}
