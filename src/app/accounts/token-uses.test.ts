import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/store.js';
import { openTestStore } from '../../store/test-support/test-store.js';
import { addAccount } from './people.js';
import { writeTokenUses } from './token-uses.js';
import { callerOfToken, createToken, listTokens } from './tokens.js';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});
async function open(): Promise<Store> {
  store = await openTestStore();
  return store;
}

async function withToken(s: Store, email: string) {
  const added = await addAccount(s, { email, name: 'Ana' });
  if (!added.ok) throw new Error(added.message);
  const accountId = Number(added.value.id);
  const made = await createToken(s, accountId, 'script');
  if (!made.ok) throw new Error(made.message);
  return { accountId, token: made.value.token };
}

describe("a token's last use", () => {
  it('is noted without making the request wait, and written within a second', async () => {
    const s = await open();
    const ana = await withToken(s, 'ana@example.com');
    expect(await callerOfToken(s, ana.token)).toMatchObject({ accountId: ana.accountId });
    // The caller had its answer before anything was written.
    expect((await listTokens(s, ana.accountId))[0]?.lastUsedAt).toBeNull();
    await expect
      .poll(async () => (await listTokens(s, ana.accountId))[0]?.lastUsedAt)
      .toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });

  it('is written for every token used, each in its own account, when the server stops', async () => {
    const s = await open();
    const ana = await withToken(s, 'ana@example.com');
    const ben = await withToken(s, 'ben@example.com');
    await callerOfToken(s, ana.token);
    await callerOfToken(s, ben.token);
    await writeTokenUses(s);
    const [a] = await listTokens(s, ana.accountId);
    const [b] = await listTokens(s, ben.accountId);
    expect([a?.id, b?.id]).toEqual(['1', '1']);
    expect(a?.lastUsedAt).not.toBeNull();
    expect(b?.lastUsedAt).not.toBeNull();
  });
});
