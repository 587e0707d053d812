// Import & export in the browser: choose a file, see the preview, correct the columns,
// confirm, find the people and applications in the app; download the exports.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  launch,
  openPage,
  RUN_BROWSER_TESTS,
  type Session,
  seriousViolations,
} from './support/browser.js';
import { DESKTOP, PHONE, settle, shoot } from './support/screens.js';
import { apiCall, type RunningServer, startServer, tempDataDir } from './support/server.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

describe.skipIf(!RUN_BROWSER_TESTS)(
  'import and export in the browser',
  { timeout: 180_000 },
  () => {
    const data = tempDataDir();
    let server: RunningServer;
    let browser: Session;

    beforeAll(async () => {
      server = await startServer(data.dir, '2026-11-23');
      browser = await launch({ colorScheme: 'light' });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      data.remove();
    });

    it('previews LinkedIn connections with duplicates and rejects by line, then imports them', async () => {
      const page = await openPage(browser, `${server.url}/import`);
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
      const contacts = await apiCall<{ items: { name: string }[] }>(server, 'GET', '/contacts');
      expect(contacts.items.map((c) => c.name)).toContain('Zoë Martin-Lefèvre');

      await page.getByRole('button', { name: 'Import another file' }).click();
      await page
        .locator('input[type=file]')
        .setInputFiles(join(FIXTURES, 'linkedin-connections.csv'));
      await expect
        .poll(() => page.getByRole('button', { name: 'Nothing to import' }).isDisabled())
        .toBe(true);
      expect(page.problems).toEqual([]);
      await page.close();
    });

    it('corrects the guessed columns of a spreadsheet, with the keyboard alone', async () => {
      const page = await openPage(browser, `${server.url}/import`);
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
      await expect
        .poll(() => page.getByLabel('Company', { exact: true }).inputValue())
        .toBe('Firma');
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
      const list = await apiCall<{ items: { company: string; next: { dueOn: string } | null }[] }>(
        server,
        'GET',
        '/opportunities',
      );
      expect(list.items.find((o) => o.company === 'Müller & Söhne GmbH')?.next?.dueOn).toBe(
        '2026-11-05',
      );
      await page.setViewportSize(DESKTOP);
      expect(page.problems).toEqual([]);
      await page.close();
    });

    it('downloads the exports as files', async () => {
      const page = await openPage(browser, `${server.url}/import`);
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Everything (JSON)' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('justenough-2026-11-23.json');
      const csv = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Opportunities (CSV)' }).click();
      expect((await csv).suggestedFilename()).toBe('justenough-opportunities-2026-11-23.csv');
      await page.close();
    });
  },
);
