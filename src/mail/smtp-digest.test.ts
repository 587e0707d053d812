import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DigestDeps,
  MAX_ATTEMPTS,
  sendDueDigest,
  sendTestMail,
} from '../app/digest/digest.js';
import { getDigestSettings, updateDigestSettings } from '../app/digest/settings.js';
import { updateSettings } from '../app/settings.js';
import { addJob, log, must, type TestApp, testApp } from '../app/test-support/test-app.js';
import { memorySecretBox } from '../secrets/secret-key.js';
import { smtpSender } from './smtp.js';
import { type SmtpPeer, startSmtpPeer } from './test-support/smtp-peer.js';

// The morning e-mail, end to end: the use case, nodemailer, and a real SMTP
// server on loopback. The user lives in Chicago (UTC-6 in November).

const APP = 'http://127.0.0.1:4545';
let app: TestApp;
let peer: SmtpPeer;
let deps: DigestDeps;

beforeEach(async () => {
  peer = await startSmtpPeer();
  app = await testApp({ now: '2026-11-23T07:30' });
  deps = { send: smtpSender(() => APP), environmentSmtp: null, secrets: memorySecretBox() };
  must(await updateSettings(app.ctx, { name: 'Sam Lee', email: 'sam@example.com' }));
  const s = peer.settings();
  must(
    await updateDigestSettings(
      app.ctx,
      {
        enabled: true,
        recipient: 'sam@example.com, coach@example.com',
        smtp: { host: s.host, port: s.port, sender: s.sender },
      },
      null,
      deps.secrets,
    ),
  );
});
afterEach(async () => {
  await app.close();
  await peer.close();
});

/** Two steps (one overdue) and an interview today, with hostile names. */
async function busyDay() {
  const a = await addJob(app, {
    company: 'Acme & "Sons"',
    contact: {
      name: 'Jane <script>alert(1)</script> Doe',
      phone: '312 555 0199',
      email: 'jane@acme.example',
    },
  });
  await log(app, a.id, 'applied', { on: '2026-11-18' }); // follow-up 1 due today, Mon 23 Nov
  const b = await addJob(app, { company: 'Globex', contact: { name: 'Raj Patel' } });
  await log(app, b.id, 'applied', { on: '2026-11-13' }); // follow-up 1 was due Wed 18 Nov
  const c = await addJob(app, { company: 'Initech', title: 'BI Developer' });
  await log(app, c.id, 'interview', { at: '2026-11-23T15:00' });
  return { a, b, c };
}

const run = () => sendDueDigest(app.ctx, deps);

