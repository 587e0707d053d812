import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/store.js';
import { openTestStore } from '../../store/test-support/test-store.js';
import {
  addPasskey,
  listPasskeys,
  registrationOptions,
  relyingPartyOf,
  removePasskey,
  signInOptions,
  signInWithPasskey,
} from './passkeys.js';
import { addAccount } from './people.js';
import { sessionOf } from './sessions.js';
import { softAuthenticator } from './test-support/soft-authenticator.js';

const ORIGIN = 'https://club.example.org';
const rp = relyingPartyOf(`${ORIGIN}/`);
let store: Store;
let opened: Store | undefined;
async function open(): Promise<Store> {
  opened = await openTestStore();
  return opened;
}
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

async function person(email: string): Promise<number> {
  const added = await addAccount(store, { email, name: email.split('@')[0] });
  if (!added.ok) throw new Error(added.message);
  return Number(added.value.id);
}

/** An account with a passkey registered from a new authenticator. */
async function withPasskey(email: string, name = 'Laptop') {
  const accountId = await person(email);
  const key = softAuthenticator();
  const options = await registrationOptions(store, rp, accountId);
  const added = await addPasskey(store, rp, accountId, {
    name,
    response: key.register(options, ORIGIN),
  });
  expect(added).toMatchObject({ ok: true, value: { id: key.credentialId, name } });
  return { accountId, key };
}

const signIn = async (key: ReturnType<typeof softAuthenticator>, origin = ORIGIN) =>
  signInWithPasskey(
    store,
    rp,
    { response: key.signIn(await signInOptions(store, rp), origin), client: '10.0.0.1' },
    'test',
  );

describe('passkeys', () => {
  it('take their relying party from the public address: its host and origin', () => {
    expect(relyingPartyOf('https://club.example.org:8443/je/')).toEqual({
      id: 'club.example.org',
      origin: 'https://club.example.org:8443',
      name: 'JustEnough',
    });
  });

  it('a registered passkey signs its account in, with a new session each time', async () => {
    store = await open();
    const { accountId, key } = await withPasskey('sam@example.com');
    const first = await signIn(key);
    const second = await signIn(key);
    if (!first.ok || !second.ok) throw new Error('passkey sign-in refused');
    expect(first.value.account).toMatchObject({ id: String(accountId), email: 'sam@example.com' });
    expect(second.value.secret).not.toBe(first.value.secret);
    expect((await sessionOf(store, first.value.secret))?.accountId).toBe(accountId);
    const [listed] = await listPasskeys(store, accountId);
    expect(listed?.lastUsedAt).not.toBeNull();
  });

  it('a challenge is used once: a replayed answer signs no one in', async () => {
    store = await open();
    const { key } = await withPasskey('sam@example.com');
    const options = await signInOptions(store, rp);
    const response = key.signIn(options, ORIGIN);
    const once = await signInWithPasskey(store, rp, { response, client: 'c' }, null);
    expect(once.ok).toBe(true);
    const again = await signInWithPasskey(store, rp, { response, client: 'c' }, null);
    expect(again).toEqual({ ok: false, reason: 'wrong' });
    // Signed afresh (a higher counter), the same challenge still signs no one in.
    const resigned = key.signIn(options, ORIGIN);
    expect(await signInWithPasskey(store, rp, { response: resigned, client: 'c' }, null)).toEqual({
      ok: false,
      reason: 'wrong',
    });
  });

  it('a challenge the server never gave, or made for another purpose, is refused', async () => {
    store = await open();
    const { accountId, key } = await withPasskey('sam@example.com');
    const made = key.signIn({ challenge: 'bm90LWdpdmVuLWJ5LXRoZS1zZXJ2ZXI', rpId: rp.id }, ORIGIN);
    expect(await signInWithPasskey(store, rp, { response: made, client: 'c' }, null)).toEqual({
      ok: false,
      reason: 'wrong',
    });
    // A registration's challenge does not sign in.
    const options = await registrationOptions(store, rp, accountId);
    const crossed = key.signIn({ challenge: options.challenge, rpId: rp.id }, ORIGIN);
    expect(await signInWithPasskey(store, rp, { response: crossed, client: 'c' }, null)).toEqual({
      ok: false,
      reason: 'wrong',
    });
  });

  it('an answer made for another site is refused', async () => {
    store = await open();
    const { key } = await withPasskey('sam@example.com');
    expect(await signIn(key, 'https://evil.example')).toEqual({ ok: false, reason: 'wrong' });
  });

  it("a registration challenge is the account's own: another account cannot use it", async () => {
    store = await open();
    const sam = await person('sam@example.com');
    const kim = await person('kim@example.com');
    const key = softAuthenticator();
    const options = await registrationOptions(store, rp, sam);
    const added = await addPasskey(store, rp, kim, {
      name: 'Phone',
      response: key.register(options, ORIGIN),
    });
    expect(added).toMatchObject({ ok: false, reason: 'invalid-input', field: 'response' });
    expect(await listPasskeys(store, kim)).toEqual([]);
    expect(await listPasskeys(store, sam)).toEqual([]);
  });

  it('a passkey needs a name, and a refused one writes nothing', async () => {
    store = await open();
    const sam = await person('sam@example.com');
    const key = softAuthenticator();
    const options = await registrationOptions(store, rp, sam);
    const response = key.register(options, ORIGIN);
    expect(await addPasskey(store, rp, sam, { name: '  ', response })).toMatchObject({
      ok: false,
      field: 'name',
    });
    expect(await listPasskeys(store, sam)).toEqual([]);
  });

  it('a removed passkey signs no one in; another account cannot remove it', async () => {
    store = await open();
    const { accountId, key } = await withPasskey('sam@example.com');
    const kim = await person('kim@example.com');
    expect(await removePasskey(store, kim, key.credentialId)).toMatchObject({
      ok: false,
      reason: 'unknown-token',
    });
    expect(await listPasskeys(store, accountId)).toHaveLength(1);
    expect(await removePasskey(store, accountId, key.credentialId)).toEqual({
      ok: true,
      value: { id: key.credentialId },
    });
    expect(await listPasskeys(store, accountId)).toEqual([]);
    expect(await signIn(key)).toEqual({ ok: false, reason: 'wrong' });
  });

  it('the registration options leave out the passkeys the account has already', async () => {
    store = await open();
    const { accountId, key } = await withPasskey('sam@example.com');
    const options = await registrationOptions(store, rp, accountId);
    expect(options.rp).toEqual({ id: 'club.example.org', name: 'JustEnough' });
    expect(options.excludeCredentials?.map((c) => c.id)).toEqual([key.credentialId]);
    expect(options.authenticatorSelection?.residentKey).toBe('required');
  });

  it('sign-ins with passkeys are limited per client address', async () => {
    store = await open();
    const { key } = await withPasskey('sam@example.com');
    for (let i = 0; i < 50; i++) {
      const made = key.signIn({ challenge: `bm90LWdpdmVu${i}`, rpId: rp.id }, ORIGIN);
      await signInWithPasskey(store, rp, { response: made, client: '10.9.9.9' }, null);
    }
    const response = key.signIn(await signInOptions(store, rp), ORIGIN);
    expect(await signInWithPasskey(store, rp, { response, client: '10.9.9.9' }, null)).toEqual({
      ok: false,
      reason: 'too-many',
    });
  });
});
