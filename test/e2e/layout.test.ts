// Layout at phone width, checked by boxes rather than by eye: nothing scrolls
// sideways, no text is cut, no label sits on another, long names are clamped
// with the full name at hand, and a loading page says it is loading.
import type { Page } from 'playwright-core';
import { browserSuite, expect, test } from './support/fixture.js';
import { DESKTOP, PHONE, settle } from './support/screens.js';

test.override('now', '2026-11-23');

const LONG =
  'The Extraordinarily Long-Named International Consolidated Holdings of Transcontinental Logistics, Warehousing and Supply Chain Management Incorporated';

type Box = { x: number; y: number; width: number; height: number };

/** Whether the document scrolls sideways: wider than the window. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const d = globalThis as unknown as {
      document: { scrollingElement: { scrollWidth: number } };
      innerWidth: number;
    };
    return d.document.scrollingElement.scrollWidth > d.innerWidth;
  });

/** Elements whose text is cut (clipped or ellipsised: their content is wider than their box). */
const cutTexts = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    type El = {
      scrollWidth: number;
      clientWidth: number;
      textContent: string | null;
      getClientRects(): { length: number };
    };
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): El[] } })
      .document;
    return [...doc.querySelectorAll(selector)]
      .filter((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1)
      .map((e) => `${e.textContent}: ${e.scrollWidth} > ${e.clientWidth}`);
  }, selector);

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

