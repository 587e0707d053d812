// The set-up every browser test shares, as vitest fixtures: a real server on a
// temporary data directory and a fixed clock, a Chromium on a fresh profile, and
// pages that fail the test on any page error or dialog. A file sets its day with
// `test.override('now', '2026-11-27')`; `app.restartOn(day)` moves the clock.
import { test as base, describe, expect } from 'vitest';
import { type SmtpPeer, startSmtpPeer } from '../../../src/mail/test-support/smtp-peer.js';
import { launch, openPage, type Page, RUN_BROWSER_TESTS, type Session } from './browser.js';
import {
  apiCall,
  type RunningServer,
  runCli,
  type ServeMode,
  startServer,
  tempDataDir,
} from './server.js';

export interface App {
  /** The server's address, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** Stops the server and starts it again on the same data, on another day. */
  restartOn(now: string): Promise<void>;
  /** Calls the API as the command line would (no Origin header). */
  api<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** Runs the command line on the server's data (`accounts add` ...), as an operator does. */
  cli(args: readonly string[], input?: string): string;
  /** Shared mode: the deployment's SMTP server, a real local peer that keeps what it receives. */
  readonly mail: SmtpPeer | null;
}

export type TestPage = Page & { problems: string[] };

export const test = base
  .extend('now', { scope: 'file' }, '2026-11-23')
  .extend('colorScheme', { scope: 'file' }, 'light' as 'light' | 'dark')
  /** `test.override('mode', { accounts: true })`: the server in shared mode, with an SMTP peer. */
  .extend('mode', { scope: 'file' }, {} as ServeMode)
  .extend('app', { scope: 'file' }, async ({ now, mode }, { onCleanup }): Promise<App> => {
    const data = tempDataDir();
    const mail = mode.accounts ? await startSmtpPeer() : null;
    const serveMode: ServeMode = mail
      ? {
          ...mode,
          env: {
            JUSTENOUGH_SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
            JUSTENOUGH_SMTP_FROM: 'JustEnough <accounts@justenough.test>',
            JUSTENOUGH_SMTP_ALLOW_UNENCRYPTED: 'true',
            ...mode.env,
          },
        }
      : mode;
    let server: RunningServer = await startServer(data.dir, now, serveMode);
    onCleanup(async () => {
      await server.stop();
      await mail?.close();
      data.remove();
    });
    return {
      mail,
      cli: (args, input) => runCli(data.dir, args, input),
      get url() {
        return server.url;
      },
      restartOn: async (day) => {
        await server.stop();
        server = await startServer(data.dir, day, serveMode);
      },
      api: (method, path, body) => apiCall(server, method, path, body),
    };
  })
  .extend(
    'browser',
    { scope: 'file' },
    async ({ colorScheme }, { onCleanup }): Promise<Session> => {
      const session = await launch({ colorScheme });
      onCleanup(() => session.close());
      return session;
    },
  )
  /** Opens a page of the app (a path such as '/pipeline'); each is checked and closed after the test. */
  .extend('open', async ({ app, browser }, { onCleanup }) => {
    const pages: TestPage[] = [];
    onCleanup(async () => {
      const problems = pages.flatMap((p) => p.problems);
      await Promise.all(pages.map((p) => p.close()));
      expect(problems, 'errors or dialogs in the page').toEqual([]);
    });
    return async (path: string): Promise<TestPage> => {
      const page = await openPage(browser, path.startsWith('/') ? `${app.url}${path}` : path);
      pages.push(page);
      return page;
    };
  });

/** A describe for browser tests: skipped locally without Chromium, failing in CI without it. */
export const browserSuite = (name: string, timeout: number, body: () => void) =>
  describe.skipIf(!RUN_BROWSER_TESTS)(name, { timeout }, body);

export { expect };
