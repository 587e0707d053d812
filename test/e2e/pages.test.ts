// Every page with a realistic job search: no serious or critical accessibility
// violation (axe-core, light mode), screenshots at desktop and phone width for
// the README, and the weight of the JavaScript the Today page loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describeViolations, launch, openPage, seriousViolations } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { DESKTOP, PHONE, settle, shoot } from './support/screens.js';
import { SAMPLE_TODAY, seedSample } from './support/seed.js';
import { WEB_INDEX } from './support/server.js';

/** The budget of the JavaScript of the first page, gzipped. */
const TODAY_JS_BUDGET = 250 * 1024;

test.override('now', SAMPLE_TODAY);

browserSuite('every page', 240_000, () => {
  let ids: Record<string, string>;

  test.beforeAll(async ({ app }) => {
    ids = await seedSample(app);
  });

  const pages = () =>
    [
      { name: 'today', path: '/', heading: 'Today' },
      { name: 'pipeline', path: '/pipeline', heading: 'Pipeline' },
      { name: 'pipeline-list', path: '/pipeline?view=list', heading: 'Pipeline' },
      {
        name: 'opportunity',
        path: `/opportunities/${ids['Acme Analytics']}`,
        heading: 'Data Analyst at Acme Analytics',
      },
      {
        name: 'opportunity-interview',
        path: `/opportunities/${ids.Initech}`,
        heading: 'BI Developer at Initech',
      },
      { name: 'new-opportunity', path: '/opportunities/new', heading: 'New opportunity' },
      { name: 'contacts', path: '/contacts', heading: 'Contacts' },
      { name: 'holding', path: '/holding', heading: 'Holding file' },
      { name: 'settings', path: '/settings', heading: 'Settings' },
      { name: 'method', path: '/method', heading: 'The 3X3 method' },
      { name: 'import-export', path: '/import', heading: 'Import & export' },
    ] as const;

  test('has no serious or critical accessibility violation, at desktop and phone width', async ({
    app,
    open,
  }) => {
    const page = await open('/');
    const found: string[] = [];
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      for (const p of pages()) {
        await page.goto(`${app.url}${p.path}`);
        await expect
          .poll(() => page.getByRole('heading', { level: 1, name: p.heading }).isVisible())
          .toBe(true);
        await settle(page);
        const violations = await seriousViolations(page);
        if (violations.length)
          found.push(`${p.path} at ${size.width}px:\n${describeViolations(violations)}`);
      }
    }
    // The dialogs too: the keys, scheduling an interview, closing with a reason.
    await page.setViewportSize(DESKTOP);
    await page.goto(`${app.url}/`);
    await settle(page);
    await page.keyboard.press('Shift+?');
    await page.getByRole('dialog').waitFor();
    await settle(page);
    const keys = await seriousViolations(page);
    if (keys.length) found.push(`keys dialog:\n${describeViolations(keys)}`);
    await page.goto(`${app.url}/opportunities/${ids['Acme Analytics']}`);
    await page.getByRole('button', { name: 'Schedule an interview' }).click();
    await page.getByRole('dialog').waitFor();
    await settle(page);
    const schedule = await seriousViolations(page);
    if (schedule.length) found.push(`schedule dialog:\n${describeViolations(schedule)}`);
    expect(found.join('\n\n')).toBe('');
    // Every page at two widths, each checked by axe: minutes on a loaded machine.
  }, 180_000);

  test('takes a screenshot of every page at desktop and phone width', async ({ app, open }) => {
    const page = await open('/');
    for (const [size, label] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      await page.setViewportSize(size);
      for (const p of pages()) {
        await page.goto(`${app.url}${p.path}`);
        await expect
          .poll(() => page.getByRole('heading', { level: 1, name: p.heading }).isVisible())
          .toBe(true);
        await shoot(page, p.name, label);
      }
    }
  });

  test('Contacts shows what a LinkedIn import brought: the position and a link to the profile', async ({
    app,
    open,
  }) => {
    const page = await open('/contacts');
    const link = page.getByRole('link', {
      name: 'LinkedIn profile of Jane Doe (opens in a new tab)',
    });
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe('https://www.linkedin.com/in/jane-doe-analytics');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.getByText('Head of Data & Analytics', { exact: true }).isVisible()).toBe(
      true,
    );
    // Only contacts with a profile get a link.
    expect(await page.getByRole('link', { name: /^LinkedIn profile of / }).count()).toBe(3);

    // Hostile data (a profile address of another scheme) never becomes a link.
    const hostile = await open('about:blank');
    await hostile.route('**/api/contacts*', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { items: { linkedinUrl: string | null }[] };
      const schemes = ['javascript:alert(1)', ' data:text/html,<b>x</b>', 'ftp://example.com/x'];
      body.items.forEach((c, i) => {
        c.linkedinUrl = schemes[i % schemes.length] ?? null;
      });
      await route.fulfill({ response, json: body });
    });
    await hostile.goto(`${app.url}/contacts`);
    await expect.poll(() => hostile.getByText('Jane Doe', { exact: true }).isVisible()).toBe(true);
    expect(await hostile.getByRole('link', { name: /LinkedIn/ }).count()).toBe(0);
    expect(await hostile.locator('a[href^="javascript:" i], a[href*="data:" i]').count()).toBe(0);
  });

  test('follows the system in dark mode', async ({ app }) => {
    const dark = await launch({ colorScheme: 'dark' });
    try {
      const page = await openPage(dark, `${app.url}/`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1, name: 'Today' }).isVisible())
        .toBe(true);
      expect(await page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
      await shoot(page, 'today-dark', 'desktop');
      await page.goto(`${app.url}/pipeline`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1, name: 'Pipeline' }).isVisible())
        .toBe(true);
      await shoot(page, 'pipeline-dark', 'desktop');
      expect(page.problems).toEqual([]);
    } finally {
      await dark.close();
    }
  });

  test(`loads less than ${TODAY_JS_BUDGET / 1024} KB of gzipped JavaScript for Today`, async ({
    app,
    open,
  }) => {
    const page = await open('about:blank');
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(0);
    await settle(page);
    const root = join(WEB_INDEX, '..');
    let total = 0;
    let code = '';
    for (const path of scripts) {
      const file = readFileSync(join(root, path));
      total += gzipSync(file).length;
      code += file.toString('utf8');
    }
    console.info(
      `Today loads ${scripts.size} JavaScript files, ${(total / 1024).toFixed(1)} KB gzipped (budget ${TODAY_JS_BUDGET / 1024} KB)`,
    );
    expect(total).toBeLessThan(TODAY_JS_BUDGET);
    // The other pages are split off: none of their code came with Today.
    const names = [...scripts].join(' ');
    for (const lazy of [
      'pipeline',
      'opportunity',
      'settings',
      'contacts',
      'holding',
      'method',
      'import-export',
    ]) {
      expect(names).not.toMatch(new RegExp(`/${lazy}-`));
    }
    // Nor the popovers' and tooltips' positioning code: it comes when a button wants it.
    const has = (name: string) => code.includes(`@mantine/core/${name}`);
    expect(has('Button'), 'Mantine names its components in the built code').toBe(true);
    expect(has('Popover'), 'the Popover came with Today').toBe(false);
    expect(has('Tooltip'), 'the Tooltip came with Today').toBe(false);
  });
});
