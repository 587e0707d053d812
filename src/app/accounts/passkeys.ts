import type * as WebAuthn from '@simplewebauthn/server';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { ChallengePurpose } from '../../store/queries/passkeys.js';
import type { Store } from '../../store/store.js';
import { fail, ok, type Result } from '../result.js';
import { accountView } from './people.js';
import { SIGN_IN_LIMITS, withinLimits } from './rate-limit.js';
import { hashSecret } from './secrets.js';
import { type SignedIn, type SignInRefusal, startSession } from './sessions.js';

/**
 * The WebAuthn library (and the certificate parsing under it), loaded at the first passkey
 * request: `serve` starts without it, and a personal install never loads it.
 */
async function loadWebAuthn() {
  const [server, helpers] = await Promise.all([
    import('@simplewebauthn/server'),
    import('@simplewebauthn/server/helpers'),
  ]);
  return { ...server, ...helpers };
}
let webAuthnLoaded: ReturnType<typeof loadWebAuthn> | undefined;
const webauthn = () => {
  webAuthnLoaded ??= loadWebAuthn();
  return webAuthnLoaded;
};

/** Who the passkeys are for: the deployment's public address (its host is the RP ID). */
export interface RelyingParty {
  readonly id: string;
  readonly origin: string;
  readonly name: string;
}

/** The relying party of a public address such as https://club.example.org/. */
export function relyingPartyOf(appUrl: string): RelyingParty {
  const url = new URL(appUrl);
  return { id: url.hostname, origin: url.origin, name: 'JustEnough' };
}

/** A challenge is answered within 5 minutes, or not at all. */
export const CHALLENGE_MINUTES = 5;

/** A passkey as its owner sees it: a name, when it was added and last used. */
export interface PasskeyView {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
}

const view = (p: {
  credentialId: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}): PasskeyView => ({
  id: p.credentialId,
  name: p.name,
  createdAt: p.createdAt,
  lastUsedAt: p.lastUsedAt,
});

async function keepChallenge(
  store: Store,
  challenge: string,
  purpose: ChallengePurpose,
  accountId: number | null,
): Promise<void> {
  const now = Date.now();
  await store.transaction(async (q) => {
    await q.forgetChallenges(new Date(now).toISOString());
    await q.insertChallenge({
      challengeHash: hashSecret(challenge),
      purpose,
      accountId,
      expiresAt: new Date(now + CHALLENGE_MINUTES * 60_000).toISOString(),
    });
  });
}

/**
 * The challenge an answer signed, used up in the database (whichever server
 * process made it): undefined if it is unknown, old, used, or not this one's.
 */
async function takeChallenge(
  store: Store,
  clientDataJSON: string,
  purpose: ChallengePurpose,
  accountId: number | null,
): Promise<string | undefined> {
  let challenge: string;
  try {
    challenge = (await webauthn()).decodeClientDataJSON(clientDataJSON).challenge;
  } catch {
    return undefined;
  }
  if (typeof challenge !== 'string' || challenge.length > 200) return undefined;
  const now = new Date().toISOString();
  const live = await store.transaction((q) =>
    q.takeChallenge(hashSecret(challenge), purpose, accountId, now),
  );
  return live ? challenge : undefined;
}

/** What the browser needs to make a new passkey for a signed-in account. */
export async function registrationOptions(
  store: Store,
  rp: RelyingParty,
  accountId: number,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const [person, existing] = await store.read(async (q) =>
    Promise.all([q.person(accountId), q.passkeys(accountId)]),
  );
  const options = await (await webauthn()).generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: person?.email ?? String(accountId),
    userDisplayName: person?.name ?? '',
    // The user handle names the account by its number, never by its address.
    userID: new TextEncoder().encode(`account:${accountId}`),
    attestationType: 'none',
    // A discoverable credential: signing in needs no address typed first.
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    excludeCredentials: existing.map((p) => ({
      id: p.credentialId,
      transports: [...p.transports],
    })),
  });
  await keepChallenge(store, options.challenge, 'register', accountId);
  return options;
}

/** The name a person gives a passkey ("Laptop", "Phone"). */
function passkeyName(text: string | undefined): Result<string> {
  const name = (text ?? '').trim();
  if (name === '' || name.length > 100 || /[\p{Cc}]/u.test(name)) {
    return fail('invalid-input', 'name: a label of 1 to 100 characters, please', 'name');
  }
  return ok(name);
}

