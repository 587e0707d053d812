import { afterEach, describe, expect, it } from 'vitest';
import {
  brokenMime,
  googleInvitation,
  outlookInvitation,
  outlookReply,
  sentMail,
  withHugeAttachment,
} from '../../mail/test-support/messages.js';
import { showOpportunity } from '../opportunities.js';
import { must } from '../test-support/test-app.js';
import { acceptProposal, dismissProposal, reviewProposals } from './proposals.js';
import { syncInbox } from './sync.js';
import { DELIVERED, type InboxFixture, inboxFixture } from './test-support/inbox-fixture.js';

let f: InboxFixture;
afterEach(async () => f?.close());

describe('invitations, threads and odd messages, against a real IMAP server', () => {
  it("I5: invitations from Google (IANA TZID) and Outlook (its own VTIMEZONE) propose an interview at DTSTART in the user's zone", async () => {
    f = await inboxFixture();
    await f.server.deliver(
      'INBOX',
      [
        googleInvitation({ id: 'inv1@google.com' }),
        outlookInvitation({ from: 'Bob Smith <bob.smith@acme.example>', id: 'inv2@acme.example' }),
      ],
      DELIVERED,
    );
    const report = must(await syncInbox(f.app.ctx, f.deps));
    // Jane's own invitation is also a message from her: I1 logs it as a reply.
    expect(report.logged.map((l) => l.type)).toEqual(['reply']);
    const waiting = await reviewProposals(f.app.ctx);
    expect(waiting.map((p) => [p.type, p.reason, p.date, p.at, p.summary])).toEqual([
      ['interview', 'invitation', '2026-12-03', '2026-12-03T10:00', 'Interview Sam Lee'],
      [
        'interview',
        'invitation',
        '2026-12-08',
        '2026-12-08T14:00',
        'Second interview - Data Analyst',
      ],
    ]);
    const accepted = must(await acceptProposal(f.app.ctx, waiting[0]?.id ?? ''));
    expect(accepted.event).toMatchObject({
      type: 'interview',
      date: '2026-12-03',
      at: expect.stringContaining('2026-12-03T10:00'),
    });
    must(await dismissProposal(f.app.ctx, waiting[1]?.id ?? ''));
    expect(await reviewProposals(f.app.ctx)).toEqual([]);
    const shown = must(await showOpportunity(f.app.ctx, f.acme));
    expect(shown.events.map((e) => e.type).sort()).toEqual(['interview', 'reply']);
    // Accepted and dismissed proposals are not made again.
    expect(must(await syncInbox(f.app.ctx, f.deps)).proposed).toEqual([]);
  });

  it('threads: a stranger answering a message the user sent to a contact is proposed as a reply for that opportunity', async () => {
    f = await inboxFixture();
    await f.server.deliver('Sent', [sentMail({ id: 'mine1@home.example' })], DELIVERED);
    await f.server.deliver(
      'INBOX',
      [
        outlookReply({
          from: 'Assistant <assistant@acme-recruiting.example>',
          id: 'a1@x',
          inReplyTo: 'mine1@home.example',
          references: '<mine1@home.example>',
        }),
      ],
      DELIVERED,
    );
    const report = must(await syncInbox(f.app.ctx, f.deps));
    expect(report.logged.map((l) => l.type)).toEqual(['email']);
    expect(report.proposed).toEqual([
      {
        id: expect.any(String),
        opportunityId: f.acme,
        type: 'reply',
        date: '2026-12-01',
        reason: 'thread',
      },
    ]);
  });

  it('a broken MIME part, no Date, no Message-ID, an encoded-word subject and a 20 MB attachment: read safely, each handled once', async () => {
    f = await inboxFixture();
    await f.server.deliver(
      'INBOX',
      [
        brokenMime({ id: 'broken@acme.example' }),
        outlookReply({
          id: null,
          date: null,
          subject: '=?ISO-8859-1?Q?R=E9ponse_=E0_votre_candidature?=',
        }),
        withHugeAttachment({ from: 'Chen Wei <chen.wei@gmail.com>', id: 'huge@x' }),
      ],
      DELIVERED,
    );
    const report = must(await syncInbox(f.app.ctx, f.deps));
    expect(report.logged.map((l) => [l.type, l.opportunityId, l.date, l.messageId])).toEqual([
      ['reply', f.acme, '2026-12-01', '<broken@acme.example>'],
      // No Date: the server's internal date; no Message-ID: folder, UIDVALIDITY and UID.
      ['reply', f.acme, '2026-12-01', null],
      ['reply', f.chen, '2026-12-01', '<huge@x>'],
    ]);
    const notes = must(await showOpportunity(f.app.ctx, f.acme)).events.map((e) => e.note);
    expect(notes).toContainEqual(expect.stringContaining('Réponse à votre candidature'));
    expect(must(await syncInbox(f.app.ctx, f.deps)).logged).toEqual([]);
  });
});
