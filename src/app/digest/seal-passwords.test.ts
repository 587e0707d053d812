import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smtpSender } from '../../mail/smtp.js';
import { type SmtpPeer, startSmtpPeer } from '../../mail/test-support/smtp-peer.js';
import { secretBox } from '../../secrets/secret-key.js';
import type { DigestSettingsRecord } from '../../store/records.js';
import { defaultSettings } from '../account.js';
import type { SecretBox } from '../secret-box.js';
import { must, type TestApp, testApp } from '../test-support/test-app.js';
import { type DigestDeps, sendTestMail } from './digest.js';
import { sealStoredSmtpPasswords } from './seal-passwords.js';
import { updateDigestSettings } from './settings.js';

// The SMTP password of the morning e-mail is stored sealed by the secret key
// (AES-256-GCM, src/secrets/secret-key.ts); rows of older versions that hold it
// in plain text are sealed at start-up. Sent through a real SMTP peer on loopback.

const PASSWORD = 'hunter2-smtp-secret';
let app: TestApp;
let peer: SmtpPeer;
let dataDir: string;
let secrets: SecretBox;
let deps: DigestDeps;

beforeEach(async () => {
  peer = await startSmtpPeer();
  app = await testApp({ now: '2026-11-23T07:30' });
  dataDir = mkdtempSync(join(tmpdir(), 'je-smtp-key-'));
  secrets = secretBox({}, dataDir);
  deps = { send: smtpSender(() => 'http://127.0.0.1:4545'), environmentSmtp: null, secrets };
});
afterEach(async () => {
  await app.close();
  await peer.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const peerSettings = (password: string | null): DigestSettingsRecord => ({
  enabled: false,
  sendAt: '08:00',
  recipient: 'sam@example.com',
  smtpHost: '127.0.0.1',
  smtpPort: peer.port,
  smtpUser: 'sam',
  smtpPasswordSealed: password,
  smtpSecure: false,
  smtpAllowUnencrypted: false,
  sender: 'JustEnough <digest@justenough.test>',
});

const stored = async (accountId = app.ctx.accountId) =>
  (await app.store.read((q) => q.digestSettings(accountId)))?.smtpPasswordSealed ?? null;

/** A second account whose settings hold a plain-text password, as an old version wrote them. */
async function otherAccountWithPlainPassword(password: string): Promise<number> {
  return app.store.transaction(async (q) => {
    const id = await q.ensureAccount('other', () => defaultSettings('UTC'));
    await q.saveDigestSettings(id, peerSettings(password));
    return id;
  });
}

describe('the SMTP password', () => {
  it('is stored sealed: the column never holds it, and the mail still goes out with it', async () => {
    const s = peer.settings();
    must(
      await updateDigestSettings(
        app.ctx,
        {
          recipient: 'sam@example.com',
          smtp: { host: s.host, port: s.port, user: 'sam', password: PASSWORD, sender: s.sender },
        },
        null,
        secrets,
      ),
    );
    const column = await stored();
    expect(column).not.toBeNull();
    expect(column).not.toContain(PASSWORD);
    expect(secrets.isSealed(column ?? '')).toBe(true);

    const sent = must(await sendTestMail(app.ctx, deps));
    expect(sent.sent).toBe(true);
    expect(peer.logins).toEqual([{ user: 'sam', password: PASSWORD }]);
  }, 60_000);

  it('stored in plain text by an older version is sealed at start-up, and the mail still goes out', async () => {
    await app.store.transaction((q) =>
      q.saveDigestSettings(app.ctx.accountId, peerSettings(PASSWORD)),
    );
    const other = await otherAccountWithPlainPassword('other-plain-password');

    expect(await sealStoredSmtpPasswords(app.store, secrets)).toBe(2);
    for (const [account, plain] of [
      [app.ctx.accountId, PASSWORD],
      [other, 'other-plain-password'],
    ] as const) {
      const column = await stored(account);
      expect(column).not.toContain(plain);
      expect(secrets.open(column ?? '')).toBe(plain);
    }

    // Again: nothing left to seal, nothing changed.
    const before = await stored();
    expect(await sealStoredSmtpPasswords(app.store, secrets)).toBe(0);
    expect(await stored()).toBe(before);

    expect(must(await sendTestMail(app.ctx, deps)).sent).toBe(true);
    expect(peer.logins).toEqual([{ user: 'sam', password: PASSWORD }]);
  }, 60_000);

  it('is not lost when sealing fails midway: every row keeps its plain password, and the next start seals them', async () => {
    await app.store.transaction((q) =>
      q.saveDigestSettings(app.ctx.accountId, peerSettings(PASSWORD)),
    );
    const other = await otherAccountWithPlainPassword('other-plain-password');
    let seals = 0;
    const failing: SecretBox = {
      ...secrets,
      seal(plain) {
        seals += 1;
        if (seals === 2) throw new Error('disk gone');
        return secrets.seal(plain);
      },
    };
    await expect(sealStoredSmtpPasswords(app.store, failing)).rejects.toThrow('disk gone');
    expect(await stored()).toBe(PASSWORD);
    expect(await stored(other)).toBe('other-plain-password');

    // Meanwhile the plain password of old still works.
    expect(must(await sendTestMail(app.ctx, deps)).sent).toBe(true);
    expect(await sealStoredSmtpPasswords(app.store, secrets)).toBe(2);
    expect(secrets.open((await stored()) ?? '')).toBe(PASSWORD);
  }, 60_000);
});
