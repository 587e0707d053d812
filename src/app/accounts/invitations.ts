import { canonicalTimeZone, isValidTimeZone } from '../../core/time.js';
import type { Store } from '../../store/store.js';
import { defaultSettings } from '../account.js';
import { fail, ok, type Result } from '../result.js';
import { type AccountView, accountView, emailOf, newAccount } from './people.js';
import { withinLimits } from './rate-limit.js';
import { hashSecret, newSecret } from './secrets.js';

/** How people get an account on a shared deployment: by invitation only (default), or open. */
export const SIGN_UP_MODES = ['invitation', 'open'] as const;
export type SignUpMode = (typeof SIGN_UP_MODES)[number];

/** One person's invitation works for a week, once; a group link for 90 days, for many. */
export const INVITATION_DAYS = 7;
export const GROUP_LINK_DAYS = 90;

/** Sign-ups: 20 per client address an hour. */
export const SIGN_UP_LIMIT = { attempts: 20, windowMinutes: 60 } as const;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** An invitation to send: the address and the secret of its link. */
export interface InvitationMail {
  readonly email: string;
  readonly inviterName: string;
  readonly secret: string;
}

/** What the sign-up page shows of an invitation link. */
export interface InvitationView {
  readonly inviter: string;
  /** The address it was sent to; null for a group link. */
  readonly email: string | null;
  /** A group link: signing up shares this with the inviter (they can change it later). */
  readonly shares: string | null;
}

async function inviterOf(store: Store, accountId: number) {
  const person = await store.read((q) => q.person(accountId));
  if (!person) return fail('unknown-account', 'sign in first', 'account');
  if (person.role !== 'coach' && person.role !== 'admin') {
    return fail('read-only', 'only a coach or an admin invites people', 'role');
  }
  return ok(person);
}

/** A coach or an admin invites one person by e-mail (a member; an admin may invite a coach). */
export async function invite(
  store: Store,
  accountId: number,
  input: { readonly email?: string | undefined; readonly role?: string | undefined },
): Promise<Result<InvitationMail>> {
  const inviter = await inviterOf(store, accountId);
  if (!inviter.ok) return inviter;
  const email = emailOf(input.email);
  if (!email.ok) return email;
  const role = input.role ?? 'member';
  if (
    role !== 'member' &&
    !(inviter.value.role === 'admin' && (role === 'coach' || role === 'admin'))
  ) {
    return fail(
      'invalid-input',
      `role: ${JSON.stringify(role)} is not accepted; a coach invites members, an admin also coaches and admins`,
      'role',
    );
  }
  const secret = newSecret('');
  return store.transaction(async (q) => {
    if (await q.personByEmail(email.value)) {
      return fail('taken', `email: ${email.value} has an account already`, 'email');
    }
    await q.insertInvitation({
      tokenHash: hashSecret(secret),
      accountId,
      email: email.value,
      role,
      shareScope: null,
      expiresAt: inDays(INVITATION_DAYS),
    });
    return ok({ email: email.value, inviterName: inviter.value.name, secret });
  });
}

/** A coach's group link, new (the old one stops working): shown once, only its hash is kept. */
export async function newGroupLink(
  store: Store,
  accountId: number,
): Promise<Result<{ readonly secret: string; readonly until: string }>> {
  const inviter = await inviterOf(store, accountId);
  if (!inviter.ok) return inviter;
  const secret = newSecret('');
  const until = inDays(GROUP_LINK_DAYS);
  await store.transaction(async (q) => {
    await q.endGroupLinks(accountId, new Date().toISOString());
    await q.insertInvitation({
      tokenHash: hashSecret(secret),
      accountId,
      email: null,
      role: 'member',
      shareScope: 'progress',
      expiresAt: until,
    });
  });
  return ok({ secret, until });
}

/** Ends the coach's group link at once. */
export async function endGroupLink(store: Store, accountId: number): Promise<void> {
  await store.transaction((q) => q.endGroupLinks(accountId, new Date().toISOString()));
}

/** When the coach's group link stops working, if one holds. */
export async function groupLinkUntil(store: Store, accountId: number): Promise<string | null> {
  return (await store.read((q) => q.groupLinkUntil(accountId, new Date().toISOString()))) ?? null;
}

const UNKNOWN = 'invitation: this link was used, has expired or was replaced; ask for a new one';

/** What an invitation link is, for the sign-up page. */
export async function invitationOf(store: Store, secret: string): Promise<Result<InvitationView>> {
  const found =
    secret.length >= 20 && secret.length <= 100
      ? await store.read((q) => q.invitation(hashSecret(secret), new Date().toISOString()))
      : undefined;
  if (!found) return fail('unknown-token', UNKNOWN, 'invitation');
  return ok({ inviter: found.inviterName, email: found.email, shares: found.shareScope });
}

export interface SignUpInput {
  readonly invitation?: string | undefined;
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly timeZone?: string | undefined;
  /** The client's address, for the rate limit. */
  readonly client: string;
}

/**
 * Makes an account: with an invitation's link, or without one when sign-up is
 * open. A group link also shares `progress` with its coach, in the same step.
 */
export async function signUp(
  store: Store,
  mode: SignUpMode,
  input: SignUpInput,
): Promise<Result<AccountView>> {
  const allowed = await withinLimits(store, [
    { key: `sign-up:client:${input.client}`, limit: SIGN_UP_LIMIT },
  ]);
  if (!allowed) {
    return fail('too-many', 'too many sign-ups from here; wait an hour and try again', 'email');
  }
  const secret = input.invitation?.trim() ?? '';
  if (secret === '' && mode !== 'open') {
    return fail(
      'read-only',
      'invitation: this deployment signs people up by invitation; ask your coach or the administrator for a link',
      'invitation',
    );
  }
  const zone =
    input.timeZone && isValidTimeZone(input.timeZone) ? canonicalTimeZone(input.timeZone) : 'UTC';
  const checked = await newAccount({
    email: input.email,
    name: input.name,
    password: input.password,
  });
  if (!checked.ok) return checked;
  const person = checked.value;
  const now = new Date().toISOString();
  // One transaction: an invitation used by two sign-ups at once makes one account.
  return store.transaction(async (q) => {
    const invitation = secret === '' ? undefined : await q.invitation(hashSecret(secret), now);
    if (secret !== '' && !invitation) return fail('unknown-token', UNKNOWN, 'invitation');
    if (invitation?.email && invitation.email !== person.email) {
      return fail('invalid-input', `email: this invitation is for ${invitation.email}`, 'email');
    }
    if (await q.personByEmail(person.email)) {
      return fail('taken', `email: ${person.email} has an account already`, 'email');
    }
    if (invitation && !(await q.claimInvitation(invitation.tokenHash, now))) {
      return fail('unknown-token', UNKNOWN, 'invitation');
    }
    const id = await q.insertPerson(
      { ...person, role: invitation?.role ?? 'member' },
      defaultSettings(zone),
    );
    if (invitation?.shareScope) {
      await q.saveGrant({
        accountId: id,
        coachId: invitation.accountId,
        scope: invitation.shareScope,
        until: null,
      });
    }
    const added = await q.person(id);
    if (!added) throw new Error(`account ${id} not found after insert`);
    return ok(accountView(added));
  });
}
