// The rough edges of a first week, in the browser: a new opportunity asks whether it was
// applied to, quick add is on every page, a callback defaults to a business day, "they called
// back" takes a note and an undo, the test e-mail uses the form as typed, a voicemail
// thank-you reads as such, and moving an interview never orphans its thank-yous.
import { type SmtpPeer, startSmtpPeer } from '../../src/mail/test-support/smtp-peer.js';
import { describeViolations, seriousViolations } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { settle } from './support/screens.js';

// Wed 25 Nov 2026: the next business day is Fri 27 Nov (Thanksgiving is Thu 26 Nov).
test.override('now', '2026-11-25');

interface Opportunity {
  id: string;
  contact: { role: string | null } | null;
  events: { id: string; type: string; date: string; note: string | null; until: string | null }[];
  status: string;
}

browserSuite('the first week', 150_000, () => {
  let peer: SmtpPeer;
  test.beforeAll(async ({ app }) => {
    peer = await startSmtpPeer();
    await app.api('PATCH', '/settings', { name: 'Sam Lee', email: 'sam@example.com' });
  });
  test.afterAll(async () => {
    await peer?.close();
  });

  const find = async (
    app: { api<T>(m: string, p: string): Promise<T> },
    company: string,
  ): Promise<Opportunity | undefined> => {
    const list = await app.api<{ items: { id: string; company: string | null }[] }>(
      'GET',
      '/opportunities',
    );
    const found = list.items.find((o) => o.company === company);
    return found ? app.api<Opportunity>('GET', `/opportunities/${found.id}`) : undefined;
  };

  test('a new opportunity asks whether it was applied to, and never guesses the role', async ({
    app,
    open,
  }) => {
    const page = await open('/opportunities/new');
    await page.getByLabel('Company').fill('Initech');
    await page.getByLabel('Job title').fill('BI Developer');
    await page.getByLabel('Contact name').fill('Bill Lumbergh');
    expect(await page.getByLabel('Their role').inputValue()).toBe('');
    expect(await page.getByLabel('Their role').locator('option:checked').textContent()).toBe(
      'Not sure',
    );
    // Enter before answering: the question is asked, nothing is saved.
    await page.getByLabel('Job title').press('Enter');
    await expect
      .poll(() =>
        page.getByText('Did you apply? Choose today, another day or not yet.').isVisible(),
      )
      .toBe(true);
    expect(await find(app, 'Initech')).toBeUndefined();

    // Another day needs its date, and logs the application on it.
    await page.getByRole('radio', { name: 'Yes, on another day' }).check();
    await page.getByLabel('Applied on').fill('2026-11-20');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/opportunities\/\d+$/);
    const saved = await find(app, 'Initech');
    expect(saved?.events.map((e) => [e.type, e.date])).toEqual([['applied', '2026-11-20']]);
    expect(saved?.contact?.role).toBeNull();
  });

  test('not applied yet: Today says "apply, then log it" and logs the application right there', async ({
    app,
    open,
  }) => {
    const page = await open('/opportunities/new');
    await page.getByLabel('Company').fill('Vandelay');
    await page.getByLabel('Job title').fill('Importer');
    await page.getByLabel('Contact name').fill('Kel Varnsen');
    await page.getByLabel('Their role').selectOption('recruiter');
    await page.getByRole('radio', { name: 'Not yet' }).check();
    await page.getByRole('button', { name: 'Save: apply later' }).click();
    await page.waitForURL(/\/opportunities\/\d+$/);
    expect((await find(app, 'Vandelay'))?.contact?.role).toBe('recruiter');

    await page.goto(`${app.url}/`);
    const section = page.getByRole('region', { name: 'Not applied yet' });
    const card = section.locator('.to-start-card', { hasText: 'Vandelay' });
    await expect.poll(() => card.textContent()).toContain('Apply, then log it');
    await card.getByRole('button', { name: 'Applied today' }).click();
    await expect.poll(() => card.count()).toBe(0);
    const started = await find(app, 'Vandelay');
    expect(started?.events.map((e) => [e.type, e.date])).toEqual([['applied', '2026-11-25']]);
    // Now the method runs: follow-up 1 comes in the next two weeks.
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Coming up, next two weeks' })
          .getByText('Vandelay')
          .count(),
      )
      .toBeGreaterThan(0);
  });

  test('"on another day" opens by keyboard, its popover loaded when wanted, and logs that day', async ({
    app,
    open,
  }) => {
    await app.api('POST', '/opportunities', {
      kind: 'job',
      company: 'Kramerica',
      title: 'Intern',
      contact: { name: 'Bob Sacamano' },
    });
    const page = await open('/');
    const card = page.locator('.to-start-card', { hasText: 'Kramerica' });
    const button = card.getByRole('button', { name: 'On another day…' });
    await button.focus();
    await page.keyboard.press('Enter');
    const day = page.getByLabel('Applied on');
    // The popover traps the focus: it lands in the date field.
    await expect.poll(() => day.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await day.fill('2026-11-23');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.count()).toBe(0);
    expect((await find(app, 'Kramerica'))?.events.map((e) => [e.type, e.date])).toEqual([
      ['applied', '2026-11-23'],
    ]);
  });

  test('quick add is reachable from every page: the header button and the key a', async ({
    app,
    open,
  }) => {
    const page = await open('/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog', { name: 'Quick add' });
    await dialog.waitFor();
    await settle(page);
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await dialog.getByLabel('Quick add').fill('Applied to Designer at Hooli, contact Gavin Belson');
    await dialog.getByLabel('Quick add').press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    const added = await find(app, 'Hooli');
    expect(added?.events.map((e) => [e.type, e.date])).toEqual([['applied', '2026-11-25']]);

    await page.goto(`${app.url}/pipeline`);
    await page.getByRole('banner').getByRole('button', { name: 'Quick add' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Quick add' }).isVisible()).toBe(true);
  });

  test('"call back on" defaults to the next business day and the picker names the holidays', async ({
    app,
    open,
  }) => {
    const job = await app.api<{ id: string }>('POST', '/opportunities', {
      kind: 'job',
      company: 'Globex',
      title: 'Analyst',
      contact: { name: 'Hank Scorpio', phone: '312 555 0111' },
      appliedOn: '2026-11-19',
    });
    const page = await open('/');
    const card = page.locator('.call-card', { hasText: 'Hank Scorpio' }).first();
    await card.getByRole('button', { name: 'Call back on…' }).click();
    const form = page.getByRole('form', { name: 'Call back on' });
    await expect.poll(() => form.locator('.callback-chosen').textContent()).toBe('Fri 27 Nov 2026');
    const thanksgiving = form.getByRole('button', {
      name: 'Thu 26 Nov 2026, Thanksgiving Day, a public holiday',
    });
    expect(await thanksgiving.getAttribute('title')).toBe('Thanksgiving Day');
    await settle(page);
    expect(describeViolations(await seriousViolations(page))).toBe('');
    // Choosing the holiday says that the call moves to the next business day.
    await thanksgiving.click();
    await expect
      .poll(() => form.locator('.callback-chosen').textContent())
      .toContain('Thanksgiving Day, a public holiday');
    await form.getByRole('button', { name: 'Fri 27 Nov 2026', exact: true }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await app.api<Opportunity>('GET', `/opportunities/${job.id}`)).events)
      .toContainEqual(expect.objectContaining({ type: 'callback', until: '2026-11-27' }));
  });

  test('"they called back" takes an optional note and can be undone', async ({ app, open }) => {
    const job = await app.api<{ id: string }>('POST', '/opportunities', {
      kind: 'job',
      company: 'Soylent',
      title: 'Food Scientist',
      appliedOn: '2026-11-02',
    });
    await app.api('POST', `/opportunities/${job.id}/events`, { type: 'hold', on: '2026-11-20' });
    const page = await open('/holding');
    const held = page.locator('.held-card', { hasText: 'Soylent' });
    await held.getByRole('button', { name: 'They called back' }).click();
    const form = page.getByRole('form', { name: /^They called back: Soylent/ });
    await form.getByLabel('What did they say? (optional)').fill('Still hiring; call on Monday');
    await form.getByRole('button', { name: 'Log it' }).click();
    const done = page.locator('.done-card', { hasText: 'they called back' });
    await done.waitFor();
    await expect.poll(() => held.count()).toBe(0);
    let o = await app.api<Opportunity>('GET', `/opportunities/${job.id}`);
    expect(o.status).toBe('active');
    expect(o.events.at(-1)).toMatchObject({ type: 'reply', note: 'Still hiring; call on Monday' });

    await done.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => held.count()).toBe(1);
    o = await app.api<Opportunity>('GET', `/opportunities/${job.id}`);
    expect(o.status).toBe('holding');
    expect(o.events.map((e) => e.type)).toEqual(['applied', 'hold']);
  });

  test('"send a test e-mail" uses the mail server typed on the form, and saves none of it', async ({
    app,
    open,
  }) => {
    const page = await open('/settings');
    const form = page.getByRole('form', { name: 'Morning e-mail' });
    await form.getByRole('textbox', { name: 'Host' }).fill('127.0.0.1');
    await form.getByRole('textbox', { name: 'Port' }).fill(String(peer.port));
    await form.getByLabel('Password', { exact: true }).fill('typed-s3cret');
    await page.getByRole('button', { name: 'Send a test e-mail' }).click();
    await peer.waitFor(1);
    expect(peer.received[0]?.headers.subject).toBe('JustEnough: test e-mail');
    expect(peer.received[0]?.to).toEqual(['sam@example.com']);
    await expect.poll(() => page.getByText('Sent to sam@example.com.').isVisible()).toBe(true);
    const digest = await app.api<{ smtp: { host: string | null; passwordSet: boolean } }>(
      'GET',
      '/digest',
    );
    expect(digest.smtp).toMatchObject({ host: null, passwordSet: false });
  });

  test('a thank-you call left as a voicemail reads so; moving its interview after it is refused', async ({
    app,
    open,
  }) => {
    const job = await app.api<{ id: string }>('POST', '/opportunities', {
      kind: 'job',
      company: 'Wayne Enterprises',
      title: 'Analyst',
      appliedOn: '2026-11-09',
    });
    await app.api('POST', `/opportunities/${job.id}/events`, {
      type: 'interview',
      on: '2026-11-20',
    });
    await app.api('POST', `/opportunities/${job.id}/events`, {
      type: 'thank-you-call',
      on: '2026-11-23',
      voicemail: true,
    });
    const page = await open(`/opportunities/${job.id}`);
    const thanks = page.locator('.event-item[data-type="thank-you-call"]');
    await expect.poll(() => thanks.textContent()).toContain('Thank-you call (voicemail)');
    expect(await thanks.textContent()).not.toContain('Thank-you call done');

    await page.getByRole('button', { name: 'Edit Interview of Fri 20 Nov 2026' }).click();
    const edit = page.getByRole('form', { name: 'Correct Interview of Fri 20 Nov 2026' });
    await edit.getByLabel('Date').fill('2026-11-24');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() =>
        page
          .getByText(/the thank-you call of Mon 23 Nov 2026/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    const o = await app.api<Opportunity>('GET', `/opportunities/${job.id}`);
    expect(o.events.find((e) => e.type === 'interview')?.date).toBe('2026-11-20');
  });
});
