import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateSettings } from '../app/settings.js';
import { addJob, log, must, type TestApp, testApp } from '../app/test-support/test-app.js';
import { smtpSender } from '../mail/smtp.js';
import { type SmtpPeer, startSmtpPeer } from '../mail/test-support/smtp-peer.js';
import { memorySecretBox } from '../secrets/secret-key.js';
import { buildServer } from './build-server.js';
import { expectProblem } from './test-support/test-server.js';

// The morning e-mail's API, on a server whose mail goes to a real SMTP server on loopback.
const HOST = '127.0.0.1:4545';
let app: TestApp;
let peer: SmtpPeer;
let server: FastifyInstance;
beforeEach(async () => {
  peer = await startSmtpPeer();
  app = await testApp({ now: '2026-11-23T07:00' });
  must(await updateSettings(app.ctx, { name: 'Sam Lee', email: 'sam@example.com' }));
  const a = await addJob(app, { contact: { name: 'Jane Doe', phone: '312 555 0199' } });
  await log(app, a.id, 'applied', { on: '2026-11-18' });
  const appUrl = () => `http://${HOST}`;
  server = buildServer({
    ctx: app.ctx,
    allowedHosts: [HOST],
    appUrl,
    mail: { send: smtpSender(appUrl), environmentSmtp: null, secrets: memorySecretBox() },
  });
});
afterEach(async () => {
  await server.close();
  await app.close();
  await peer.close();
});

const call = (method: 'GET' | 'PATCH' | 'POST', url: string, body?: object, headers = {}) =>
  server.inject({
    method,
    url,
    headers: { host: HOST, ...headers },
    ...(body ? { payload: body } : {}),
  });

