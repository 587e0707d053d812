// The pipeline board: drag a card with the mouse or the keyboard, search, list.
import type { Page } from 'playwright-core';
import { openedDialog } from './support/browser.js';
import { type App, browserSuite, expect, test } from './support/fixture.js';

test.override('now', '2026-11-27');

/** A column of the board: a region named after its status. */
function column(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** The board of the suite: three jobs, all active, whatever an earlier try of a test left. */
async function freshBoard(app: App) {
  const listed = await app.api<{ items: { id: string }[] }>('GET', '/opportunities');
  for (const o of listed.items) await app.api('DELETE', `/opportunities/${o.id}`);
  for (const [company, title] of [
    ['Acme', 'Data Analyst'],
    ['Globex', 'Product Analyst'],
    ['Initech', 'BI Developer'],
  ] as const) {
    await app.api('POST', '/opportunities', {
      kind: 'job',
      company,
      title,
      contact: { name: `Someone at ${company}` },
      appliedOn: '2026-11-23',
    });
  }
}

browserSuite('the pipeline board', 120_000, () => {
  test.beforeAll(async ({ app }) => freshBoard(app));

  test('moves a card to the holding file by mouse and to closed, with a reason, by keyboard', async ({
    app,
    open,
  }) => {
    // In CI a failed browser test runs again: it starts from the same board.
    await freshBoard(app);
    const page = await open('/pipeline');
    const active = column(page, 'Active');
    const cardsIn = (name: string) =>
      column(page, name).getByRole('button', { name: /^Drag .* to another column$/ });
    await expect.poll(() => cardsIn('Active').count()).toBe(3);
    expect(await active.getByLabel('3 opportunities').textContent()).toBe('3');

    // The mouse: drag Acme onto the holding file.
    const card = page.locator('.board-card', { hasText: 'Acme' });
    const from = await card.boundingBox();
    const to = await column(page, 'Holding file').boundingBox();
    if (!from || !to) throw new Error('the board is not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height - 10);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height - 10, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 12 });
    await expect.poll(() => column(page, 'Holding file').getAttribute('data-over')).toBe('true');
    await page.mouse.up();
    await expect.poll(() => column(page, 'Holding file').textContent()).toContain('Acme');
    await expect.poll(() => cardsIn('Active').count()).toBe(2);

    // The keyboard: pick Globex up with space, three columns to the right, drop.
    await page.getByRole('button', { name: /Drag Globex/ }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.drag-overlay').count()).toBe(1);
    for (const name of ['Interviewing', 'Holding file', 'Closed']) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => column(page, name).getAttribute('data-over')).toBe('true');
    }
    await page.keyboard.press('Space');
    const dialog = await openedDialog(page);
    await dialog.getByLabel('Rejected').check();
    await dialog.getByRole('button', { name: 'Close it' }).click();
    await expect.poll(() => column(page, 'Closed').textContent()).toContain('Globex');

    // The card's menu does the same without dragging: the holding file back to active.
    await page.getByRole('button', { name: 'Move Acme · Data Analyst' }).click();
    await page.getByRole('menuitem', { name: 'Active (try again)' }).click();
    await expect.poll(() => active.textContent()).toContain('Acme');

    const stored = await app.api<{ items: { company: string; status: string }[] }>(
      'GET',
      '/opportunities',
    );
    expect(Object.fromEntries(stored.items.map((o) => [o.company, o.status]))).toEqual({
      Acme: 'active',
      Globex: 'closed',
      Initech: 'active',
    });
  });

  test('searches, and lists densely', async ({ open }) => {
    const page = await open('/pipeline');
    const cards = page.getByRole('button', { name: /^Drag .* to another column$/ });
    await page.getByLabel('Search company, role or person').fill('initech');
    await expect.poll(() => cards.count()).toBe(1);
    await page.getByText('List', { exact: true }).click();
    const rows = page.getByRole('table').getByRole('row');
    // The header row, and a row per opportunity.
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByLabel('Search company, role or person').fill('');
    await expect.poll(() => rows.count()).toBe(4);
  });
});
