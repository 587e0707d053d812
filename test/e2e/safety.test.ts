// What must never happen: a stale edit silently overwriting a newer one, and
// user text turning into markup.
import { browserSuite, expect, test } from './support/fixture.js';

browserSuite('safety in the browser', 120_000, () => {
  test('refuses a stale edit and says to reload', async ({ app, open }) => {
    const created = await app.api<{ id: string }>('POST', '/opportunities', {
      kind: 'job',
      company: 'Globex',
      title: 'Product Analyst',
      contact: { name: 'Raj Patel' },
      appliedOn: '2026-11-23',
    });
    const path = `/opportunities/${created.id}`;
    const first = await open(path);
    const second = await open(path);
    for (const page of [first, second]) {
      await page.getByRole('button', { name: 'Edit details' }).click();
      await expect.poll(() => page.getByLabel('Job title').isVisible()).toBe(true);
    }

    await first.getByLabel('Job title').fill('Senior Product Analyst');
    await first.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() =>
        first.getByRole('heading', { name: 'Senior Product Analyst at Globex' }).isVisible(),
      )
      .toBe(true);

    // The second page still edits the version it read: refused, not overwritten.
    await second.getByLabel('Job title').fill('Lead Analyst');
    await second.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => second.getByText('This was changed elsewhere; reload').isVisible())
      .toBe(true);
    const stored = await app.api<{ title: string }>('GET', path);
    expect(stored.title).toBe('Senior Product Analyst');

    await second.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(() =>
        second.getByRole('heading', { name: 'Senior Product Analyst at Globex' }).isVisible(),
      )
      .toBe(true);
    await expect.poll(() => second.getByText('This was changed elsewhere; reload').count()).toBe(0);
  });

  test('shows hostile input as text and runs none of it', async ({ app, open }) => {
    const page = await open('/opportunities/new');
    const company = '<script>alert(1)</script>';
    const person = '<img src=x onerror=alert(2)>';
    await page.getByLabel('Company').fill(company);
    await page.getByLabel('Job title').fill('"><b>bold</b>');
    await page.getByLabel('Contact name').fill(person);
    await page.getByRole('radio', { name: 'Yes, today' }).check();
    await page.getByRole('button', { name: 'Save: applied today' }).click();
    await page.waitForURL(/\/opportunities\/\d+$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`"><b>bold</b> at ${company}`);

    for (const path of ['/', '/pipeline', '/contacts', '/pipeline?view=list']) {
      await page.goto(`${app.url}${path}`);
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.getByText(company).first().isVisible()).toBe(true);
    }
    await page.goto(`${app.url}/contacts`);
    await expect.poll(() => page.getByText(person, { exact: true }).isVisible()).toBe(true);
    // Nothing was turned into an element.
    const injected = await page.evaluate(() => {
      const doc = (
        globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
      ).document;
      return doc.querySelectorAll('img[src="x"], b, script:not([src])').length;
    });
    expect(injected).toBe(0);
  });

  test('puts a refusal on its field and keeps what was typed', async ({ app, open }) => {
    const page = await open('/opportunities/new');
    await page.getByLabel('Company').fill('Initech');
    await page.getByLabel('Job title').fill('BI Developer');
    await page.getByLabel('Contact name').fill('Bill Lumbergh');
    await page.getByLabel('E-mail').fill('bill at initech');
    await page.getByRole('radio', { name: 'Yes, today' }).check();
    await page.getByRole('button', { name: 'Save: applied today' }).click();
    const email = page.getByLabel('E-mail');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const error = page.locator(
      `[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`,
    );
    // Under its field, in words: what is wrong, without the API's key ("contact.email: ...").
    expect(await error.textContent()).toBe(
      '"bill at initech" is not an e-mail address; expected name@example.com',
    );
    // Nothing was added, and nothing typed was lost.
    expect(await page.getByLabel('Company').inputValue()).toBe('Initech');
    expect(await page.getByLabel('Contact name').inputValue()).toBe('Bill Lumbergh');
    expect(await email.inputValue()).toBe('bill at initech');
    const list = await app.api<{ items: { company: string }[] }>(
      'GET',
      '/opportunities?search=initech',
    );
    expect(list.items).toEqual([]);
  });
});
