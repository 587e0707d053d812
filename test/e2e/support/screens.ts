// Screenshots for the README, at desktop and phone width. A test run takes them
// and checks them but keeps them in memory; `npm run screenshots` sets
// JUSTENOUGH_SCREENSHOTS=docs/screenshots and they are written there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Where screenshots are written, or null: a test run leaves the checkout as it was. */
export const SCREENSHOTS = process.env.JUSTENOUGH_SCREENSHOTS
  ? resolve(ROOT, process.env.JUSTENOUGH_SCREENSHOTS)
  : null;

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Waits until the page has settled: data loaded, no spinner, fonts drawn. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .getByLabel(/^Loading/)
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {});
  await page.evaluate(
    () =>
      (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts
        .ready,
  );
  await page.waitForTimeout(150);
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

/** Takes <name>-<size>.png of the viewport, written only when screenshots are refreshed. */
export async function shoot(page: Page, name: string, size: 'desktop' | 'phone'): Promise<void> {
  await settle(page);
  const image = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  expect(image.subarray(0, 4).equals(PNG), `${name}-${size} is a PNG`).toBe(true);
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, `${name}-${size}.png`), image);
}
