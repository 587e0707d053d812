// The pipeline board: drag a card with the mouse or the keyboard, search, list.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, RUN_BROWSER_TESTS, type Session } from './support/browser.js';
import { apiCall, type RunningServer, startServer, tempDataDir } from './support/server.js';

function column(page: Page, status: string) {
  return page.locator(`.column[data-status="${status}"]`);
}

describe.skipIf(!RUN_BROWSER_TESTS)('the pipeline board', { timeout: 120_000 }, () => {
  const data = tempDataDir();
  let server: RunningServer;
  let browser: Session;

  beforeAll(async () => {
    server = await startServer(data.dir, '2026-11-27');
    for (const [company, title] of [
      ['Acme', 'Data Analyst'],
      ['Globex', 'Product Analyst'],
      ['Initech', 'BI Developer'],
    ] as const) {
      await apiCall(server, 'POST', '/opportunities', {
        kind: 'job',
        company,
        title,
        contact: { name: `Someone at ${company}` },
        appliedOn: '2026-11-23',
      });
    }
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  it('moves a card to the holding file by mouse and to closed, with a reason, by keyboard', async () => {
    const page = await openPage(browser, `${server.url}/pipeline`);
    await expect.poll(() => column(page, 'active').locator('.board-card').count()).toBe(3);
    expect(await column(page, 'active').locator('.mantine-Badge-root').first().textContent()).toBe(
      '3',
    );

    // The mouse: drag Acme onto the holding file.
    const card = page.locator('.board-card', { hasText: 'Acme' });
    const from = await card.boundingBox();
    const to = await column(page, 'holding').boundingBox();
    if (!from || !to) throw new Error('the board is not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height - 10);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height - 10, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 12 });
    await expect.poll(() => column(page, 'holding').getAttribute('data-over')).toBe('true');
    await page.mouse.up();
    await expect.poll(() => column(page, 'holding').textContent()).toContain('Acme');
    await expect.poll(() => column(page, 'active').locator('.board-card').count()).toBe(2);

    // The keyboard: pick Globex up with space, three columns to the right, drop.
    await page.getByRole('button', { name: /Drag Globex/ }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.drag-overlay').count()).toBe(1);
    for (const status of ['interviewing', 'holding', 'closed']) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => column(page, status).getAttribute('data-over')).toBe('true');
    }
    await page.keyboard.press('Space');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Rejected').check();
    await dialog.getByRole('button', { name: 'Close it' }).click();
    await expect.poll(() => column(page, 'closed').textContent()).toContain('Globex');

    // The card's menu does the same without dragging: the holding file back to active.
    await page.getByRole('button', { name: 'Move Acme · Data Analyst' }).click();
    await page.getByRole('menuitem', { name: 'Active (try again)' }).click();
    await expect.poll(() => column(page, 'active').textContent()).toContain('Acme');

    const stored = await apiCall<{ items: { company: string; status: string }[] }>(
      server,
      'GET',
      '/opportunities',
    );
    expect(Object.fromEntries(stored.items.map((o) => [o.company, o.status]))).toEqual({
      Acme: 'active',
      Globex: 'closed',
      Initech: 'active',
    });
    expect(page.problems).toEqual([]);
  });

  it('searches, and lists densely', async () => {
    const page = await openPage(browser, `${server.url}/pipeline`);
    await page.getByLabel('Search company, role or person').fill('initech');
    await expect.poll(() => page.locator('.board-card').count()).toBe(1);
    await page.getByText('List', { exact: true }).click();
    await expect.poll(() => page.locator('.pipeline-table tbody tr').count()).toBe(1);
    await page.getByLabel('Search company, role or person').fill('');
    await expect.poll(() => page.locator('.pipeline-table tbody tr').count()).toBe(3);
    expect(page.problems).toEqual([]);
  });
});
