// Saving a posting by its address: the bookmarklet's page looks it up at once, saves it
// with the application logged, and finds it the second time.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { describeViolations, seriousViolations } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { PHONE, settle, shoot } from './support/screens.js';

const board = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'capture', 'board-posting.html'),
  'utf8',
);

test.override('now', '2026-11-16');
// The posting is served on loopback, which a capture fetches only when told it may.
test.override('mode', { args: ['--allow-private'] });

let pages: Server;
let posting: string;
beforeAll(async () => {
  pages = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(board);
  });
  await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
  posting = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/jobs/view/4100223311`;
});
afterAll(() => new Promise((done) => pages.close(done)));

browserSuite('saving a posting by its address', 120_000, () => {
  test('the page opened with ?url= shows the posting, saves it as applied, and knows it the second time', async ({
    app,
    open,
  }) => {
    const page = await open(`/capture?url=${encodeURIComponent(posting)}`);
    const found = page.getByLabel('What the page says');
    await found.waitFor();
    expect(await found.textContent()).toContain('Staff Site Reliability Engineer');
    expect(await found.textContent()).toContain('Globex Corporation');
    expect(await found.textContent()).toContain('Springfield, OR, US · posted 2026-11-18');
    const bookmark = page.getByRole('link', { name: 'Save to JustEnough' });
    expect(await bookmark.getAttribute('href')).toMatch(
      new RegExp(`^javascript:.*${app.url.replace(/[.:/]/g, '\\$&')}/capture\\?url=`),
    );
    await settle(page);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByRole('button', { name: 'Save and mark applied today' }).click();
    await page.waitForURL(/\/opportunities\/\d+$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Staff Site Reliability Engineer');
    const stored = await app.api<{ items: { id: string; company: string }[] }>(
      'GET',
      '/opportunities',
    );
    expect(stored.items.map((o) => o.company)).toEqual(['Globex Corporation']);
    const saved = await app.api<{ events: { type: string }[]; next: { dueOn: string }[] }>(
      'GET',
      `/opportunities/${stored.items[0]?.id}`,
    );
    // Applied on Monday 16 November: follow-up #1 is due three business days later.
    expect(saved.events.map((e) => e.type)).toEqual(['applied']);
    expect(saved.next[0]?.dueOn).toBe('2026-11-19');

    await page.goto(`${app.url}/capture?url=${encodeURIComponent(posting)}`);
    await expect.poll(() => page.getByText('Already in your pipeline').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
  });

  test('an address that is no web page is said under the field, and nothing is saved', async ({
    app,
    browser,
  }) => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize(PHONE);
    await phone.goto(`${app.url}/capture`);
    await phone.getByLabel('Posting address').fill('ftp://example.com/job');
    await phone.getByRole('button', { name: 'Look it up' }).click();
    await expect
      .poll(() => phone.getByText(/only http and https addresses are fetched/).isVisible())
      .toBe(true);
    await shoot(phone, 'capture', 'phone');
    const width = await phone.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
          .document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await phone.close();
  });
});
