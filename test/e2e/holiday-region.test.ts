// The holiday region is chosen by name from a searchable list of countries and
// their subdivisions, with the keyboard alone; the next holidays follow at once.
import { browserSuite, expect, test } from './support/fixture.js';
import { PHONE, settle } from './support/screens.js';

test.override('now', '2026-11-23');

browserSuite('the holiday region picker', 120_000, () => {
  test('finds "Illinois" by name, with the keyboard, shows its next holidays and saves US-IL', async ({
    app,
    open,
  }) => {
    const asked: string[] = [];
    const page = await open('about:blank');
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${app.url}/`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Today' }).isVisible())
      .toBe(true);
    await settle(page);
    // Today never asks for the long list.
    expect(asked).not.toContain('/api/holidays/regions');

    await page.goto(`${app.url}/settings`);
    const picker = page.getByRole('combobox', { name: 'Holiday region' });
    await expect.poll(() => picker.inputValue()).toBe('United States (US)');
    expect(asked).toContain('/api/holidays/regions');
    await picker.focus();
    await picker.fill('');
    await page.keyboard.type('Illinois');
    const option = page.getByRole('option', { name: 'United States — Illinois (US-IL)' });
    await expect.poll(() => option.isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('United States — Illinois (US-IL)');
    await expect
      .poll(() =>
        page.getByText('The next public holidays in United States — Illinois').isVisible(),
      )
      .toBe(true);
    const list = page.getByRole('list', { name: 'The next public holidays' });
    await expect.poll(() => list.textContent()).toContain('Thanksgiving');
    await expect.poll(() => list.textContent()).toContain('Lincoln');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(async () => (await app.api<{ holidays: string }>('GET', '/settings')).holidays)
      .toBe('US-IL');

    // By a country's own name or its code, and at phone width.
    await page.setViewportSize(PHONE);
    await picker.focus();
    await picker.fill('');
    await page.keyboard.type('de by');
    await expect
      .poll(() => page.getByRole('option', { name: 'Germany — Bayern (DE-BY)' }).isVisible())
      .toBe(true);
    await page.keyboard.press('Escape');
    await picker.fill('');
    await page.keyboard.type('Narnia');
    await expect
      .poll(() => page.getByText('No country or region by that name').isVisible())
      .toBe(true);
  });
});
