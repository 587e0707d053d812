// Screenshots for the README, taken by the tests at desktop and phone width.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Waits until the page has settled: data loaded, no spinner, fonts drawn. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.mantine-Loader-root')
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

/** Saves docs/screenshots/<name>-<size>.png of the viewport. */
export async function shoot(page: Page, name: string, size: 'desktop' | 'phone'): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settle(page);
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}-${size}.png`),
    animations: 'disabled',
    caret: 'hide',
  });
}
