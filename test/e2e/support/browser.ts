// Debian's Chromium driven by playwright-core. Locally the browser tests are
// skipped when Chromium is missing; in CI they run and fail instead.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the browser tests run: always in CI (a missing browser fails them there). */
export const RUN_BROWSER_TESTS = existsSync(CHROMIUM) || Boolean(process.env.CI);

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Session {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A browser on a fresh profile; closing it removes the profile. */
export async function launch(
  options: {
    width?: number;
    height?: number;
    colorScheme?: 'light' | 'dark';
    /** A built extension's folder, loaded unpacked (`--load-extension`). */
    extension?: string;
    /**
     * Let the app's service worker run (the offline and install tests). Elsewhere it is blocked:
     * a test routes API requests itself, which a service worker would take first.
     */
    serviceWorkers?: boolean;
    /** More of Chromium's switches. */
    args?: readonly string[];
    /**
     * An X display (`:97`): a window on it instead of headless, for what only a real window
     * shows (a notification, scripts/notification-screenshot.ts).
     */
    display?: string;
  } = {},
): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it with apt-get install -y chromium`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'justenough-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !options.display,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    args: [
      ...ARGS,
      // Windowed: no bar warning of --no-sandbox over the page.
      ...(options.display ? ['--test-type', '--window-position=0,0'] : ['--headless']),
      ...(options.extension
        ? [
            `--disable-extensions-except=${options.extension}`,
            `--load-extension=${options.extension}`,
          ]
        : []),
      ...(options.args ?? []),
    ],
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: 'en-GB',
    timezoneId: 'America/Chicago',
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new page that fails the test on any uncaught page error or dialog. */
export async function openPage(
  session: Session,
  url: string,
): Promise<Page & { problems: string[] }> {
  const page = (await session.context.newPage()) as Page & { problems: string[] };
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    page.problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.goto(url);
  return page;
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { target: unknown; html: string; failureSummary?: string }[];
}

/**
 * Waits until no transition or animation runs on the page (an endless one, a spinner, never
 * finishes and is not waited for). Dialogs and menus fade and slide in: a click during the
 * slide can land while the dialog is still settling, and axe reads colours mid-fade as too pale.
 */
export async function motionSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    type Running = {
      playState: string;
      effect: { getComputedTiming(): { endTime?: number | string } } | null;
    };
    const doc = (globalThis as unknown as { document: { getAnimations(): Running[] } }).document;
    return doc
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity,
      );
  });
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // The server's Content-Security-Policy rightly refuses inline scripts, so
  // page.addScriptTag cannot add axe; evaluating through the DevTools protocol can.
  // First wait for fades to end: axe reads a title behind a half-faded overlay as too pale.
  await motionSettled(page);
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run();
    return result.violations as AxeViolation[];
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A violation list in words, for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}

export type { Browser, Page };

/** The dialog that has just opened, once it has finished sliding in and takes clicks. */
export async function openedDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await motionSettled(page);
  return dialog;
}