const EXPIRED = 'passkey: this request is unknown, used or older than 5 minutes; start again';

/** Checks the browser's new passkey against the challenge it was given, and keeps it. */
export async function addPasskey(
  store: Store,
  rp: RelyingParty,
  accountId: number,
  input: { readonly name?: string | undefined; readonly response: RegistrationResponseJSON },
): Promise<Result<PasskeyView>> {
  const name = passkeyName(input.name);
  if (!name.ok) return name;
  const challenge = await takeChallenge(
    store,
    input.response.response.clientDataJSON,
    'register',
    accountId,
  );
  if (challenge === undefined) return fail('invalid-input', EXPIRED, 'response');
  let verified: Awaited<ReturnType<typeof WebAuthn.verifyRegistrationResponse>>;
  try {
    verified = await (await webauthn()).verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
  } catch (error) {
    return fail('invalid-input', `passkey: ${(error as Error).message}`, 'response');
  }
  if (!verified.verified) return fail('invalid-input', 'passkey: not verified', 'response');
  const { credential } = verified.registrationInfo;
  return store.transaction(async (q) => {
    if (await q.passkey(credential.id)) {
      return fail('taken', 'passkey: this passkey is registered already', 'response');
    }
    await q.insertPasskey({
      credentialId: credential.id,
      accountId,
      publicKey: (await webauthn()).isoBase64URL.fromBuffer(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ?? input.response.response.transports ?? [],
      name: name.value,
    });
    const added = await q.passkey(credential.id);
    if (!added) throw new Error('passkey not found after insert');
    return ok(view(added));
  });
}

/** What the browser needs to sign in with any passkey of this deployment. */
export async function signInOptions(
  store: Store,
  rp: RelyingParty,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await (await webauthn()).generateAuthenticationOptions({
    rpID: rp.id,
    userVerification: 'preferred',
  });
  await keepChallenge(store, options.challenge, 'sign-in', null);
  return options;
}

/**
 * Signs in with a passkey: the challenge is used once, the signature checked
 * against the stored public key, and a new session started. Attempts count per
 * client address, as password sign-ins do; any failure answers alike.
 */
export async function signInWithPasskey(
  store: Store,
  rp: RelyingParty,
  input: { readonly response: AuthenticationResponseJSON; readonly client: string },
  userAgent: string | null,
): Promise<{ ok: true; value: SignedIn } | { ok: false; reason: SignInRefusal }> {
  const allowed = await withinLimits(store, [
    { key: `sign-in:client:${input.client}`, limit: SIGN_IN_LIMITS.perClient },
  ]);
  if (!allowed) return { ok: false, reason: 'too-many' };
  const wrong = { ok: false, reason: 'wrong' } as const;
  const challenge = await takeChallenge(
    store,
    input.response.response.clientDataJSON,
    'sign-in',
    null,
  );
  if (challenge === undefined) return wrong;
  const passkey = await store.read((q) => q.passkey(input.response.id));
  if (!passkey) return wrong;
  let verified: Awaited<ReturnType<typeof WebAuthn.verifyAuthenticationResponse>>;
  try {
    verified = await (await webauthn()).verifyAuthenticationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
      credential: {
        id: passkey.credentialId,
        publicKey: (await webauthn()).isoBase64URL.toBuffer(passkey.publicKey),
        counter: passkey.counter,
        transports: [...passkey.transports],
      },
    });
  } catch {
    return wrong;
  }
  if (!verified.verified) return wrong;
  const person = await store.read((q) => q.person(passkey.accountId));
  if (!person) return wrong;
  await store.transaction((q) =>
    q.markPasskeyUsed(
      passkey.credentialId,
      verified.authenticationInfo.newCounter,
      new Date().toISOString(),
    ),
  );
  const secret = await startSession(store, person.id, userAgent);
  return { ok: true, value: { account: accountView(person), secret } };
}

export async function listPasskeys(store: Store, accountId: number): Promise<PasskeyView[]> {
  return (await store.read((q) => q.passkeys(accountId))).map(view);
}

export async function removePasskey(
  store: Store,
  accountId: number,
  id: string,
): Promise<Result<{ readonly id: string }>> {
  const gone =
    id.length <= 1400 && (await store.transaction((q) => q.deletePasskey(accountId, id)));
  if (!gone) {
    return fail(
      'unknown-token',
      `passkey: ${JSON.stringify(id)} is not one of your passkeys`,
      'id',
    );
  }
  return ok({ id });
}
