// The inbox as a user meets it, against a real Dovecot and a real SMTP peer on
// loopback: Settings connects the mailbox with an app password and syncs; Today
// proposes what it found (one click to log it); a step's follow-up goes out by
// e-mail from its card, edited in a dialog, beside the mailto: link.
import { type Dovecot, startDovecot } from '../../src/mail/test-support/dovecot.js';
import {
  gmailReply,
  outlookInvitation,
  outOfOfficeEnglish,
} from '../../src/mail/test-support/messages.js';
import { type SmtpPeer, startSmtpPeer } from '../../src/mail/test-support/smtp-peer.js';
import { describeViolations, seriousViolations } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { DESKTOP, PHONE, settle } from './support/screens.js';

browserSuite('the inbox in the web app', 240_000, () => {
  let dovecot: Dovecot;
  let peer: SmtpPeer;

  test.beforeAll(async ({ app }) => {
    dovecot = await startDovecot();
    peer = await startSmtpPeer();
    await app.api('PATCH', '/settings', { name: 'Sam Lee', email: 'sam@example.com' });
    await app.api('PATCH', '/digest', { smtp: { host: '127.0.0.1', port: peer.port } });
    await app.api('POST', '/opportunities', {
      kind: 'job',
      company: 'Acme',
      title: 'Data Analyst',
      contact: { name: 'Jane Doe', email: 'jane.doe@acme.example' },
      appliedOn: '2026-11-18',
    });
    // Someone else at Acme wrote: a proposal (I3), not logged by itself.
    await dovecot.deliver(
      'INBOX',
      [
        gmailReply({
          id: 'bob-1@acme.example',
          from: 'Bob Smith <bob.smith@acme.example>',
          subject: 'Re: Analyst application',
          date: 'Fri, 20 Nov 2026 10:00:00 -0600',
        }),
        // Jane is away (I4): a callback until the day she is back is proposed.
        outOfOfficeEnglish({
          id: 'ooo-1@acme.example',
          from: 'Jane Doe <jane.doe@acme.example>',
          date: 'Fri, 20 Nov 2026 11:00:00 -0600',
        }),
        // Jane's invitation (I5): the interview at its time is proposed.
        outlookInvitation({
          id: 'inv-1@acme.example',
          from: 'Jane Doe <jane.doe@acme.example>',
          date: 'Fri, 20 Nov 2026 12:00:00 -0600',
        }),
      ],
      new Date('2026-11-20T16:00:00Z'),
    );
  }, 120_000);

  test.afterAll(async () => {
    await dovecot?.close();
    await peer?.close();
  });

  test('Settings connects the mailbox with an app password, syncs, and says so; axe clean', async ({
    open,
  }) => {
    const page = await open('/settings');
    await page.getByText('Gmail:').waitFor();
    const form = page.getByRole('form', { name: 'Connect a mailbox' });
    await form.getByRole('textbox', { name: 'IMAP server', exact: true }).fill('127.0.0.1');
    await form.getByRole('textbox', { name: 'Port', exact: true }).fill(String(dovecot.port));
    await form.getByRole('textbox', { name: 'User', exact: true }).fill(dovecot.user);
    await form.getByLabel('App password', { exact: true }).fill(dovecot.password);
    await form.getByRole('button', { name: 'Connect' }).click();
    await page.getByText('Connected to').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.locator('.inbox-status').textContent(), { timeout: 60_000 })
      .toContain('3 proposals wait');
    expect(await page.locator('.inbox-status').textContent()).not.toContain(dovecot.password);
    await settle(page);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByText('Synced: 0 logged, 0 to look at.').waitFor({ timeout: 60_000 });
  });

  test('a step goes out by e-mail from its card, edited in a dialog, beside the mailto: link', async ({
    open,
  }) => {
    const page = await open('/');
    const card = page.locator('.call-card').first();
    await card.waitFor();
    // Jane's invitation came from her own address: logged as her reply (I1), so her next step
    // is a later one, folded until opened.
    const fold = card.getByRole('button', { name: 'Script and outcomes' });
    if ((await fold.count()) > 0) await fold.click();
    expect(await card.getByRole('link', { name: 'E-mail' }).getAttribute('href')).toMatch(
      /^mailto:jane\.doe@acme\.example\?subject=/,
    );
    await card.getByRole('button', { name: 'Send by e-mail' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await settle(page);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.getByRole('textbox', { name: 'Subject' }).fill('Re: Analyst application');
    await dialog
      .getByRole('textbox', { name: 'Message' })
      .fill('Hello Jane,\n\nThank you for your note; I am glad to talk this week.\n\nSam');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await page.getByText('E-mail sent').waitFor({ timeout: 60_000 });
    await peer.waitFor(1, 30_000);
    const mail = peer.received[0];
    expect(mail?.headers.subject).toBe('Re: Analyst application');
    // Threaded to the last message read from Acme's people.
    expect(mail?.headers['in-reply-to']).toMatch(/^<(bob-1|ooo-1|inv-1)@acme\.example>$/);
    expect(mail?.raw).toContain('I am glad to talk this week.');
  });

  test('Today shows the proposal in a sentence, at phone width; "Log it" logs the reply', async ({
    open,
    app,
  }) => {
    const page = await open('/');
    await page.setViewportSize(PHONE);
    const proposals = page.locator('.proposals');
    await proposals.waitFor();
    const words = await proposals.textContent();
    expect(words).toContain('Bob Smith replied on Fri 20 Nov: ‘Re: Analyst application’ — log it?');
    expect(words).toContain(
      'Jane Doe is away until Mon 7 Dec (automatic reply on Fri 20 Nov: ‘Automatic reply: Data Analyst application’) — log a callback until then?',
    );
    expect(words).toMatch(
      /Jane Doe invited you to ‘Second interview - Data Analyst’ on Tue 8 Dec at (14:00|2:00\s?PM) — log the interview\?/,
    );
    await settle(page);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Reachable by thumb: the buttons fit the phone's width.
    const box = await page.getByRole('button', { name: 'Log it: Bob Smith' }).boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: 'Log it: Bob Smith' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Log it: Bob Smith' }).count(), {
        timeout: 30_000,
      })
      .toBe(0);
    // Dismissed: the out-of-office's callback is not logged.
    await proposals
      .locator('.proposal[data-type="callback"]')
      .getByRole('button', { name: /Dismiss/ })
      .click();
    await expect
      .poll(() => proposals.locator('.proposal[data-type="callback"]').count(), { timeout: 30_000 })
      .toBe(0);
    const list = await app.api<{ items: { id: string }[] }>('GET', '/opportunities');
    const o = await app.api<{ events: { type: string }[] }>(
      'GET',
      `/opportunities/${list.items[0]?.id}`,
    );
    expect(o.events.map((e) => e.type)).toContain('reply');

    // The timeline says where the reply came from, with its subject.
    await page.goto(`${app.url}/opportunities/${list.items[0]?.id}`);
    const origin = page
      .locator('.event-item[data-type="reply"] .event-origin')
      .filter({ hasText: 'Analyst application' });
    await origin.waitFor();
    expect(await origin.textContent()).toContain('From the inbox: “Re: Analyst application”');
    await settle(page);
    const onPage = await seriousViolations(page);
    expect(onPage, describeViolations(onPage)).toEqual([]);
    await page.setViewportSize(DESKTOP);
  });
});
