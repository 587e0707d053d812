import type { Store } from '../../store/store.js';
import { fail, ok, type Result } from '../result.js';
import { emailOf } from './people.js';
import { RESET_LIMITS, withinLimits } from './rate-limit.js';
import { hashSecret, newSecret } from './secrets.js';

/** A reset link works for an hour, once. */
export const RESET_MINUTES = 60;

/** A reset to send: the address and the secret of its link. */
export interface ResetMail {
  readonly email: string;
  readonly name: string;
  readonly secret: string;
}

/**
 * Asks for a password reset. Whatever the address, the caller answers the
 * same (nothing says whether it has an account); only an account's address,
 * within the limits, gives a mail to send.
 */
export async function requestReset(
  store: Store,
  input: { readonly email: string; readonly client: string },
): Promise<ResetMail | undefined> {
  const email = emailOf(input.email);
  const address = email.ok ? email.value : input.email.trim().toLowerCase();
  const allowed = await withinLimits(store, [
    { key: `reset:account:${address}`, limit: RESET_LIMITS.perAccount },
    { key: `reset:client:${input.client}`, limit: RESET_LIMITS.perClient },
  ]);
  if (!allowed || !email.ok) return undefined;
  const person = await store.read((q) => q.personByEmail(address));
  if (!person) return undefined;
  const secret = newSecret('');
  const expires = new Date(Date.now() + RESET_MINUTES * 60_000).toISOString();
  await store.transaction((q) => q.insertReset(person.id, hashSecret(secret), expires));
  return { email: person.email, name: person.name, secret };
}

/** Sets a new password with a reset link's secret; every session of the account ends. */
export async function confirmReset(
  store: Store,
  input: { readonly token: string; readonly password: string },
): Promise<Result<{ readonly accountId: number }>> {
  const { checkPassword, hashPassword } = await import('./password.js');
  const checked = checkPassword(input.password);
  if (!checked.ok) return checked;
  const hash = await hashPassword(checked.value);
  return store.transaction(async (q) => {
    const accountId = await q.useReset(hashSecret(input.token), new Date().toISOString());
    if (accountId === undefined) {
      return fail(
        'unknown-token',
        'token: this reset link was used or has expired; ask for a new one',
        'token',
      );
    }
    await q.setPasswordHash(accountId, hash);
    await q.deleteSessions(accountId);
    return ok({ accountId });
  });
}
