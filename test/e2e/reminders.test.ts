// The calendar feed and the morning e-mail as a new user sets them up in
// Settings: the feed's address works in a calendar app, the e-mail reaches a
// real SMTP server, an interview downloads as a calendar file.
import ICAL from 'ical.js';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { type SmtpPeer, startSmtpPeer } from '../../src/mail/test-support/smtp-peer.js';
import { describeViolations, seriousViolations } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { settle } from './support/screens.js';

// jsqr is CommonJS typed as an ES module: its function is the module itself at run time.
const jsQR = ((jsQRModule as { default?: unknown }).default ??
  jsQRModule) as typeof jsQRModule.default;

browserSuite('reminders in Settings', 120_000, () => {
  let peer: SmtpPeer;
  let jobId: string;

  test.beforeAll(async ({ app }) => {
    peer = await startSmtpPeer();
    await app.api('PATCH', '/settings', { name: 'Sam Lee', email: 'sam@example.com' });
    const job = await app.api<{ id: string }>('POST', '/opportunities', {
      kind: 'job',
      company: 'Acme',
      title: 'Data Analyst',
      contact: { name: 'Jane <b>Doe</b>', phone: '312 555 0199' },
      appliedOn: '2026-11-18',
    });
    jobId = job.id;
  });

  test.afterAll(async () => {
    await peer?.close();
  });

  test('turns the calendar feed on, and its address serves the follow-ups to a calendar app', async ({
    app,
    open,
  }) => {
    const page = await open('/settings');
    await page.getByRole('button', { name: 'Turn on the calendar feed' }).click();
    const address = page.getByRole('textbox', { name: 'Your calendar address' });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${app.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await expect.poll(() => page.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);

    // For a phone: a webcal:// link, and a QR code that a camera reads as the address itself.
    const subscribe = page.getByRole('link', { name: 'Subscribe on this device' });
    expect(await subscribe.getAttribute('href')).toBe(url.replace(/^http:/, 'webcal:'));
    const qr = page.getByRole('img', { name: /^QR code of your calendar address/ });
    await qr.waitFor();
    const png = PNG.sync.read(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(url);

    const res = await fetch(url);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual([
      'Call Jane <b>Doe</b> (Acme) — follow-up 1 of 3',
    ]);

    // A new address: the old one answers 404.
    await page.getByRole('button', { name: 'New address' }).click();
    await page.getByRole('button', { name: 'Make a new address' }).click();
    await expect.poll(() => address.inputValue()).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
  });

  test('sets up the morning e-mail with the keyboard, sends a test and today’s, and shows the result', async ({
    open,
  }) => {
    const page = await open('/settings');
    const form = page.getByRole('form', { name: 'Morning e-mail' });
    await form.getByRole('switch', { name: 'Send me a morning e-mail' }).focus();
    await page.keyboard.press('Space');
    // Late in the day, so that the server's own minute-by-minute look does not send it first.
    await form.getByLabel('At').fill('23:59');
    await form.getByRole('textbox', { name: 'Host' }).fill('127.0.0.1');
    await form.getByRole('textbox', { name: 'Port' }).fill(String(peer.port));
    await form.getByRole('textbox', { name: 'From' }).fill('JustEnough <digest@example.com>');
    await form.getByRole('textbox', { name: 'From' }).press('Enter');
    await expect.poll(() => page.getByText('Morning e-mail on, at 23:59.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Send a test e-mail' }).click();
    await peer.waitFor(1);
    expect(peer.received[0]?.headers.subject).toBe('JustEnough: test e-mail');

    await page.getByRole('button', { name: "Send today's now" }).click();
    await peer.waitFor(2);
    expect(peer.received[1]?.to).toEqual(['sam@example.com']);
    expect(peer.received[1]?.html).toContain('Jane &lt;b&gt;Doe&lt;/b&gt;');
    await expect
      .poll(() =>
        page
          .getByText(/Sent on Mon 23 Nov 2026/)
          .first()
          .isVisible(),
      )
      .toBe(true);

    await page.getByRole('button', { name: "Preview today's" }).click();
    await expect
      .poll(() => page.getByLabel("Today's e-mail, as text").textContent())
      .toContain('Call Jane <b>Doe</b> (Acme) — follow-up 1 of 3');
    await settle(page);
    const violations = await seriousViolations(page);
    expect(describeViolations(violations)).toBe('');
  });

  test('offers an upcoming interview as a calendar file on its opportunity', async ({
    app,
    open,
  }) => {
    await app.api('POST', `/opportunities/${jobId}/events`, {
      type: 'interview',
      at: '2026-11-26T10:00',
    });
    const page = await open(`/opportunities/${jobId}`);
    const link = page.getByRole('link', { name: /^Add to calendar: the interview of/ });
    await link.waitFor();
    const res = await fetch(`${app.url}${await link.getAttribute('href')}`);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="interview-\d+\.ics"$/,
    );
    expect(await res.text()).toContain('DTSTART;TZID=America/Chicago:20261126T100000');
  });
});
