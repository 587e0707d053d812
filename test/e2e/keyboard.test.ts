// Today with the keyboard alone: j/k between cards, v/t/n for outcomes, ? and /.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, RUN_BROWSER_TESTS, type Session } from './support/browser.js';
import { apiCall, type RunningServer, startServer, tempDataDir } from './support/server.js';

async function activeLabel(page: import('playwright-core').Page): Promise<string> {
  return page.evaluate(() => {
    const doc = globalThis as unknown as {
      document: { activeElement: { getAttribute(name: string): string | null } | null };
    };
    return doc.document.activeElement?.getAttribute('aria-label') ?? '';
  });
}

describe.skipIf(!RUN_BROWSER_TESTS)('Today with the keyboard alone', { timeout: 120_000 }, () => {
  const data = tempDataDir();
  let server: RunningServer;
  let browser: Session;

  beforeAll(async () => {
    // Two applications of Mon 23 Nov: both follow-ups are due on Fri 27 Nov.
    server = await startServer(data.dir, '2026-11-23');
    for (const [company, name] of [
      ['Acme', 'Jane Doe'],
      ['Globex', 'Raj Patel'],
      ['Initech', 'Maria Garcia'],
    ] as const) {
      await apiCall(server, 'POST', '/opportunities', {
        kind: 'job',
        company,
        title: 'Data Analyst',
        contact: { name, phone: '312 555 0199' },
        appliedOn: '2026-11-23',
      });
    }
    await server.stop();
    server = await startServer(data.dir, '2026-11-27');
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  it('moves with j and k and logs with v, t and n', async () => {
    const page = await openPage(browser, `${server.url}/`);
    const cards = page.locator('article.call-card');
    await expect.poll(() => cards.count()).toBe(3);
    const labels = await cards.evaluateAll((list) =>
      list.map((c) =>
        (c as unknown as { getAttribute(n: string): string }).getAttribute('aria-label'),
      ),
    );

    await page.keyboard.press('j');
    await expect.poll(() => activeLabel(page)).toBe(labels[0]);
    await page.keyboard.press('j');
    await expect.poll(() => activeLabel(page)).toBe(labels[1]);
    await page.keyboard.press('j');
    await expect.poll(() => activeLabel(page)).toBe(labels[2]);
    await page.keyboard.press('k');
    await expect.poll(() => activeLabel(page)).toBe(labels[1]);

    // v: a voicemail on the selected card; the focus moves on to the next card.
    await page.keyboard.press('v');
    const second = (labels[1] ?? '').split(': ')[1]?.split(',')[0] ?? '';
    await expect
      .poll(() => page.locator('.done-card', { hasText: second }).textContent())
      .toContain('Next: Follow-up 2 of 3');
    await expect
      .poll(() => page.locator('article.call-card', { hasText: 'Follow-up 1 of 3' }).count())
      .toBe(2);
    await expect.poll(() => activeLabel(page)).toBe(labels[2]);

    // t: talked on the card now selected.
    await page.keyboard.press('t');
    const third = (labels[2] ?? '').split(': ')[1]?.split(',')[0] ?? '';
    await expect
      .poll(() => page.locator('.done-card', { hasText: third }).textContent())
      .toContain('Next: Check-in between');

    // n: no answer on the first one, reached with k.
    await page.keyboard.press('k');
    await expect.poll(() => activeLabel(page)).toBe(labels[0]);
    await page.keyboard.press('n');
    const first = (labels[0] ?? '').split(': ')[1]?.split(',')[0] ?? '';
    await expect
      .poll(() => page.locator('.done-card', { hasText: first }).textContent())
      .toContain('Next: Follow-up 2 of 3');
    await expect
      .poll(() => page.locator('article.call-card', { hasText: 'Follow-up 1 of 3' }).count())
      .toBe(0);

    // ? shows the keys; Escape closes them.
    await page.keyboard.press('Shift+?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // / focuses the search; Enter searches the pipeline.
    await page.keyboard.press('/');
    await expect.poll(() => activeLabel(page)).toBe('Search opportunities and people');
    await page.keyboard.type('globex');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/pipeline\?search=globex/);
    await expect.poll(() => page.locator('.board-card').count()).toBe(1);
    expect(page.problems).toEqual([]);
  });

  it('reaches every outcome with Tab and Enter', async () => {
    // Everything due was logged above: the coming steps are folded cards.
    const page = await openPage(browser, `${server.url}/`);
    await expect.poll(() => page.locator('article.call-card').count()).toBeGreaterThan(0);
    const focusedText = () =>
      page.evaluate(() => {
        const doc = globalThis as unknown as {
          document: { activeElement: { textContent: string | null } | null };
        };
        return doc.document.activeElement?.textContent ?? '';
      });
    const tabTo = async (text: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if ((await focusedText()) === text) return true;
      }
      return false;
    };
    expect(await tabTo('Script and outcomes')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await tabTo('They replied')).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.done-card', { hasText: 'they replied' }).count())
      .toBe(1);
    expect(page.problems).toEqual([]);
  });
});