describe('the morning e-mail', () => {
  it('goes out once a day at its time, to every recipient, with a text and an HTML part', async () => {
    const { a } = await busyDay();
    expect(await run()).toEqual({ outcome: 'not-yet', sendAt: '08:00' });
    expect(peer.received).toHaveLength(0);

    app.setNow('2026-11-23T08:00');
    expect((await run()).outcome).toBe('sent');
    expect(peer.received).toHaveLength(1);
    const mail = peer.received[0];
    expect(mail?.to).toEqual(['sam@example.com', 'coach@example.com']);
    expect(mail?.from).toBe('digest@justenough.test');
    expect(mail?.headers.subject).toBe(
      'JustEnough for Mon 23 Nov 2026: 2 steps to do (1 overdue), 1 interview',
    );
    // The plain-text part: overdue first, each step with its window, script, phone and link.
    const text = mail?.text ?? '';
    expect(text.indexOf('OVERDUE (1)')).toBeLessThan(text.indexOf('DUE TODAY (1)'));
    expect(text).toContain('15:00 Interview: BI Developer at Initech');
    expect(text).toContain(
      'Call Jane <script>alert(1)</script> Doe (Acme & "Sons") — follow-up 1 of 3',
    );
    expect(text).toContain('Phone: 312 555 0199');
    expect(text).toContain("I'm calling to make sure you received my application");
    expect(text).toContain(`${APP}/opportunities/${a.id}`);
    // The HTML part: every name escaped, the links to the steps in the app.
    const html = mail?.html ?? '';
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      'Jane &lt;script&gt;alert(1)&lt;/script&gt; Doe (Acme &amp; &quot;Sons&quot;)',
    );
    expect(html).toContain(`href="${APP}/opportunities/${a.id}"`);
    expect(html).toContain('Overdue (1)');

    // A second run the same day, later, sends nothing.
    app.setNow('2026-11-23T08:01');
    expect((await run()).outcome).toBe('done');
    app.setNow('2026-11-23T17:00');
    expect((await run()).outcome).toBe('done');
    expect(peer.received).toHaveLength(1);
    const settings = await getDigestSettings(app.ctx, null);
    expect(settings.last).toMatchObject({
      day: '2026-11-23',
      status: 'sent',
      attempts: 1,
      recipients: 'sam@example.com, coach@example.com',
      subject: mail?.headers.subject,
    });

    // The next day is another day.
    app.setNow('2026-11-24T08:30');
    expect((await run()).outcome).toBe('sent');
    expect(peer.received).toHaveLength(2);
  });

  it('sends nothing on a day with nothing due, and records it so the day is settled', async () => {
    app.setNow('2026-11-23T09:00');
    expect(await run()).toEqual({ outcome: 'nothing-due', day: '2026-11-23' });
    expect((await run()).outcome).toBe('done');
    // Something due later that day does not bring a second look: the morning is over.
    await busyDay();
    expect((await run()).outcome).toBe('done');
    expect(peer.received).toHaveLength(0);
    expect((await getDigestSettings(app.ctx, null)).last?.status).toBe('nothing-due');
  });

  it('sends nothing while it is off', async () => {
    await busyDay();
    must(await updateDigestSettings(app.ctx, { enabled: false }, null, deps.secrets));
    app.setNow('2026-11-23T09:00');
    expect(await run()).toEqual({ outcome: 'off' });
    expect(peer.received).toHaveLength(0);
  });

  it('tries again, with a doubling wait, a send the SMTP server refused, and records each try', async () => {
    await busyDay();
    peer.refuseNext(2, 451, 'Mailbox busy, try later');
    app.setNow('2026-11-23T08:00');
    const first = await run();
    expect(first.outcome).toBe('failed');
    const failed = (await getDigestSettings(app.ctx, null)).last;
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed?.lastError).toContain('451');
    expect(failed?.lastError).toContain('Mailbox busy');
    // 08:00 CST is 14:00 UTC; the first wait is five minutes.
    expect(failed?.nextAttemptAt).toBe('2026-11-23T14:05:00Z');

    app.setNow('2026-11-23T08:04');
    expect((await run()).outcome).toBe('waiting');
    app.setNow('2026-11-23T08:05');
    expect((await run()).outcome).toBe('failed');
    expect((await getDigestSettings(app.ctx, null)).last).toMatchObject({
      attempts: 2,
      nextAttemptAt: '2026-11-23T14:15:00Z',
    });
    app.setNow('2026-11-23T08:15');
    expect((await run()).outcome).toBe('sent');
    expect(peer.received).toHaveLength(1);
    expect((await getDigestSettings(app.ctx, null)).last).toMatchObject({
      status: 'sent',
      attempts: 3,
      lastError: null,
    });
  });

  it(`gives up after ${MAX_ATTEMPTS} refused attempts, and says why; "send now" tries once more`, async () => {
    await busyDay();
    peer.refuseNext(100, 550, 'Relay access denied');
    let minutes = 0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      app.setNow(
        `2026-11-23T${String(8 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      );
      expect((await run()).outcome).toBe('failed');
      minutes += 5 * 2 ** (attempt - 1);
    }
    const last = (await getDigestSettings(app.ctx, null)).last;
    expect(last).toMatchObject({ status: 'gave-up', attempts: MAX_ATTEMPTS, nextAttemptAt: null });
    expect(last?.lastError).toContain('Relay access denied');
    app.setNow('2026-11-23T18:00');
    expect((await run()).outcome).toBe('done');

    peer.refuseNext(0);
    expect((await sendDueDigest(app.ctx, deps, { now: true })).outcome).toBe('sent');
    expect(peer.received).toHaveLength(1);
  });

  it('takes again, after 15 minutes, a claim left by a server that stopped while sending', async () => {
    await busyDay();
    // Another process claimed the day at 08:00 (14:00 UTC) and never finished.
    await app.store.transaction((q) =>
      q.claimDigest(app.ctx.accountId, '2026-11-23', 'sending', '2026-11-23T14:00:00Z'),
    );
    app.setNow('2026-11-23T08:10');
    expect((await run()).outcome).toBe('busy');
    app.setNow('2026-11-23T08:16');
    expect((await run()).outcome).toBe('sent');
    expect((await getDigestSettings(app.ctx, null)).last).toMatchObject({ attempts: 2 });
    expect(peer.received).toHaveLength(1);
  });

  it('goes out once when several senders race for the same day on one database', async () => {
    await busyDay();
    app.setNow('2026-11-23T08:00');
    const runs = await Promise.all(Array.from({ length: 6 }, () => run()));
    expect(runs.filter((r) => r.outcome === 'sent')).toHaveLength(1);
    expect(runs.filter((r) => r.outcome !== 'sent').map((r) => r.outcome)).toEqual(
      Array(5).fill('busy'),
    );
    expect(peer.received).toHaveLength(1);
  });

  it('"send now" sends before its time, once a day; a test e-mail does not count', async () => {
    await busyDay();
    const test = must(await sendTestMail(app.ctx, deps));
    expect(test).toMatchObject({ sent: true, subject: 'JustEnough: test e-mail' });
    expect(peer.received[0]?.text).toContain('This is a test e-mail from JustEnough');
    expect((await sendDueDigest(app.ctx, deps, { now: true })).outcome).toBe('sent');
    expect((await sendDueDigest(app.ctx, deps, { now: true })).outcome).toBe('done');
    app.setNow('2026-11-23T08:00');
    expect((await run()).outcome).toBe('done');
    expect(peer.received).toHaveLength(2);
  });

  it('reports a test e-mail the server refused, without the password', async () => {
    must(
      await updateDigestSettings(
        app.ctx,
        { smtp: { user: 'sam', password: 'hunter2-secret' } },
        null,
        deps.secrets,
      ),
    );
    peer.refuseNext(1, 554, 'Rejected for hunter2-secret reasons');
    const result = must(await sendTestMail(app.ctx, deps));
    expect(result.sent).toBe(false);
    if (result.sent) return;
    expect(result.error).toContain('554');
    expect(result.error).not.toContain('hunter2-secret');
  });
});
