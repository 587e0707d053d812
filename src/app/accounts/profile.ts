import type { Store } from '../../store/store.js';
import { fail, ok, type Result } from '../result.js';
import { type AccountView, accountView, emailOf, nameOf } from './people.js';
import { SIGN_IN_LIMITS, withinLimits } from './rate-limit.js';

/** Changes the account's name or e-mail address (the one it signs in with). */
export async function updateProfile(
  store: Store,
  accountId: number,
  input: { readonly name?: string | undefined; readonly email?: string | undefined },
): Promise<Result<AccountView>> {
  const person = await store.read((q) => q.person(accountId));
  if (!person) return fail('unknown-account', 'sign in first', 'account');
  const name = input.name === undefined ? ok(person.name) : nameOf(input.name);
  if (!name.ok) return name;
  const email = input.email === undefined ? ok(person.email) : emailOf(input.email);
  if (!email.ok) return email;
  return store.transaction(async (q) => {
    const holder = await q.personByEmail(email.value);
    if (holder && holder.id !== accountId) {
      return fail('taken', `email: ${email.value} has an account already`, 'email');
    }
    await q.updatePerson(accountId, { name: name.value, email: email.value });
    const saved = await q.person(accountId);
    if (!saved) throw new Error(`account ${accountId} gone while saving`);
    return ok(accountView(saved));
  });
}

/**
 * Changes the password, knowing the current one; every other session of the
 * account ends (someone who knew the old password is signed out). Attempts
 * count against the sign-in limits, so that this is no way round them.
 */
export async function changePassword(
  store: Store,
  accountId: number,
  input: { readonly current: string; readonly password: string },
  keepSession: string | undefined,
): Promise<Result<{ readonly accountId: number }>> {
  const allowed = await withinLimits(store, [
    { key: `sign-in:account-id:${accountId}`, limit: SIGN_IN_LIMITS.perAccount },
  ]);
  if (!allowed) {
    return fail('too-many', 'current: too many attempts; wait 15 minutes', 'current');
  }
  // Loaded when a password changes, not at every start (argon2's native code, the password list).
  const { checkPassword, hashPassword, passwordMatches } = await import('./password.js');
  const stored = await store.read((q) => q.passwordHash(accountId));
  if (stored !== null && !(await passwordMatches(stored, input.current))) {
    return fail('invalid-input', 'current: this is not your current password', 'current');
  }
  const checked = checkPassword(input.password);
  if (!checked.ok) return checked;
  const hash = await hashPassword(checked.value);
  await store.transaction(async (q) => {
    await q.setPasswordHash(accountId, hash);
    for (const s of await q.sessions(accountId, '0000')) {
      if (s.tokenHash !== keepSession) await q.deleteSession(s.tokenHash);
    }
  });
  return ok({ accountId });
}