browserSuite('layout at phone width', 240_000, () => {
  const ids: Record<string, string> = {};
  let seeding: Promise<void> | undefined;

  // The first test sees a new account; the others seed it once.
  const seed = (app: { api: <T>(m: string, p: string, b?: unknown) => Promise<T> }) =>
    (seeding ??= (async () => {
      const add = async (key: string, body: unknown, events: unknown[] = []) => {
        const o = await app.api<{ id: string }>('POST', '/opportunities', body);
        ids[key] = o.id;
        for (const e of events) await app.api('POST', `/opportunities/${o.id}/events`, e);
      };
      await add('long', {
        kind: 'job',
        company: LONG,
        title: 'Senior Principal Staff Data Analytics Engineering Lead, Global Platforms',
        contact: { name: 'Bartholomew Featherstonehaugh-Montgomery' },
        appliedOn: '2026-11-17',
      });
      await add(
        'interviewing',
        {
          kind: 'job',
          company: 'Initrode',
          title: 'Data Analyst',
          contact: { name: 'Ann Lee', phone: '312 555 0100', email: 'ann@initrode.example' },
          appliedOn: '2026-11-09',
        },
        [
          { type: 'voicemail', on: '2026-11-12' },
          { type: 'talked', on: '2026-11-16' },
          { type: 'interview', at: '2026-11-18T10:00' },
          { type: 'thank-you-call', at: '2026-11-18T16:00' },
          { type: 'thank-you-note', on: '2026-11-19' },
        ],
      );
      await add(
        'closed',
        { kind: 'job', company: 'Globex', title: 'BI Developer', appliedOn: '2026-11-02' },
        [{ type: 'rejected', on: '2026-11-20' }],
      );
    })());

  test('the first visit fits a phone: no button, hint or example cut', async ({ open }) => {
    const page = await open('/');
    await page.setViewportSize(PHONE);
    await expect
      .poll(() => page.getByText("Welcome. Let's start with one application.").isVisible())
      .toBe(true);
    await settle(page);
    expect(await sideways(page)).toBe(false);
    expect(
      await cutTexts(
        page,
        '.empty-today .mantine-Button-label, .empty-today .mantine-InputWrapper-description, .empty-today .mantine-InputWrapper-label',
      ),
    ).toEqual([]);
    // The example of the quick add is read whole: the placeholder fits its field.
    const input = page.locator('.empty-today').getByRole('textbox', { name: 'Quick add' });
    const fits = await input.evaluate((el) => {
      const field = el as unknown as {
        placeholder: string;
        clientWidth: number;
        ownerDocument: { createElement(t: string): { getContext(k: string): unknown } };
      };
      const style = (
        globalThis as unknown as {
          getComputedStyle(e: unknown): {
            font: string;
            paddingLeft: string;
            paddingRight: string;
          };
        }
      ).getComputedStyle(el);
      const context = field.ownerDocument.createElement('canvas').getContext('2d') as {
        font: string;
        measureText(t: string): { width: number };
      };
      context.font = style.font;
      const room =
        field.clientWidth -
        Number.parseFloat(style.paddingLeft) -
        Number.parseFloat(style.paddingRight);
      return context.measureText(field.placeholder).width <= room;
    });
    expect(fits).toBe(true);
  });

  test('a long company name is clamped on a board card, the full name in its title and accessible name', async ({
    app,
    open,
  }) => {
    await seed(app);
    const page = await open('/pipeline');
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      const link = page.locator('.board-card .card-title', { hasText: 'The Extraordinarily' });
      await expect.poll(() => link.isVisible()).toBe(true);
      await settle(page);
      const lines = await link.evaluate((el) => {
        const style = (
          globalThis as unknown as { getComputedStyle(e: unknown): { lineHeight: string } }
        ).getComputedStyle(el);
        return (
          (el as unknown as { clientHeight: number }).clientHeight /
          Number.parseFloat(style.lineHeight)
        );
      });
      expect(Math.round(lines)).toBeLessThanOrEqual(2);
      expect(await link.getAttribute('title')).toBe(LONG);
      expect(await page.getByRole('link', { name: LONG, exact: true }).count()).toBe(1);
      expect(await sideways(page)).toBe(false);
    }
    await page.setViewportSize(DESKTOP);
  });

  test('the pipeline list fits a phone: no sideways scroll, every badge whole', async ({
    app,
    open,
  }) => {
    await seed(app);
    const page = await open('/pipeline?view=list');
    await page.setViewportSize(PHONE);
    await expect.poll(() => page.getByText('Initrode').first().isVisible()).toBe(true);
    await settle(page);
    expect(await sideways(page)).toBe(false);
    // Nothing inside scrolls sideways either: every row is on the screen.
    const outside = await page.evaluate(() => {
      type El = {
        getBoundingClientRect(): { right: number; left: number };
        textContent: string | null;
      };
      const d = globalThis as unknown as {
        document: { querySelectorAll(s: string): El[] };
        innerWidth: number;
      };
      return [...d.document.querySelectorAll('main a, main td, main .mantine-Badge-root')]
        .filter((e) => e.getBoundingClientRect().right > d.innerWidth + 1)
        .map((e) => e.textContent);
    });
    expect(outside).toEqual([]);
    expect(await cutTexts(page, '.mantine-Badge-label')).toEqual([]);
    expect(await page.getByText('Interviewing', { exact: true }).count()).toBeGreaterThan(0);
    // The long name is clamped here too, and whole in its title.
    const long = page.getByRole('link', { name: LONG, exact: true });
    expect(await long.getAttribute('title')).toBe(LONG);
  });

  test('status badges are never cut, on the board, the opportunity page and Today', async ({
    app,
    open,
  }) => {
    await seed(app);
    const page = await open('/pipeline');
    await page.setViewportSize(PHONE);
    for (const path of [
      '/pipeline?view=list',
      '/pipeline',
      `/opportunities/${ids.interviewing}`,
      `/opportunities/${ids.long}`,
      `/opportunities/${ids.closed}`,
      '/',
    ]) {
      await page.goto(`${app.url}${path}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      await settle(page);
      expect(await cutTexts(page, '.mantine-Badge-root, .mantine-Badge-label'), path).toEqual([]);
      expect(await sideways(page), path).toBe(false);
    }
    await page.setViewportSize(DESKTOP);
    await page.goto(`${app.url}/pipeline?view=list`);
    await expect.poll(() => page.getByText('Initrode').first().isVisible()).toBe(true);
    await settle(page);
    expect(await cutTexts(page, '.mantine-Badge-root, .mantine-Badge-label')).toEqual([]);
  });

  test('timeline labels never sit on one another, at phone and desktop width', async ({
    app,
    open,
  }) => {
    await seed(app);
    const page = await open(`/opportunities/${ids.interviewing}`);
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      const labels = page.locator('.timeline-dot-label');
      await expect.poll(() => labels.count()).toBe(6);
      await settle(page);
      const boxes: Box[] = [];
      for (const label of await labels.all()) {
        const box = await label.boundingBox();
        if (box) boxes.push(box);
      }
      expect(boxes).toHaveLength(6);
      const texts = await labels.allTextContents();
      const clashes: string[] = [];
      boxes.forEach((a, i) => {
        boxes.slice(i + 1).forEach((b, j) => {
          if (overlaps(a, b)) clashes.push(`${texts[i]} / ${texts[i + j + 1]}`);
        });
      });
      expect(clashes, `at ${size.width}px`).toEqual([]);
      const timeline = await page.locator('.timeline').boundingBox();
      if (!timeline) throw new Error('no timeline');
      for (const [i, b] of boxes.entries()) {
        expect(b.x, texts[i]).toBeGreaterThanOrEqual(timeline.x);
        expect(b.x + b.width, texts[i]).toBeLessThanOrEqual(timeline.x + timeline.width);
      }
      expect(await sideways(page)).toBe(false);
    }
  });

  test('the pipeline says it is loading, never "0 opportunities", until the list is there', async ({
    app,
    open,
  }) => {
    await seed(app);
    const page = await open('about:blank');
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/opportunities*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${app.url}/pipeline`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Pipeline' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByLabel('Loading the pipeline').isVisible()).toBe(true);
    expect(await page.getByText(/\b0 opportunities\b/).count()).toBe(0);
    expect(await page.getByText('Your pipeline is empty').count()).toBe(0);
    release();
    await expect
      .poll(() => page.getByText('3 opportunities', { exact: true }).isVisible())
      .toBe(true);
  });
});
