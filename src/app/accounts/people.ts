import type { PersonRecord } from '../../store/queries/people.js';
import type { Store } from '../../store/store.js';
import { defaultSettings } from '../account.js';
import { fail, ok, type Result } from '../result.js';

export const ACCOUNT_ROLES = ['member', 'coach', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** An account as the command line and the API show it. */
export interface AccountView {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
}

export const accountView = (p: PersonRecord): AccountView => ({
  id: String(p.id),
  email: p.email,
  name: p.name,
  role: p.role,
});

/** An address as stored and compared: trimmed, lower case. */
export function emailOf(text: string | undefined, field = 'email'): Result<string> {
  const email = (text ?? '').trim().toLowerCase();
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return fail(
      'invalid-input',
      `${field}: ${JSON.stringify(text ?? '')} is not an e-mail address; expected e.g. sam@example.com`,
      field,
    );
  }
  return ok(email);
}

export function nameOf(text: string | undefined): Result<string> {
  const name = (text ?? '').trim();
  if (name === '' || name.length > 200) {
    return fail('invalid-input', 'name: a name of 1 to 200 characters, please', 'name');
  }
  return ok(name);
}

export interface NewAccountInput {
  readonly email?: string | undefined;
  readonly name?: string | undefined;
  readonly role?: string | undefined;
  readonly password?: string | undefined;
  /** The new account's time zone; default UTC. */
  readonly timeZone?: string | undefined;
}

/** Checks a new account's fields, hashing its password: nothing is written. */
export async function newAccount(input: NewAccountInput) {
  const email = emailOf(input.email);
  if (!email.ok) return email;
  const name = nameOf(input.name);
  if (!name.ok) return name;
  const role = input.role ?? 'member';
  if (!(ACCOUNT_ROLES as readonly string[]).includes(role)) {
    return fail(
      'invalid-input',
      `role: ${JSON.stringify(role)} is not one of member, coach, admin`,
      'role',
    );
  }
  let passwordHash: string | null = null;
  if (input.password !== undefined) {
    // The common-password list and argon2's native code cost every command tens of
    // milliseconds to load: only a command that sets a password loads them.
    const { checkPassword, hashPassword } = await import('./password.js');
    const checked = checkPassword(input.password);
    if (!checked.ok) return checked;
    passwordHash = await hashPassword(checked.value);
  }
  return ok({ email: email.value, name: name.value, role, passwordHash });
}

/** Adds an account (`accounts add`, sign-up); an address has one account at most. */
export async function addAccount(
  store: Store,
  input: NewAccountInput,
): Promise<Result<AccountView>> {
  const checked = await newAccount(input);
  if (!checked.ok) return checked;
  const person = checked.value;
  return store.transaction(async (q) => {
    if (await q.personByEmail(person.email)) {
      return fail('taken', `email: ${person.email} has an account already`, 'email');
    }
    const id = await q.insertPerson(person, defaultSettings(input.timeZone ?? 'UTC'));
    const added = await q.person(id);
    if (!added) throw new Error(`account ${id} not found after insert`);
    return ok(accountView(added));
  });
}

export async function listAccounts(store: Store): Promise<AccountView[]> {
  return (await store.read((q) => q.people())).map(accountView);
}

/** Deletes an account and all of its data at once. */
export async function removeAccount(store: Store, emailText: string): Promise<Result<AccountView>> {
  const email = emailOf(emailText);
  if (!email.ok) return email;
  return store.transaction(async (q) => {
    const person = await q.personByEmail(email.value);
    if (!person) return fail('unknown-account', `email: no account has ${email.value}`, 'email');
    await q.deletePerson(person.id);
    return ok(accountView(person));
  });
}

/**
 * The account a command runs as: the one named (`--account E`); without a
 * name, the only account; none yet: the personal mode's local account (0).
 * Several and none named: refused, naming --account.
 */
export async function resolveAccount(store: Store, named?: string): Promise<Result<number>> {
  if (named !== undefined) {
    const email = emailOf(named, 'account');
    if (!email.ok) return email;
    const person = await store.read((q) => q.personByEmail(email.value));
    if (!person)
      return fail('unknown-account', `account: no account has ${email.value}`, 'account');
    return ok(person.id);
  }
  const people = await store.read((q) => q.people());
  if (people.length === 1 && people[0]) return ok(people[0].id);
  if (people.length > 1) {
    return fail(
      'invalid-input',
      `account: this database has ${people.length} accounts; say which with --account E (see justenough accounts list)`,
      'account',
    );
  }
  return ok(0);
}
