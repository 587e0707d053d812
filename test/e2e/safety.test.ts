// What must never happen: a stale edit silently overwriting a newer one, and
// user text turning into markup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, RUN_BROWSER_TESTS, type Session } from './support/browser.js';
import { apiCall, type RunningServer, startServer, tempDataDir } from './support/server.js';

describe.skipIf(!RUN_BROWSER_TESTS)('safety in the browser', { timeout: 120_000 }, () => {
  const data = tempDataDir();
  let server: RunningServer;
  let browser: Session;

  beforeAll(async () => {
    server = await startServer(data.dir, '2026-11-23');
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  it('refuses a stale edit and says to reload', async () => {
    const created = await apiCall<{ id: string }>(server, 'POST', '/opportunities', {
      kind: 'job',
      company: 'Globex',
      title: 'Product Analyst',
      contact: { name: 'Raj Patel' },
      appliedOn: '2026-11-23',
    });
    const url = `${server.url}/opportunities/${created.id}`;
    const first = await openPage(browser, url);
    const second = await openPage(browser, url);
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
    const stored = await apiCall<{ title: string }>(server, 'GET', `/opportunities/${created.id}`);
    expect(stored.title).toBe('Senior Product Analyst');

    await second.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(() =>
        second.getByRole('heading', { name: 'Senior Product Analyst at Globex' }).isVisible(),
      )
      .toBe(true);
    await expect.poll(() => second.getByText('This was changed elsewhere; reload').count()).toBe(0);
    expect([...first.problems, ...second.problems]).toEqual([]);
    await first.close();
    await second.close();
  });

  it('shows hostile input as text and runs none of it', async () => {
    const page = await openPage(browser, `${server.url}/opportunities/new`);
    const company = '<script>alert(1)</script>';
    const person = '<img src=x onerror=alert(2)>';
    await page.getByLabel('Company').fill(company);
    await page.getByLabel('Job title').fill('"><b>bold</b>');
    await page.getByLabel('Contact name').fill(person);
    await page.getByRole('button', { name: 'Save: applied today' }).click();
    await page.waitForURL(/\/opportunities\/\d+$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe(`"><b>bold</b> at ${company}`);

    for (const path of ['/', '/pipeline', '/contacts', '/pipeline?view=list']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.getByText(company).first().isVisible()).toBe(true);
    }
    await page.goto(`${server.url}/contacts`);
    await expect.poll(() => page.getByText(person, { exact: true }).isVisible()).toBe(true);
    // Nothing was turned into an element.
    const injected = await page.evaluate(() => {
      const doc = (
        globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
      ).document;
      return doc.querySelectorAll('img[src="x"], b, script:not([src])').length;
    });
    expect(injected).toBe(0);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
