// The Progress page in a real browser: its charts say what they show with the numbers of
// /api/stats, no serious accessibility violation at desktop and phone width, reachable by
// the keyboard alone, and its chart code loads with it, never with Today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describeViolations, seriousViolations } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { DESKTOP, PHONE, settle, shoot } from './support/screens.js';
import { SAMPLE_TODAY, seedSample } from './support/seed.js';
import { WEB_INDEX } from './support/server.js';

interface Stats {
  funnel: { started: number; answered: number; interviewed: number; offers: number };
  followedUp: { started: number; withAFollowUp: number };
}

const CHARTS = [
  'Funnel',
  'Answers by follow-up',
  'Answers by channel',
  'Steps on time, week by week',
  'Sources',
];

test.override('now', SAMPLE_TODAY);

browserSuite('the Progress page', 240_000, () => {
  test.beforeAll(async ({ app }) => {
    await seedSample(app);
  });

  test('shows five charts, each saying what it shows with the numbers of the search', async ({
    app,
    open,
  }) => {
    const stats = await app.api<Stats>('GET', '/stats');
    expect(stats.funnel.started).toBeGreaterThan(0);
    const page = await open('/progress');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Progress' }).isVisible())
      .toBe(true);
    await settle(page);
    for (const name of CHARTS) {
      await expect.poll(() => page.getByRole('region', { name }).isVisible()).toBe(true);
    }
    const f = stats.funnel;
    const funnel = `Funnel: started ${f.started}, answered ${f.answered}, interview or meeting ${f.interviewed}, offer ${f.offers}.`;
    await expect.poll(() => page.getByRole('img', { name: funnel }).count()).toBe(1);
    const u = stats.followedUp;
    const followed = `you followed up on ${u.withAFollowUp} of ${u.started}`;
    expect(await page.getByText(followed).count()).toBe(1);
    expect(await page.getByText(/Only about 20% of jobs are advertised/).count()).toBe(1);
    // The charts are drawn (ECharts' SVG), not left empty.
    expect(await page.locator('section svg path').count()).toBeGreaterThan(10);
  });

  test('has no serious or critical accessibility violation, and fits a phone', async ({
    app,
    open,
  }) => {
    const page = await open('/');
    const found: string[] = [];
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await page.goto(`${app.url}/progress`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1, name: 'Progress' }).isVisible())
        .toBe(true);
      await settle(page);
      const violations = await seriousViolations(page);
      if (violations.length) found.push(`at ${size.width}px:\n${describeViolations(violations)}`);
      // The README's pictures of the page (written only by `npm run screenshots`).
      await shoot(page, 'progress', size === DESKTOP ? 'desktop' : 'phone');
      const width = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
            .document.documentElement.scrollWidth,
      );
      expect(width).toBeLessThanOrEqual(size.width);
    }
    expect(found).toEqual([]);
  });

  test('is reached with the keyboard alone from Today', async ({ open }) => {
    const page = await open('/');
    await page.setViewportSize(DESKTOP);
    await settle(page);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () =>
          (
            globalThis as unknown as {
              document: { activeElement: { getAttribute(n: string): string | null } | null };
            }
          ).document.activeElement?.getAttribute('href') === '/progress',
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Progress' }).isVisible())
      .toBe(true);
  });

  test("loads its chart code with it alone: Today's JavaScript stays as it was", async ({
    open,
  }) => {
    const page = await open('/');
    const scripts: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
    });
    await page.reload();
    await settle(page);
    const today = [...scripts];
    expect(today.join(' ')).not.toMatch(/progress|bar-chart|echarts/);
    await page.getByRole('link', { name: 'Progress' }).first().click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Progress' }).isVisible())
      .toBe(true);
    await settle(page);
    const extra = scripts.filter((s) => !today.includes(s));
    expect(extra.join(' ')).toMatch(/progress/);
    const root = join(WEB_INDEX, '..');
    const bytes = extra.reduce((a, path) => a + gzipSync(readFileSync(join(root, path))).length, 0);
    console.info(
      `The Progress page loads ${extra.length} more JavaScript files, ${(bytes / 1024).toFixed(1)} KB gzipped`,
    );
    expect(bytes).toBeGreaterThan(0);
  });

  test("the board's Closed column groups closed opportunities by how they closed", async ({
    app,
    open,
  }) => {
    for (const [company, decision] of [
      ['Vandelay', 'offer'],
      ['Kramerica', 'rejected'],
    ] as const) {
      const o = await app.api<{ id: string }>('POST', '/opportunities', {
        kind: 'job',
        company,
        title: 'Importer',
        source: 'referral',
        appliedOn: '2026-11-16',
      });
      await app.api('POST', `/opportunities/${o.id}/events`, { type: decision, on: '2026-11-30' });
    }
    const page = await open('/pipeline');
    const closed = page.locator('[data-status="closed"]');
    await expect.poll(() => closed.getByText(/^Offer \(\d+\)$/).count()).toBe(1);
    expect(await closed.getByText(/^Rejected \(\d+\)$/).count()).toBe(1);
    expect(await closed.getByText('Closed: Offer').count()).toBeGreaterThan(0);
    const text = ((await closed.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text.indexOf('Vandelay')).toBeLessThan(text.indexOf('Kramerica'));
  });

  test('the source is changed on the opportunity page with the keyboard alone, at phone width', async ({
    app,
    open,
  }) => {
    const o = await app.api<{ id: string; version: number }>('POST', '/opportunities', {
      kind: 'job',
      company: 'Soylent',
      title: 'Planner',
      source: 'posting',
      appliedOn: '2026-11-16',
    });
    const page = await open(`/opportunities/${o.id}`);
    await page.setViewportSize(PHONE);
    await expect.poll(() => page.getByText('From a job posting').isVisible()).toBe(true);
    // Tab to "Edit details", open it, tab on to the source, choose with the arrow keys, save.
    let onEdit = false;
    for (let i = 0; i < 60 && !onEdit; i++) {
      await page.keyboard.press('Tab');
      onEdit = await page
        .getByRole('button', { name: 'Edit details' })
        .evaluate(
          (button) =>
            (button as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument
              .activeElement === button,
        );
    }
    expect(onEdit).toBe(true);
    await page.keyboard.press('Enter');
    const source = page.getByLabel('Where did it come from?');
    await expect.poll(() => source.isVisible()).toBe(true);
    await settle(page);
    const violations = await seriousViolations(page);
    expect(describeViolations(violations)).toBe(describeViolations([]));
    let onSource = false;
    for (let i = 0; i < 30 && !onSource; i++) {
      await page.keyboard.press('Tab');
      onSource = await source.evaluate(
        (select) =>
          (select as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument
            .activeElement === select,
      );
    }
    expect(onSource).toBe(true);
    await page.keyboard.press('ArrowDown'); // from "A job posting" to "A referral"
    await expect.poll(() => source.inputValue()).toBe('referral');
    const width = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
          .document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(PHONE.width);
    let onSave = false;
    for (let i = 0; i < 30 && !onSave; i++) {
      await page.keyboard.press('Tab');
      onSave = await page
        .getByRole('button', { name: 'Save changes' })
        .evaluate(
          (button) =>
            (button as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument
              .activeElement === button,
        );
    }
    expect(onSave).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('From a referral').isVisible()).toBe(true);
    const stored = await app.api<{ source: string | null }>('GET', `/opportunities/${o.id}`);
    expect(stored.source).toBe('referral');
    const stats = await app.api<{ sources: { source: string | null; opportunities: number }[] }>(
      'GET',
      '/stats',
    );
    expect(stats.sources.find((x) => x.source === 'referral')?.opportunities).toBeGreaterThan(0);
  });
});
