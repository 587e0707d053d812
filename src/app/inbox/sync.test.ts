import { afterEach, describe, expect, it } from 'vitest';
import {
  gmailReply,
  outlookReply,
  outOfOfficeEnglish,
  outOfOfficeGerman,
  sentMail,
} from '../../mail/test-support/messages.js';
import { deleteEvent } from '../events.js';
import { showOpportunity } from '../opportunities.js';
import { must } from '../test-support/test-app.js';
import { reviewProposals } from './proposals.js';
import { syncInbox } from './sync.js';
import { DELIVERED, type InboxFixture, inboxFixture } from './test-support/inbox-fixture.js';

let f: InboxFixture;
afterEach(async () => f?.close());

const events = async (id: string) =>
  must(await showOpportunity(f.app.ctx, id)).events.map((e) => [e.type, e.date, e.note]);

describe('the inbox, against a real IMAP server', () => {
  it('I1: a reply from a contact\'s address ("Doe, Jane" <JANE@...>, any case) is logged as reply on its local date', async () => {
    f = await inboxFixture();
    await f.server.deliver(
      'INBOX',
      [
        outlookReply({
          id: 'r1@acme.example',
          from: '"Doe, Jane" <Jane.Doe@Acme.Example>',
          date: 'Tue, 1 Dec 2026 23:30:00 -0600',
        }),
      ],
      DELIVERED,
    );
    const report = must(await syncInbox(f.app.ctx, f.deps));
    expect(report.logged).toEqual([
      {
        opportunityId: f.acme,
        eventId: expect.any(String),
        type: 'reply',
        date: '2026-12-01',
        messageId: '<r1@acme.example>',
      },
    ]);
    expect(report.proposed).toEqual([]);
    expect(await events(f.acme)).toContainEqual([
      'reply',
      '2026-12-01',
      expect.stringContaining('Re: Data Analyst application'),
    ]);
  });

  it('I2: a message in Sent to a contact (To or Cc) is logged as email; a Gmail reply from a contact too', async () => {
    f = await inboxFixture();
    await f.server.deliver(
      'Sent',
      [
        sentMail({
          to: 'someone@else.example',
          cc: 'Chen Wei <CHEN.WEI@gmail.com>',
          id: 's1@home.example',
        }),
      ],
      DELIVERED,
    );
    await f.server.deliver('INBOX', [gmailReply({ id: 'g1@mail.gmail.com' })], DELIVERED);
    const report = must(await syncInbox(f.app.ctx, f.deps));
    expect(report.logged.map((l) => [l.type, l.opportunityId])).toEqual([
      ['email', f.chen],
      ['reply', f.chen],
    ]);
  });

  it("I3: another person of the company's own domain is a proposal; a free-mail domain is not a company", async () => {
    f = await inboxFixture();
    await f.server.deliver(
      'INBOX',
      [
        outlookReply({ from: 'Bob Smith <bob.smith@acme.example>', id: 'b1@acme.example' }),
        gmailReply({ from: 'Stranger <stranger@gmail.com>', id: 'x1@mail.gmail.com' }),
      ],
      DELIVERED,
    );
    const report = must(await syncInbox(f.app.ctx, f.deps));
    expect(report.logged).toEqual([]);
    expect(report.proposed).toEqual([
      {
        id: expect.any(String),
        opportunityId: f.acme,
        type: 'reply',
        date: '2026-12-01',
        reason: 'same-company',
      },
    ]);
    expect(report.skipped).toBe(1);
    expect(await events(f.acme)).toEqual([]);
  });

  it('I4: out-of-offices (English Auto-Submitted, German X-Autoreply) are never a reply; their return date proposes a callback', async () => {
    f = await inboxFixture();
    await f.server.deliver(
      'INBOX',
      [
        outOfOfficeEnglish({ id: 'o1@acme.example' }),
        outOfOfficeGerman({ from: 'Chen Wei <chen.wei@gmail.com>', id: 'o2@x' }),
      ],
      DELIVERED,
    );
    const report = must(await syncInbox(f.app.ctx, f.deps));
    expect(report.logged).toEqual([]);
    expect(report.proposed.map((p) => [p.opportunityId, p.type, p.reason])).toEqual([
      [f.acme, 'callback', 'out-of-office'],
      [f.chen, 'callback', 'out-of-office'],
    ]);
    const waiting = await reviewProposals(f.app.ctx);
    expect(waiting.map((p) => p.until)).toEqual(['2026-12-07', '2026-12-07']);
    expect(waiting[1]?.subject).toBe('Abwesenheitsnotiz: Bewerbung als Datenanalyst');
  });

  it('I6: a second sync changes nothing, and a deleted event does not come back', async () => {
    f = await inboxFixture();
    await f.server.deliver('INBOX', [outlookReply({ id: 'r1@acme.example' })], DELIVERED);
    const first = must(await syncInbox(f.app.ctx, f.deps));
    expect(first.logged).toHaveLength(1);
    expect(must(await syncInbox(f.app.ctx, f.deps))).toEqual({
      logged: [],
      proposed: [],
      skipped: 0,
    });
    must(await deleteEvent(f.app.ctx, first.logged[0]?.eventId ?? ''));
    // The same message again, in another folder position (a copy): still handled once.
    await f.server.deliver('INBOX', [outlookReply({ id: 'r1@acme.example' })], DELIVERED);
    const third = must(await syncInbox(f.app.ctx, f.deps));
    expect(third.logged).toEqual([]);
    expect(await events(f.acme)).toEqual([]);
  });
});
