import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DigestDeps, sendDueDigest } from '../app/digest/digest.js';
import { updateDigestSettings } from '../app/digest/settings.js';
import { addJob, log, must, type TestApp, testApp } from '../app/test-support/test-app.js';
import { memorySecretBox } from '../secrets/secret-key.js';
import { smtpSender } from './smtp.js';
import { type SmtpPeer, startSmtpPeer } from './test-support/smtp-peer.js';

// The morning e-mail on Mondays carries one line of last week's numbers (Monday to Sunday),
// through nodemailer to a real SMTP server on loopback.
let app: TestApp;
let peer: SmtpPeer;
let deps: DigestDeps;

beforeEach(async () => {
  peer = await startSmtpPeer();
  app = await testApp({ now: '2026-11-30T08:30' });
  deps = {
    send: smtpSender(() => 'http://127.0.0.1:4545'),
    environmentSmtp: null,
    secrets: memorySecretBox(),
  };
  const s = peer.settings();
  must(
    await updateDigestSettings(
      app.ctx,
      {
        enabled: true,
        recipient: 'sam@example.com',
        smtp: { host: s.host, port: s.port, sender: s.sender },
      },
      null,
      deps.secrets,
    ),
  );
  // Applied Mon 16 Nov: #1 due Thu 19 Nov, made on time; #2 due Tue 24 Nov, made a day late
  // (Wed 25) and answered on Fri 27; its check-in is due this week, so the e-mail goes out.
  const a = await addJob(app, { company: 'Acme' });
  await log(app, a.id, 'applied', { on: '2026-11-16' });
  await log(app, a.id, 'voicemail', { on: '2026-11-19' });
  await log(app, a.id, 'voicemail', { on: '2026-11-25' });
  await log(app, a.id, 'reply', { on: '2026-11-27' });
  const b = await addJob(app, { company: 'Globex' });
  await log(app, b.id, 'applied', { on: '2026-11-24' }); // #1 due today, Mon 30 Nov
});
afterEach(async () => {
  await app.close();
  await peer.close();
});

describe("the Monday e-mail's line of last week", () => {
  it('on a Monday: the week of 23-29 Nov in the text and the HTML part', async () => {
    expect((await sendDueDigest(app.ctx, deps)).outcome).toBe('sent');
    const line =
      'Last week: 0 of 1 step on time (1 late); 1 follow-up made, 1 answered; 1 new application.';
    expect(peer.received[0]?.text).toContain(line);
    expect(peer.received[0]?.html).toContain(line);
  });

  it('not on other days', async () => {
    app.setNow('2026-12-01T08:30');
    expect((await sendDueDigest(app.ctx, deps)).outcome).toBe('sent');
    expect(peer.received[0]?.text).not.toContain('Last week');
  });
});
