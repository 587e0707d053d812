// A long job search: the lists come a page at a time as the user scrolls, and only the rows
// near the screen are in the page.
import { browserSuite, expect, test } from './support/fixture.js';
import { PHONE } from './support/screens.js';

test.override('now', '2026-11-27');

const PEOPLE = 150;
// Of them, the first HELD are in the holding file: the column under Interviewing on a phone.
const HELD = 40;
const name = (i: number) => `Person ${String(i).padStart(3, '0')}`;

browserSuite('long lists', 180_000, () => {
  test.beforeAll(async ({ app }) => {
    for (let i = 0; i < PEOPLE; i += 10)
      await Promise.all(
        Array.from({ length: Math.min(10, PEOPLE - i) }, (_, k) =>
          app.api('POST', '/opportunities', {
            kind: 'job',
            company: `Company ${i + k}`,
            title: 'Analyst',
            contact: { name: name(i + k), phone: '312 555 0100' },
            appliedOn: '2026-11-23',
          }),
        ),
      );
    const { items } = (await app.api('GET', '/opportunities?status=active&limit=500')) as {
      items: { id: string; company: string }[];
    };
    for (const { id } of items.filter((o) => Number(o.company.split(' ')[1]) < HELD))
      await app.api('POST', `/opportunities/${id}/move`, { status: 'holding' });
  });

  test('Contacts: a page at a time as the user scrolls, a few dozen cards in the page', async ({
    open,
  }) => {
    const page = await open('/contacts');
    const list = page.getByRole('list', { name: 'People' });
    const count = page.locator('.virtual-rows-count');
    await expect
      .poll(() => count.textContent())
      .toBe(`60 of ${PEOPLE} shown; more come as you scroll.`);
    const cards = list.getByRole('listitem');
    expect(await cards.count()).toBeLessThan(60);
    // Each card says where it stands in the whole list.
    expect(await cards.first().getAttribute('aria-setsize')).toBe(String(PEOPLE));
    expect(await cards.first().getAttribute('aria-posinset')).toBe('1');

    // Scrolling to the end brings the next pages, and the last person (by name).
    await expect
      .poll(async () => {
        await page.keyboard.press('End');
        return count.textContent();
      })
      .toBe(`All ${PEOPLE} shown.`);
    const last = page.getByText(name(PEOPLE - 1), { exact: true });
    await expect
      .poll(async () => {
        await page.keyboard.press('End');
        return last.isVisible();
      })
      .toBe(true);
    // The first cards left the page as they left the screen.
    expect(await page.getByText(name(0), { exact: true }).count()).toBe(0);
    expect(await cards.count()).toBeLessThan(60);

    // A search is the server's: it finds a person of a page not loaded yet.
    await page.keyboard.press('Home');
    await page.getByLabel('Search people').fill('Person 007');
    await expect
      .poll(() =>
        page
          .getByRole('list', { name: 'People matching "Person 007"' })
          .getByRole('listitem')
          .count(),
      )
      .toBe(1);
    expect(await count.textContent()).toBe('');
  });

  test("Pipeline's list: a page at a time, its counts the server's, a few dozen rows in the page", async ({
    open,
  }) => {
    const page = await open('/pipeline?view=list');
    const count = page.locator('.virtual-rows-count');
    await expect
      .poll(() => count.textContent())
      .toBe(`60 of ${PEOPLE} shown; more come as you scroll.`);
    expect(await page.getByRole('radio', { name: `All ${PEOPLE}` }).count()).toBe(1);
    expect(await page.getByRole('radio', { name: `Active ${PEOPLE - HELD}` }).count()).toBe(1);
    const table = page.getByRole('table');
    expect(await table.getAttribute('aria-rowcount')).toBe(String(PEOPLE + 1));
    const rows = table.locator('tbody tr:not([aria-hidden])');
    expect(await rows.count()).toBeLessThan(60);
    await expect
      .poll(async () => {
        await page.keyboard.press('End');
        return count.textContent();
      })
      .toBe(`All ${PEOPLE} shown.`);
    // Newest first: the first one added is last.
    const first = page.getByRole('link', { name: 'Company 0', exact: true });
    await expect
      .poll(async () => {
        await page.keyboard.press('End');
        return first.isVisible();
      })
      .toBe(true);
    expect(await rows.count()).toBeLessThan(60);
    expect(
      await page.getByRole('link', { name: `Company ${PEOPLE - 1}`, exact: true }).count(),
    ).toBe(0);
  });

  test("Pipeline's board: each column a page at a time, its count the server's, a few dozen cards in the page", async ({
    open,
  }) => {
    const page = await open('/pipeline');
    const active = page.locator('.column[data-status="active"]');
    const count = active.locator('.column-count');
    await expect.poll(() => count.textContent()).toBe(String(PEOPLE - HELD));
    const cards = active.locator('.board-card');
    const end = active.locator('.column-end');
    await expect
      .poll(() => end.textContent())
      .toBe(`60 of ${PEOPLE - HELD}; more come as you scroll.`);
    expect(await cards.count()).toBeLessThan(30);
    expect(await page.getByText(`${PEOPLE} opportunities`, { exact: true }).count()).toBe(1);
    await expect
      .poll(async () => {
        await page.keyboard.press('End');
        return end.textContent();
      })
      .toBe('');
    // Newest first: the first one added after the held ones is last, and the newest left the page.
    const oldest = active.getByText(`Company ${HELD}`, { exact: true });
    await expect
      .poll(async () => {
        await page.keyboard.press('End');
        return oldest.isVisible();
      })
      .toBe(true);
    expect(await active.getByText(`Company ${PEOPLE - 1}`, { exact: true }).count()).toBe(0);
    expect(await cards.count()).toBeLessThan(30);
  });

  test("Pipeline's board on a phone: the columns one under another, each showing its own cards where it is", async ({
    open,
  }) => {
    const page = await open('/pipeline');
    await page.setViewportSize(PHONE);
    const holding = page.locator('.column[data-status="holding"]');
    await expect.poll(() => holding.locator('.column-count').textContent()).toBe(String(HELD));
    const active = page.locator('.column[data-status="active"]');
    const activeEnd = active.locator('.column-end');
    // Jumped past the active column (to the foot of the page, as by the scroll bar), the user is
    // not pushed away by it: it waits for the user to come back to its end to load more.
    await expect
      .poll(() => activeEnd.textContent())
      .toBe(`60 of ${PEOPLE - HELD}; more come as you scroll.`);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const w = globalThis as unknown as {
            scrollY: number;
            innerHeight: number;
            document: { documentElement: { scrollHeight: number } };
            scrollTo(options: { top: number; behavior: 'instant' }): void;
          };
          const foot = w.document.documentElement.scrollHeight - w.innerHeight;
          w.scrollTo({ top: foot, behavior: 'instant' });
          return w.scrollY >= foot - 2;
        }),
      )
      .toBe(true);
    await page.evaluate(() => {
      const w = globalThis as unknown as { requestAnimationFrame(f: () => void): void };
      return new Promise<void>((done) =>
        w.requestAnimationFrame(() => w.requestAnimationFrame(done)),
      );
    });
    await page.waitForTimeout(300);
    expect(await activeEnd.textContent()).toBe(`60 of ${PEOPLE - HELD}; more come as you scroll.`);
    // Back at its end, it loads its pages: the holding file moves down by thousands of pixels.
    await expect
      .poll(async () => {
        await activeEnd.scrollIntoViewIfNeeded();
        return activeEnd.textContent();
      })
      .toBe('');
    // Scrolled to, the holding file shows its own cards, the first of them first.
    const title = holding.getByRole('heading', { name: 'Holding file' });
    const first = holding.getByText(`Company ${HELD - 1}`, { exact: true });
    await expect
      .poll(async () => {
        await title.scrollIntoViewIfNeeded();
        return first.isVisible();
      })
      .toBe(true);
    const cards = holding.locator('.board-card');
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await cards.count()).toBeLessThan(30);
    // Its cards stand inside the column, one under another, none over another (measured at once).
    const layout = await holding.evaluate((column) => ({
      column: column.getBoundingClientRect().top,
      cards: [...column.querySelectorAll('.board-card')].map((c) => {
        const r = c.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }),
    }));
    for (const [i, card] of layout.cards.entries()) {
      expect(card.top).toBeGreaterThanOrEqual(layout.column);
      if (i > 0) expect(card.top).toBeGreaterThanOrEqual(layout.cards[i - 1]?.bottom ?? 0);
    }
  });
});
