// Import & export in the browser: choose a file, see the preview, correct the columns,
// confirm, find the people and applications in the app; download the exports.
import { join } from 'node:path';
import { describeViolations, seriousViolations } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { DESKTOP, PHONE, settle, shoot } from './support/screens.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

browserSuite('import and export in the browser', 180_000, () => {
  test('previews LinkedIn connections with duplicates and rejects by line, then imports them', async ({
    app,
    open,
  }) => {
    const page = await open('/import');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Import & export' }).isVisible())
      .toBe(true);
    await page
      .locator('input[type=file]')
      .setInputFiles(join(FIXTURES, 'linkedin-connections.csv'));
    await expect
      .poll(() => page.getByText('To add: 9 contacts, 6 companies').isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        page.getByText('read as LinkedIn connections (found from its content)').isVisible(),
      )
      .toBe(true);
    await page.getByRole('tab', { name: 'Duplicates (1)' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('cell', { name: 'same LinkedIn profile as line 5: skipped, nothing new' })
          .isVisible(),
      )
      .toBe(true);
    await page.getByRole('tab', { name: 'Rejected (1)' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('cell', { name: 'no name: First Name and Last Name are both empty' })
          .isVisible(),
      )
      .toBe(true);
    await settle(page);
    const violations = await seriousViolations(page);
    expect(describeViolations(violations)).toBe('');
    await shoot(page, 'import-preview', 'desktop');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.getByText('Added: 9 contacts, 6 companies').isVisible())
      .toBe(true);
    const contacts = await app.api<{ items: { name: string }[] }>('GET', '/contacts');
    expect(contacts.items.map((c) => c.name)).toContain('Zoë Martin-Lefèvre');

    await page.getByRole('button', { name: 'Import another file' }).click();
    await page
      .locator('input[type=file]')
      .setInputFiles(join(FIXTURES, 'linkedin-connections.csv'));
    await expect
      .poll(() => page.getByRole('button', { name: 'Nothing to import' }).isDisabled())
      .toBe(true);
  });

  test('corrects the guessed columns of a spreadsheet, with the keyboard alone', async ({
    app,
    open,
  }) => {
    const page = await open('/import');
    await page.setViewportSize(PHONE);
    await expect
      .poll(() => page.getByRole('button', { name: 'Choose a file' }).isVisible())
      .toBe(true);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a file' }).focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(join(FIXTURES, 'applications-excel-de.csv'));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('no column holds the job title');
    await expect.poll(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe('Firma');
    await page.getByLabel('Job title', { exact: true }).focus();
    await page.getByLabel('Job title', { exact: true }).selectOption('Stelle');
    await expect
      .poll(() => page.getByText('To add: 2 opportunities, 2 events, 2 companies').isVisible())
      .toBe(true);
    await page.getByLabel('Date applied', { exact: true }).selectOption('Beworben am');
    await expect
      .poll(() => page.getByText('To add: 2 opportunities, 4 events, 2 companies').isVisible())
      .toBe(true);
    await settle(page);
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.setViewportSize(DESKTOP);
    await page.getByText('applications-excel-de.csv', { exact: true }).scrollIntoViewIfNeeded();
    await shoot(page, 'import-mapping', 'desktop');
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Import', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText('Added: 2 opportunities, 4 events, 2 companies').isVisible())
      .toBe(true);
    const list = await app.api<{ items: { company: string; next: { dueOn: string } | null }[] }>(
      'GET',
      '/opportunities',
    );
    expect(list.items.find((o) => o.company === 'Müller & Söhne GmbH')?.next?.dueOn).toBe(
      '2026-11-05',
    );
    await page.setViewportSize(DESKTOP);
  });

  test("reads a US user's dates month first and says so in words; the order can be changed, and a rejected row corrected in the preview", async ({
    app,
    open,
  }) => {
    await app.api('PATCH', '/settings', { holidays: 'US-IL' });
    const page = await open('/import');
    await expect
      .poll(() => page.getByRole('button', { name: 'Choose a file' }).isVisible())
      .toBe(true);
    const csv = [
      'Company,Title,Date applied',
      'Acme Tools,Analyst,3/4/2026',
      'Globex Labs,Engineer,3/5/2026',
      'Initech Labs,Developer,3/6/2026',
      'Umbrella Labs,Scientist,3/9/2026',
      'Hooli,Designer,yesterday',
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'tracker.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const order = page.getByLabel('Dates such as 03/04/2026');
    await expect
      .poll(() => page.getByText('To add: 4 opportunities, 4 events, 4 companies').isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(
            '3/4/2026 read as 4 March 2026: month first, the way dates are written where your holidays are (US-IL).',
          )
          .isVisible(),
      )
      .toBe(true);
    // The other way, chosen in the preview.
    await order.selectOption('dmy');
    await expect
      .poll(() =>
        page.getByText('3/4/2026 read as 3 April 2026: day first, as you chose.').isVisible(),
      )
      .toBe(true);
    await order.selectOption('');
    await expect
      .poll(() => page.getByText('3/4/2026 read as 4 March 2026', { exact: false }).isVisible())
      .toBe(true);

    // The rejected row, corrected here: the field at fault says why, in words.
    await page.getByRole('tab', { name: 'Rejected (1)' }).click();
    await page.getByRole('button', { name: 'Correct line 6, Designer at Hooli' }).click();
    const form = page.getByRole('form', { name: 'Correct line 6' });
    const applied = form.getByLabel('Date applied', { exact: true });
    expect(await applied.inputValue()).toBe('yesterday');
    expect(await applied.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => form.getByText(/^"yesterday" is not a date/).isVisible()).toBe(true);
    expect(await form.getByText(/applied:/).count()).toBe(0);
    await applied.fill('3/10/2026');
    await form.getByRole('button', { name: 'Check again' }).click();
    await expect
      .poll(() => page.getByText('To add: 5 opportunities, 5 events, 5 companies').isVisible())
      .toBe(true);
    expect(await page.getByRole('tab', { name: 'Rejected (0)' }).isVisible()).toBe(true);
    await settle(page);
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.getByText('Added: 5 opportunities, 5 events, 5 companies').isVisible())
      .toBe(true);
    const list = await app.api<{ items: { id: string; company: string }[] }>(
      'GET',
      '/opportunities?search=Hooli',
    );
    const hooli = list.items.find((o) => o.company === 'Hooli');
    const shown = await app.api<{ events: { type: string; date: string }[] }>(
      'GET',
      `/opportunities/${hooli?.id}`,
    );
    expect(shown.events[0]).toMatchObject({ type: 'applied', date: '2026-03-10' });
    const acme = (
      await app.api<{ items: { id: string; company: string }[] }>(
        'GET',
        '/opportunities?search=Acme%20Tools',
      )
    ).items[0];
    const acmeShown = await app.api<{ events: { date: string }[] }>(
      'GET',
      `/opportunities/${acme?.id}`,
    );
    expect(acmeShown.events[0]?.date).toBe('2026-03-04');
  });

  test('downloads the exports as files', async ({ open }) => {
    const page = await open('/import');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Everything (JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('justenough-2026-11-23.json');
    const csv = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Opportunities (CSV)' }).click();
    expect((await csv).suggestedFilename()).toBe('justenough-opportunities-2026-11-23.csv');
  });
});
