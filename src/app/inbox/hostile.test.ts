import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outlookReply, sentMail, withHugeAttachment } from '../../mail/test-support/messages.js';
import { startTcpProxy, type TcpProxy } from '../../mail/test-support/tcp-proxy.js';
import { showOpportunity } from '../opportunities.js';
import { must, refused } from '../test-support/test-app.js';
import { connectInbox, inboxStatus } from './connection.js';
import { syncInbox } from './sync.js';
import { DELIVERED, type InboxFixture, inboxFixture } from './test-support/inbox-fixture.js';

let f: InboxFixture;
let proxy: TcpProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await f?.close();
});

const through = (p: TcpProxy) => `imap://${f.server.user}@127.0.0.1:${p.port}`;

describe('a hostile or broken mailbox: a clear status, nothing logged twice, nothing lost', () => {
  it('a wrong password: connect refuses and stores nothing; at sync time the status says so', async () => {
    f = await inboxFixture({ connect: false });
    const wrong = refused(
      await connectInbox(f.app.ctx, f.deps, { imapUrl: f.server.url, password: 'wrong' }),
    );
    expect(wrong).toMatchObject({
      reason: 'mailbox-unavailable',
      message: expect.stringContaining('refused the user name or password'),
    });
    expect((await inboxStatus(f.app.ctx)).connected).toBe(false);
    // Password from the environment, which then changes.
    must(
      await connectInbox(
        f.app.ctx,
        { ...f.deps, environmentPassword: f.server.password },
        { imapUrl: f.server.url },
      ),
    );
    const failed = refused(
      await syncInbox(f.app.ctx, { ...f.deps, environmentPassword: 'changed' }),
    );
    expect(failed.reason).toBe('mailbox-unavailable');
    const status = await inboxStatus(f.app.ctx);
    expect(status).toMatchObject({
      connected: true,
      password: 'environment',
      lastSyncAt: null,
      lastError: expect.stringContaining('refused'),
    });
    expect(JSON.stringify(status)).not.toContain('changed');
  });

  it('a Sent folder that vanishes: INBOX is still read, the status names the folder', async () => {
    f = await inboxFixture({ connect: false });
    const c = await f.server.client();
    await c.mailboxCreate('Sent Items');
    await c.logout();
    await f.server.deliver('Sent Items', [sentMail({ id: 's1@home.example' })], DELIVERED);
    must(
      await connectInbox(f.app.ctx, f.deps, {
        imapUrl: f.server.url,
        password: f.server.password,
        sentFolder: 'Sent Items',
        since: '2026-11-01',
      }),
    );
    expect(must(await syncInbox(f.app.ctx, f.deps)).logged.map((l) => l.type)).toEqual(['email']);
    const c2 = await f.server.client();
    await c2.mailboxDelete('Sent Items');
    await c2.logout();
    await f.server.deliver('INBOX', [outlookReply({ id: 'r1@acme.example' })], DELIVERED);
    expect(refused(await syncInbox(f.app.ctx, f.deps)).message).toContain('"Sent Items" is gone');
    expect((await inboxStatus(f.app.ctx)).lastError).toContain('Sent Items');
    expect(must(await showOpportunity(f.app.ctx, f.acme)).events.map((e) => e.type)).toEqual([
      'email',
      'reply',
    ]);
  });

  it('a server that drops the connection mid-fetch: the next sync goes on where it stopped, each message logged once', async () => {
    f = await inboxFixture({ connect: false });
    const replies = Array.from({ length: 300 }, (_, i) =>
      outlookReply({ id: `r${i}@acme.example`, subject: `Re: application ${i}` }),
    );
    await f.server.deliver('INBOX', replies, DELIVERED);
    proxy = await startTcpProxy(f.server.port);
    must(
      await connectInbox(f.app.ctx, f.deps, {
        imapUrl: through(proxy),
        password: f.server.password,
        since: '2026-11-01',
      }),
    );
    proxy.cutAfter(100_000);
    const broken = refused(await syncInbox(f.app.ctx, f.deps));
    expect(broken.message).toMatch(/the mailbox could not be read: .*127\.0\.0\.1/);
    expect((await inboxStatus(f.app.ctx)).lastError).toBeTruthy();
    const before = must(await showOpportunity(f.app.ctx, f.acme)).events.length;
    expect(before).toBeLessThan(300);
    proxy.cutAfter(null);
    const resumed = must(await syncInbox(f.app.ctx, f.deps));
    expect(resumed.logged).toHaveLength(300 - before);
    const events = must(await showOpportunity(f.app.ctx, f.acme)).events;
    expect(new Set(events.map((e) => e.note)).size).toBe(300);
    expect((await inboxStatus(f.app.ctx)).lastError).toBeNull();
  });

  it('a 20 MB attachment is never downloaded', async () => {
    f = await inboxFixture({ connect: false });
    await f.server.deliver('INBOX', [withHugeAttachment({ id: 'big@acme.example' })], DELIVERED);
    proxy = await startTcpProxy(f.server.port);
    must(
      await connectInbox(f.app.ctx, f.deps, {
        imapUrl: through(proxy),
        password: f.server.password,
        since: '2026-11-01',
      }),
    );
    const start = proxy.received();
    expect(must(await syncInbox(f.app.ctx, f.deps)).logged).toHaveLength(1);
    expect(proxy.received() - start).toBeLessThan(200_000);
  });

  it('I7: no body is stored, the password is sealed, the key file is private', async () => {
    f = await inboxFixture();
    await f.server.deliver(
      'INBOX',
      [outlookReply({ id: 'r1@acme.example', body: 'SECRET-BODY-WORDS' })],
      DELIVERED,
    );
    must(await syncInbox(f.app.ctx, f.deps));
    const rows = await f.app.store.read(async (q) => ({
      connection: await q.mailboxConnection(f.app.ctx.accountId),
      proposals: await q.proposals(f.app.ctx.accountId),
      events: must(await showOpportunity(f.app.ctx, f.acme)).events,
    }));
    const text = JSON.stringify(rows);
    expect(text).not.toContain('SECRET-BODY-WORDS');
    expect(text).not.toContain(f.server.password);
    expect(rows.connection?.password_sealed).toMatch(/^v1:/);
    expect(statSync(join(f.dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
  });
});