describe('/api/digest', () => {
  it('is set from Settings, never answers the password, and names a bad field', async () => {
    const res = await call('PATCH', '/api/digest', {
      enabled: true,
      sendAt: '07:30',
      smtp: { host: '127.0.0.1', port: peer.port, user: 'sam', password: 's3cret-pass' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).not.toContain('s3cret-pass');
    expect(res.json()).toMatchObject({
      enabled: true,
      sendAt: '07:30',
      recipients: ['sam@example.com'],
      smtp: { host: '127.0.0.1', port: peer.port, user: 'sam', passwordSet: true },
      smtpSource: 'settings',
    });
    expect((await call('GET', '/api/digest')).body).not.toContain('s3cret-pass');
    expectProblem(await call('PATCH', '/api/digest', { sendAt: '8h' }), 422, 'sendAt');
    expectProblem(await call('PATCH', '/api/digest', { recipient: 'x' }), 422, 'recipient');
    expectProblem(await call('PATCH', '/api/digest', { smtp: { port: 0 } }), 422, 'smtp.port');
    expectProblem(
      await call('PATCH', '/api/digest', { smtp: { colour: 'red' } }),
      400,
      'smtp.colour',
    );
    expectProblem(
      await call('PATCH', '/api/digest', { enabled: false }, { origin: 'http://evil.example' }),
      403,
      'origin',
    );
    expect((await call('GET', '/api/digest')).json().enabled).toBe(true);
  });

  it('previews today, sends it now once, and shows the result in Settings', async () => {
    await call('PATCH', '/api/digest', { smtp: { host: '127.0.0.1', port: peer.port } });
    const preview = (await call('GET', '/api/digest/preview')).json();
    expect(preview).toMatchObject({
      date: '2026-11-23',
      empty: false,
      recipients: ['sam@example.com'],
      subject: 'JustEnough for Mon 23 Nov 2026: 1 step to do',
      enabled: false,
      today: null,
    });
    expect(preview.text).toContain('Call Jane Doe (Acme) — follow-up 1 of 3');
    expect(preview.html).toContain('href="http://127.0.0.1:4545/opportunities/1"');

    const test = (await call('POST', '/api/digest/test')).json();
    expect(test).toMatchObject({ sent: true, recipients: ['sam@example.com'] });
    const sent = (await call('POST', '/api/digest/send')).json();
    expect(sent).toMatchObject({ outcome: 'sent', send: { status: 'sent', attempts: 1 } });
    expect((await call('POST', '/api/digest/send')).json()).toMatchObject({ outcome: 'done' });
    expect(peer.received.map((m) => m.headers.subject)).toEqual([
      'JustEnough: test e-mail',
      preview.subject,
    ]);
    expect((await call('GET', '/api/digest')).json().last).toMatchObject({
      day: '2026-11-23',
      status: 'sent',
    });
  });

  it('reports a refused send in Settings with its error and the next attempt', async () => {
    await call('PATCH', '/api/digest', { smtp: { host: '127.0.0.1', port: peer.port } });
    peer.refuseNext(1, 452, 'Insufficient system storage');
    const failed = (await call('POST', '/api/digest/send')).json();
    expect(failed.outcome).toBe('failed');
    const last = (await call('GET', '/api/digest')).json().last;
    expect(last).toMatchObject({ status: 'failed', attempts: 1 });
    expect(last.lastError).toContain('Insufficient system storage');
    expect(last.nextAttemptAt).toBe('2026-11-23T13:05:00Z');
    expect((await call('POST', '/api/digest/test')).json()).toMatchObject({ sent: true });
  });

  it('the test e-mail sends with the server typed on the form, unsaved, and saves nothing', async () => {
    const saved = (await call('GET', '/api/digest')).json();
    expect(saved.smtpSource).toBe('none');
    const form = {
      recipient: 'sam.lee@example.org',
      smtp: { host: '127.0.0.1', port: String(peer.port), user: 'sam', password: 'typed-s3cret' },
    };
    const res = await call('POST', '/api/digest/test', form);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sent: true, recipients: ['sam.lee@example.org'] });
    expect(res.body).not.toContain('typed-s3cret');
    expect(peer.received.map((m) => m.to)).toEqual([['sam.lee@example.org']]);
    // Nothing of the form was kept: the settings are as they were.
    expect((await call('GET', '/api/digest')).json()).toEqual(saved);
  });

  it('the test e-mail checks the form as a save does, naming the field, and sends nothing', async () => {
    expectProblem(
      await call('POST', '/api/digest/test', { smtp: { host: '127.0.0.1', port: 0 } }),
      422,
      'smtp.port',
    );
    expectProblem(
      await call('POST', '/api/digest/test', { smtp: { host: '127.0.0.1', colour: 'red' } }),
      400,
      'smtp.colour',
    );
    expect(peer.received).toEqual([]);
  });

  it('a failed test with a password typed on the form never says the password', async () => {
    peer.refuseNext(1, 535, 'Authentication failed for typed-s3cret');
    const res = await call('POST', '/api/digest/test', {
      smtp: { host: '127.0.0.1', port: peer.port, password: 'typed-s3cret' },
    });
    expect(res.json()).toMatchObject({ sent: false });
    expect(res.body).not.toContain('typed-s3cret');
  });

  it('refuses to send without an SMTP server, naming it', async () => {
    expectProblem(await call('POST', '/api/digest/test'), 422, 'smtp.host');
    expect((await call('POST', '/api/digest/send')).json()).toMatchObject({
      outcome: 'not-configured',
    });
  });
});

describe('the reminder answers fit their documented schemas', () => {
  it('every route of the calendar and the morning e-mail', async () => {
    const { Calendar, DigestPreview, DigestRun, DigestSettings, TestMail } = await import(
      '../contract/index.js'
    );
    const fits = (
      schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
      body: unknown,
    ) => {
      const result = schema.safeParse(body);
      expect(result.success, JSON.stringify(result.error)).toBe(true);
    };
    fits(Calendar, (await call('GET', '/api/calendar')).json());
    fits(Calendar, (await call('POST', '/api/calendar')).json());
    fits(Calendar, (await call('POST', '/api/calendar/reset')).json());
    fits(
      DigestSettings,
      (await call('PATCH', '/api/digest', { smtp: { host: '127.0.0.1', port: peer.port } })).json(),
    );
    fits(DigestPreview, (await call('GET', '/api/digest/preview')).json());
    fits(TestMail, (await call('POST', '/api/digest/test')).json());
    peer.refuseNext(1);
    fits(DigestRun, (await call('POST', '/api/digest/send')).json());
    fits(DigestRun, (await call('POST', '/api/digest/send')).json());
    fits(DigestSettings, (await call('GET', '/api/digest')).json());
  });
});
