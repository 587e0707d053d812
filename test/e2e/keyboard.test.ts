// Today with the keyboard alone: j/k between cards, v/t/n for outcomes, ? and /.
import { motionSettled } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { DESKTOP, PHONE } from './support/screens.js';

async function activeLabel(page: import('playwright-core').Page): Promise<string> {
  return page.evaluate(() => {
    const doc = globalThis as unknown as {
      document: { activeElement: { getAttribute(name: string): string | null } | null };
    };
    return doc.document.activeElement?.getAttribute('aria-label') ?? '';
  });
}

browserSuite('Today with the keyboard alone', 120_000, () => {
  test.beforeAll(async ({ app }) => {
    // Three applications of Mon 23 Nov: their follow-ups are due on Fri 27 Nov.
    for (const [company, name] of [
      ['Acme', 'Jane Doe'],
      ['Globex', 'Raj Patel'],
      ['Initech', 'Maria Garcia'],
    ] as const) {
      await app.api('POST', '/opportunities', {
        kind: 'job',
        company,
        title: 'Data Analyst',
        contact: { name, phone: '312 555 0199' },
        appliedOn: '2026-11-23',
      });
    }
    await app.restartOn('2026-11-27');
  });

  test('moves with j and k and logs with v, t and n', async ({ open }) => {
    const page = await open('/');
    const cards = page.getByRole('article');
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
      .poll(() => page.getByRole('article', { name: /^Follow-up 1 of 3:/ }).count())
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
      .poll(() => page.getByRole('article', { name: /^Follow-up 1 of 3:/ }).count())
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
    await expect
      .poll(() => page.getByRole('button', { name: /^Drag .* to another column$/ }).count())
      .toBe(1);
  });

  test('reaches every outcome with Tab and Enter', async ({ open }) => {
    // Everything due was logged above: the coming steps are folded cards.
    const page = await open('/');
    await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(0);
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
  });

  test('shows its notifications beside the cards, never over them, on a wide screen and a phone', async ({
    app,
    open,
  }) => {
    const page = await open('about:blank');
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await page.goto(`${app.url}/`);
      // An open card's outcome; if every card is folded, the first one opened.
      const answer = page.getByRole('button', { name: 'No answer', exact: true }).first();
      await page.getByRole('article').first().waitFor();
      if (!(await answer.isVisible())) {
        await page.getByRole('button', { name: 'Script and outcomes' }).first().click();
        await motionSettled(page);
      }
      const doneBefore = await page.locator('.done-card').count();
      await answer.click();
      // What the page said comes with a failure: an error, or the outcome kept offline.
      await expect
        .poll(
          async () => ({
            done: await page.locator('.done-card').count(),
            said: await page.locator('.mantine-Notification-root').allTextContents(),
          }),
          { message: `at ${size.width}px` },
        )
        .toMatchObject({ done: doneBefore + 1 });
      const note = page.getByRole('status').filter({ hasText: 'Logged for' });
      await note.waitFor({ timeout: 15_000 });
      await motionSettled(page); // the notification's transition
      const box = await note.boundingBox();
      if (!box) throw new Error('the notification is not laid out');
      // Not clipped: wholly on the screen.
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      // Over no card's visible part, and not over the done card the outcome produced: as the
      // page came, and scrolled so that a card runs up under the header. The header is fixed: the
      // part of a card under it is hidden, so only what shows below its bottom edge counts.
      const header = await page.locator('.header').first().boundingBox();
      const shownFrom = header ? header.y + header.height : 0;
      // The notification is fixed: scrolling does not move it, so its box stays `box`.
      const cardsUnderIt = async () =>
        (
          await page.locator('article, .done-card').evaluateAll((list) =>
            list.map((c) => {
              type Rect = { left: number; right: number; top: number; bottom: number };
              const r = (c as unknown as { getBoundingClientRect(): Rect }).getBoundingClientRect();
              return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            }),
          )
        )
          .map((c) => ({ ...c, top: Math.max(c.top, shownFrom) }))
          .filter(
            (c) =>
              c.left < c.right &&
              c.top < c.bottom &&
              c.left < box.x + box.width &&
              box.x < c.right &&
              c.top < box.y + box.height &&
              box.y < c.bottom,
          );
      expect(await cardsUnderIt(), `at ${size.width}px`).toEqual([]);
      // Room below the page, so that any card can be scrolled up to run under the header.
      const straddle = await page.evaluate((under) => {
        type Box = { getBoundingClientRect(): { top: number; bottom: number } };
        const w = globalThis as unknown as {
          scrollY: number;
          scrollTo(x: number, y: number): void;
          document: { body: { style: { paddingBottom: string } }; querySelector(s: string): Box };
        };
        w.document.body.style.paddingBottom = '2000px';
        const card = w.document.querySelector('article');
        w.scrollTo(0, card.getBoundingClientRect().top + w.scrollY - under + 20);
        const r = card.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }, shownFrom);
      expect(straddle.top).toBeLessThan(shownFrom);
      expect(straddle.bottom).toBeGreaterThan(shownFrom);
      expect(await cardsUnderIt(), `at ${size.width}px, scrolled`).toEqual([]);
    }
  });
});
