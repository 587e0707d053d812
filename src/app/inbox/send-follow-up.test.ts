import { afterEach, describe, expect, it } from 'vitest';
import { smtpFollowUpSender } from '../../mail/follow-up-mail.js';
import { outlookReply } from '../../mail/test-support/messages.js';
import { type SmtpPeer, startSmtpPeer } from '../../mail/test-support/smtp-peer.js';
import { updateDigestSettings } from '../digest/settings.js';
import { showOpportunity } from '../opportunities.js';
import { updateSettings } from '../settings.js';
import { log, must } from '../test-support/test-app.js';
import { type FollowUpMailDeps, sendFollowUpEmail, serverFilesSent } from './send-follow-up.js';
import { syncInbox } from './sync.js';
import { DELIVERED, type InboxFixture, inboxFixture } from './test-support/inbox-fixture.js';

// A follow-up sent from JustEnough: through a real SMTP peer on loopback, threaded
// to the contact's last message, copied to a real Dovecot's Sent folder (APPEND),
// and logged as the `email` attempt once, also after the sync reads Sent.

let f: InboxFixture;
let peer: SmtpPeer;
afterEach(async () => {
  await f?.close();
  await peer?.close();
});

async function setUp(): Promise<FollowUpMailDeps> {
  f = await inboxFixture();
  peer = await startSmtpPeer();
  must(await updateSettings(f.app.ctx, { name: 'Sam Lee', email: 'sam@example.com' }));
  const deps: FollowUpMailDeps = {
    send: smtpFollowUpSender,
    environmentSmtp: null,
    secrets: f.deps.secrets,
    inbox: f.deps,
  };
  must(
    await updateDigestSettings(
      f.app.ctx,
      { smtp: { host: '127.0.0.1', port: peer.port } },
      null,
      deps.secrets,
    ),
  );
  return deps;
}

const emails = async (id: string) =>
  must(await showOpportunity(f.app.ctx, id)).events.filter((e) => e.type === 'email');

async function sentFolderIds(): Promise<string[]> {
  const client = await f.server.client();
  try {
    await client.mailboxOpen('Sent', { readOnly: true });
    const ids: string[] = [];
    for await (const m of client.fetch('1:*', { envelope: true }))
      ids.push(m.envelope?.messageId ?? '');
    return ids;
  } catch {
    return [];
  } finally {
    await client.logout();
  }
}

describe('a follow-up sent by e-mail', () => {
  it('is received by the SMTP peer threaded to the last message (In-Reply-To, References), appended to Sent, and logged as email once after a sync', async () => {
    const deps = await setUp();
    await f.server.deliver(
      'INBOX',
      [outlookReply({ id: 'r1@acme.example', from: 'Jane Doe <jane.doe@acme.example>' })],
      DELIVERED,
    );
    must(await syncInbox(f.app.ctx, f.deps));

    const sent = must(
      await sendFollowUpEmail(f.app.ctx, deps, {
        opportunity: f.acme,
        subject: 'Re: Data Analyst application',
        body: 'Hello Jane,\n\nI wanted to follow up on my application.\n\nSam',
      }),
    );
    expect(sent).toMatchObject({
      to: 'JANE.DOE@ACME.EXAMPLE',
      inReplyTo: '<r1@acme.example>',
      sentCopy: 'appended',
      sentCopyError: null,
    });

    await peer.waitFor(1);
    const mail = peer.received[0];
    expect(mail?.to.map((a) => a.toLowerCase())).toEqual(['jane.doe@acme.example']);
    expect(mail?.from).toBe('sam@example.com');
    expect(mail?.headers['in-reply-to']).toBe('<r1@acme.example>');
    expect(mail?.headers.references).toBe('<r1@acme.example>');
    expect(mail?.headers['message-id']).toBe(sent.messageId);
    expect(mail?.headers.subject).toBe('Re: Data Analyst application');
    expect(mail?.raw).toContain('I wanted to follow up on my application.');

    expect(await sentFolderIds()).toEqual([sent.messageId]);
    expect(await emails(f.acme)).toHaveLength(1);

    // The sync reads the copy in Sent: the same Message-ID, already logged.
    const report = must(await syncInbox(f.app.ctx, f.deps));
    expect(report.logged).toEqual([]);
    expect(await emails(f.acme)).toHaveLength(1);
    expect((await emails(f.acme))[0]?.id).toBe(sent.eventId);

    // I6: the timeline says which events came from the inbox, with the subject.
    const timeline = must(await showOpportunity(f.app.ctx, f.acme)).events;
    expect(timeline.find((e) => e.type === 'reply')?.inbox).toEqual({
      subject: 'Re: Data Analyst application',
      sent: false,
    });
    expect(timeline.find((e) => e.type === 'email')?.inbox).toEqual({
      subject: 'Re: Data Analyst application',
      sent: true,
    });
    expect(timeline.find((e) => e.type === 'applied')?.inbox ?? null).toBeNull();
  }, 120_000);

  it("uses the step's own e-mail words when none are given, with no thread yet", async () => {
    const deps = await setUp();
    await log(f.app, f.chen, 'applied', { on: '2026-11-20' });
    const step = must(await showOpportunity(f.app.ctx, f.chen)).next[0];
    const sent = must(await sendFollowUpEmail(f.app.ctx, deps, { opportunity: f.chen }));
    expect(sent.inReplyTo).toBeNull();
    expect(sent.subject).toBe(step?.email.subject);
    await peer.waitFor(1);
    expect(peer.received[0]?.headers['in-reply-to']).toBeUndefined();
    expect(peer.received[0]?.text || peer.received[0]?.raw).toContain(
      (step?.email.body ?? '').split('\n')[0],
    );
  }, 120_000);

  it('refused by the SMTP server: a clear error, nothing logged, nothing in Sent', async () => {
    const deps = await setUp();
    peer.refuseNext(1, 554, 'Rejected');
    const result = await sendFollowUpEmail(f.app.ctx, deps, {
      opportunity: f.acme,
      subject: 'Following up',
      body: 'Hello Jane',
    });
    expect(result).toMatchObject({ ok: false, reason: 'not-sent' });
    expect(result.ok ? '' : result.message).toContain('554');
    expect(await emails(f.acme)).toHaveLength(0);
    expect(await sentFolderIds()).toEqual([]);
  }, 120_000);

  it('to a contact without an e-mail address, or with a blank subject: refused, nothing sent', async () => {
    const deps = await setUp();
    const result = await sendFollowUpEmail(f.app.ctx, deps, {
      opportunity: f.acme,
      subject: '   ',
    });
    expect(result).toMatchObject({ ok: false, field: 'subject' });
    expect(peer.received).toHaveLength(0);
  }, 120_000);

  it('is not appended where the server files sent mail itself (Gmail)', () => {
    expect(serverFilesSent('imap.gmail.com')).toBe(true);
    expect(serverFilesSent('imap.fastmail.com')).toBe(false);
    expect(serverFilesSent('outlook.office365.com')).toBe(false);
  });
});
