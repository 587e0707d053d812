import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memorySecretBox } from '../../secrets/secret-key.js';
import { updateSettings } from '../settings.js';
import { must, refused, type TestApp, testApp } from '../test-support/test-app.js';
import {
  type DigestSettingsInput,
  getDigestSettings,
  type SmtpSettings,
  updateDigestSettings,
} from './settings.js';

const SMTP = { host: 'smtp.example.com', user: 'sam@example.com', password: 'hunter2 secret' };
const ENVIRONMENT: SmtpSettings = {
  host: 'mail.internal',
  port: 2525,
  secure: false,
  allowUnencrypted: false,
  user: 'ops',
  password: 'env-password',
  sender: 'JustEnough <ops@example.com>',
};

let app: TestApp;
const secrets = memorySecretBox();
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.close());

const update = (input: DigestSettingsInput, env: SmtpSettings | null = null) =>
  updateDigestSettings(app.ctx, input, env, secrets);

describe('the morning e-mail settings', () => {
  it("start off, at 08:00, to the user's own e-mail", async () => {
    must(await updateSettings(app.ctx, { email: 'sam@example.com' }));
    expect(await getDigestSettings(app.ctx, null)).toMatchObject({
      enabled: false,
      sendAt: '08:00',
      recipient: null,
      recipients: ['sam@example.com'],
      timeZone: 'America/Chicago',
      smtpSource: 'none',
      last: null,
    });
  });

  it('never give the SMTP password back; absent keeps it, null removes it', async () => {
    const saved = must(await update({ smtp: SMTP }));
    expect(saved.smtp).toEqual({
      host: 'smtp.example.com',
      port: 587,
      secure: false,
      allowUnencrypted: false,
      user: 'sam@example.com',
      sender: null,
      passwordSet: true,
    });
    expect(JSON.stringify(saved)).not.toContain('hunter2');
    expect(must(await update({ smtp: { sender: 'sam@example.com' } })).smtp.passwordSet).toBe(true);
    expect(must(await update({ smtp: { password: null } })).smtp.passwordSet).toBe(false);
    expect(must(await update({ smtp: { secure: true } })).smtp.port).toBe(465);
  });

  it.each([
    ['host', { host: 'smtp.elsewhere.example' }],
    ['port', { port: 2525 }],
    ['user', { user: 'someone@example.com' }],
    ['user, removed', { user: null }],
    ['kind of TLS, and so the port', { secure: true }],
  ])('remove the password when the %s changes without a new one', async (_what, change) => {
    must(await update({ smtp: SMTP }));
    const view = must(await update({ smtp: change }));
    expect(view.smtp.passwordSet).toBe(false);
    expect(
      (await app.store.read((q) => q.digestSettings(app.ctx.accountId)))?.smtpPasswordSealed,
    ).toBeNull();
  });

  it('keep the password when the same server is given again, or a new password comes with the change', async () => {
    must(await update({ smtp: SMTP }));
    expect(
      must(await update({ smtp: { host: 'SMTP.example.com', port: 587 } })).smtp.passwordSet,
    ).toBe(true);
    must(await update({ smtp: { host: 'smtp.elsewhere.example', password: 'new one' } }));
    const stored = (await app.store.read((q) => q.digestSettings(app.ctx.accountId)))
      ?.smtpPasswordSealed;
    expect(stored).not.toContain('new one');
    expect(secrets.open(stored ?? '')).toBe('new one');
  });

  it("use the environment's SMTP server when none is set here, without its password", async () => {
    const view = must(await update({ recipient: 'me@example.com', enabled: true }, ENVIRONMENT));
    expect(view.smtpSource).toBe('environment');
    expect(view.environmentSmtp).toMatchObject({
      host: 'mail.internal',
      port: 2525,
      passwordSet: true,
    });
    expect(JSON.stringify(view)).not.toContain('env-password');
    expect(must(await update({ smtp: SMTP }, ENVIRONMENT)).smtpSource).toBe('settings');
  });

  it('turn on only with an SMTP server and an address, naming what is missing', async () => {
    expect(refused(await update({ enabled: true }))).toMatchObject({
      reason: 'invalid-input',
      field: 'smtp-host',
    });
    expect(refused(await update({ enabled: true, smtp: SMTP }))).toMatchObject({ field: 'to' });
    const on = must(await update({ enabled: true, smtp: SMTP, recipient: 'sam@example.com' }));
    expect(on.enabled).toBe(true);
  });

  it('take several addresses and a time of day, written the usual way', async () => {
    const view = must(
      await update({ recipient: ' a@example.com; b@example.com ,', sendAt: '7:05' }),
    );
    expect(view.recipients).toEqual(['a@example.com', 'b@example.com']);
    expect(view.sendAt).toBe('07:05');
    expect(must(await update({ recipient: null })).recipient).toBeNull();
    const named = must(await update({ smtp: { sender: ' "Sam Lee" <sam@example.com> ' } }));
    expect(named.smtp.sender).toBe('Sam Lee <sam@example.com>');
  });

  it.each([
    [{ sendAt: '24:00' }, 'time', '"24:00" is not a time of day'],
    [{ sendAt: 'eight' }, 'time', 'expected HH:MM'],
    [{ recipient: 'sam@' }, 'to', 'is not an e-mail address'],
    [{ recipient: 'a@b.co\nBcc: x@evil.example' }, 'to', 'control character'],
    [{ smtp: { host: 'smtp.example.com\r\nEvil: 1' } }, 'smtp-host', 'control character'],
    [{ smtp: { host: 'smtp example com' } }, 'smtp-host', 'is not a host name'],
    [{ smtp: { port: 70000 } }, 'smtp-port', 'is not a port'],
    [{ smtp: { port: 'abc' } }, 'smtp-port', 'is not a port'],
    [{ smtp: { password: 'a\u0000b' } }, 'smtp-password', 'control character'],
    [{ smtp: { sender: 'Evil "Corp" <x@example.com>' } }, 'from', 'plain name'],
    [{ smtp: { sender: 'Lee, Sam <x@example.com>' } }, 'from', 'plain name'],
    [{ smtp: { sender: 'not an address' } }, 'from', 'is not an e-mail address'],
  ] as const)('refuse %j, naming %s, and write nothing', async (input, field, words) => {
    const before = await getDigestSettings(app.ctx, null);
    const failure = refused(await update(input as DigestSettingsInput));
    expect(failure).toMatchObject({ reason: 'invalid-input', field });
    expect(failure.message).toContain(words);
    expect(failure.message.startsWith(`${field}: `)).toBe(true);
    expect(await getDigestSettings(app.ctx, null)).toEqual(before);
  });
});
