// The web app as an installed app on a phone: Chromium finds it installable, Today reads
// offline from the last list kept (saying how old it is), and an outcome logged offline is
// kept on the device and sent when the connection is back.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import { launch, type Page, type Session } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { pushDelivery } from './support/push-delivery.js';
import { PHONE, shoot } from './support/screens.js';
import { CLI, type RunningServer, startServer } from './support/server.js';

test.override('now', '2026-11-27');

let session: Session;
beforeAll(async () => {
  // Chromium offers to install an app only after some use of it; this switch offers it at once.
  session = await launch({
    ...PHONE,
    serviceWorkers: true,
    args: ['--bypass-app-banner-engagement-checks'],
  });
});
afterAll(() => session?.close());

/** The page once the service worker controls it (it does from the first reload). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const nav = (
      globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } }
    ).navigator;
    await nav.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (globalThis as unknown as { navigator: { serviceWorker: { controller: unknown } } })
            .navigator.serviceWorker.controller !== null,
      ),
    )
    .toBe(true);
}

browserSuite('the installed app', 120_000, () => {
  test.beforeAll(async ({ app }) => {
    // Applied on Mon 23 Nov: follow-up #1 is due today, Fri 27 Nov.
    await app.api('POST', '/opportunities', {
      kind: 'job',
      company: 'Acme',
      title: 'Data Analyst',
      contact: { name: 'Jane Doe', phone: '312 555 0199' },
      appliedOn: '2026-11-23',
    });
  });

  test('is installable: a manifest with its icons, and a service worker that controls the page', async ({
    app,
  }) => {
    const page = await session.context.newPage();
    await page.goto(`${app.url}/`);
    await controlled(page);
    const cdp = await session.context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      errors: unknown[];
      data?: string;
    };
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
      name: 'JustEnough',
      display: 'standalone',
      start_url: '/',
    });
    const installability = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installability.installabilityErrors).toEqual([]);

    // The browser's offer, in the app's words, until "Not now".
    const offer = page.getByRole('region', { name: 'Install JustEnough' });
    await offer.waitFor();
    await offer.scrollIntoViewIfNeeded();
    await shoot(page, 'install-prompt', 'phone');
    await offer.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => offer.count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(await offer.count()).toBe(0);
    await page.close();
  });

  test('reads Today offline, as of when it was fetched, and sends an outcome kept offline when back', async ({
    app,
  }) => {
    const page = await session.context.newPage();
    await page.goto(`${app.url}/`);
    await controlled(page);
    const card = page.getByRole('article', { name: /Jane Doe/ });
    await card.waitFor();

    // Another account's outcome, kept on this browser from an earlier session (a shared computer):
    // this session neither counts it, nor sends it, nor drops it.
    const foreign = {
      opportunityId: '1',
      type: 'talked',
      label: 'Talked · Someone',
      account: '42',
    };
    await page.evaluate((item) => {
      const storage = (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage;
      storage.setItem('justenough-pending-outcomes', JSON.stringify([item]));
    }, foreign);

    await session.context.setOffline(true);
    await page.reload();
    await card.waitFor();
    const banner = page.locator('.offline-banner');
    await expect
      .poll(() => banner.textContent())
      .toMatch(/^You are offline\. Today's list is as of \d{2}:\d{2}\./);
    await shoot(page, 'today-offline', 'phone');

    await card.getByRole('button', { name: 'Left voicemail' }).click();
    await expect.poll(() => banner.textContent()).toContain('1 outcome waits on this device');
    await expect.poll(() => page.getByText('Kept on this device').isVisible()).toBe(true);
    const before = await app.api<{ events: { type: string }[] }>('GET', '/opportunities/1');
    expect(before.events.map((e) => e.type)).toEqual(['applied']);

    await session.context.setOffline(false);
    await expect
      .poll(() => page.getByText('Left voicemail · Jane Doe: logged.').isVisible())
      .toBe(true);
    const after = await app.api<{ events: { type: string; date: string }[] }>(
      'GET',
      '/opportunities/1',
    );
    expect(after.events.map((e) => [e.type, e.date])).toEqual([
      ['applied', '2026-11-23'],
      ['voicemail', '2026-11-27'],
    ]);
    await expect.poll(() => banner.count()).toBe(0);
    const kept = await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { getItem(k: string): string | null } }
      ).localStorage.getItem('justenough-pending-outcomes'),
    );
    expect(JSON.parse(kept ?? '[]')).toEqual([foreign]);
    await page.close();
  });
});

browserSuite('reminders on this device', 120_000, () => {
  test('Settings offers them, with a word for iPhones; a pushed reminder shows with its buttons', async ({
    app,
  }) => {
    await session.context.grantPermissions(['notifications'], { origin: app.url });
    const page = await session.context.newPage();
    await page.goto(`${app.url}/settings`);
    await controlled(page);
    await page
      .getByRole('button', { name: 'Remind me on this device' })
      .waitFor({ timeout: 5000 })
      .catch(async () => {
        throw new Error(
          String(
            await page.locator('section', { hasText: 'Reminders on this device' }).textContent(),
          ),
        );
      });
    expect(
      await page.getByText(/On an iPhone or iPad, add JustEnough to the Home Screen/).count(),
    ).toBe(1);

    // The push service of a real browser is the vendor's: the message is handed to the
    // service worker as the browser does when one arrives.
    const { id } = await app.api<{ id: string }>('POST', '/opportunities', {
      kind: 'job',
      company: 'Acme',
      title: 'Data Analyst',
      contact: { name: 'Jane Doe', phone: '312 555 0199' },
      appliedOn: '2026-11-23',
    });
    const push = await pushDelivery(session.context, page, app.url);
    const deliver = () =>
      push(
        JSON.stringify({
          title: 'Call Jane Doe (Acme) for the thank-you',
          body: 'The day after an interview: call to thank them.',
          tag: `thank-you-${id}`,
          url: `/opportunities/${id}`,
          opportunityId: id,
          actions: [
            { action: 'voicemail', title: 'Left voicemail' },
            { action: 'snooze', title: 'Snooze until tomorrow' },
          ],
        }),
      );
    const shown = () =>
      page.evaluate(async () => {
        const nav = globalThis as unknown as {
          navigator: {
            serviceWorker: {
              ready: Promise<{
                getNotifications(): Promise<
                  { title: string; body: string; actions: { title: string }[]; data: unknown }[]
                >;
              }>;
            };
          };
        };
        const list = await (await nav.navigator.serviceWorker.ready).getNotifications();
        return list.map((n) => ({
          title: n.title,
          body: n.body,
          actions: n.actions.map((a) => a.title),
          data: n.data,
        }));
      });
    // DevTools hands a message to a worker that is starting up, now and then, to no effect (seen
    // once in a few runs of this file): it is handed again until the notification shows.
    const delivered = async (count: number) => {
      for (let attempt = 0; attempt < 5; attempt++) {
        await deliver();
        const deadline = Date.now() + 3000;
        while (Date.now() < deadline) {
          if ((await shown()).length === count) return;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error(`no notification shown after 5 pushes`);
    };
    await delivered(1);
    await expect.poll(shown).toEqual([
      {
        title: 'Call Jane Doe (Acme) for the thank-you',
        body: 'The day after an interview: call to thank them.',
        actions: ['Left voicemail', 'Snooze until tomorrow'],
        data: { url: `/opportunities/${id}`, opportunityId: id },
      },
    ]);

    // Its buttons, as the service worker's notificationclick handler receives them. A browser
    // tells no test when its notification is tapped: the event is dispatched in the worker, on
    // the notification shown, with the button's action.
    const worker = session.context.serviceWorkers().find((w) => w.url().startsWith(app.url));
    if (!worker) throw new Error('no service worker runs for the app');
    const tap = (action: string) =>
      worker.evaluate(async (chosen) => {
        const sw = globalThis as unknown as {
          registration: { getNotifications(): Promise<unknown[]> };
          dispatchEvent(event: unknown): void;
          NotificationEvent: new (
            type: string,
            init: { notification: unknown; action: string },
          ) => unknown;
        };
        const [notification] = await sw.registration.getNotifications();
        try {
          sw.dispatchEvent(
            new sw.NotificationEvent('notificationclick', { notification, action: chosen }),
          );
        } catch {
          // waitUntil refuses an event the browser did not send; what the handler began goes on.
        }
      }, action);
    const logged = async () =>
      (await app.api<{ events: { type: string }[] }>('GET', `/opportunities/${id}`)).events.map(
        (e) => e.type,
      );
    // "Left voicemail" logs it from the notification, as the button on Today does.
    await tap('voicemail');
    await expect.poll(shown).toEqual([]);
    await expect.poll(logged).toEqual(['applied', 'voicemail']);
    // "Snooze until tomorrow" closes it and logs nothing.
    await delivered(1);
    await tap('snooze');
    await expect.poll(shown).toEqual([]);
    expect(await logged()).toEqual(['applied', 'voicemail']);
    await page.close();
  });
});

browserSuite('a new version deployed', 120_000, () => {
  // An install of its own (the built dist/ copied, node_modules shared), so that the test can
  // deploy a new version into it without touching the build the other tests use.
  const install = mkdtempSync(join(tmpdir(), 'justenough-install-'));
  const data = mkdtempSync(join(tmpdir(), 'justenough-data-'));
  let server: RunningServer;
  beforeAll(async () => {
    const root = join(CLI, '..', '..', '..');
    cpSync(join(root, 'package.json'), join(install, 'package.json'));
    cpSync(join(root, 'dist'), join(install, 'dist'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(install, 'node_modules'));
    server = await startServer(data, '2026-11-27', {
      cli: join(install, 'dist', 'cli', 'main.js'),
    });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(install, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  });

  test('waits for the user: a prompt says it is ready, and "Reload" brings it in', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.url}/`);
    await controlled(page);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

    // The deployment: the service worker's file changes (here, by one line), as with every build.
    const web = join(install, 'dist', 'web');
    const worker = `${readFileSync(join(web, 'sw.js'), 'utf8')}\nself.deployed = 'next';\n`;
    writeFileSync(join(web, 'sw.js'), worker);
    writeFileSync(join(web, 'sw.js.br'), brotliCompressSync(worker));
    writeFileSync(join(web, 'sw.js.gz'), gzipSync(worker));
    // The browser looks for it at each visit; the test does not wait for the next one.
    await page.evaluate(async () => {
      const nav = globalThis as unknown as {
        navigator: { serviceWorker: { ready: Promise<{ update(): Promise<void> }> } };
      };
      await (await nav.navigator.serviceWorker.ready).update();
    });
    const prompt = page
      .getByRole('alert')
      .filter({ hasText: 'A new version of JustEnough is ready' });
    await prompt.waitFor();
    await shoot(page, 'update-prompt', 'phone');
    // Each version of the worker running, and its state.
    const versions = () =>
      Promise.all(
        session.context
          .serviceWorkers()
          .filter((w) => w.url().startsWith(server.url))
          .map((w) =>
            w.evaluate(() => {
              const sw = globalThis as unknown as {
                deployed?: string;
                serviceWorker: { state: string };
              };
              return `${sw.deployed ?? 'first'}: ${sw.serviceWorker.state}`;
            }),
          ),
      );
    // Nothing changes under the user's hands until they say so: the first version still runs
    // the page, and the new one waits.
    await expect
      .poll(versions)
      .toEqual(expect.arrayContaining(['first: activated', 'next: installed']));
    await page.evaluate(() => {
      (globalThis as unknown as { beforeReload?: boolean }).beforeReload = true;
    });
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () => (globalThis as unknown as { beforeReload?: boolean }).beforeReload ?? false,
        ),
      )
      .toBe(false);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await expect
      .poll(async () => (await versions()).filter((v) => v.endsWith(': activated')))
      .toEqual(['next: activated']);
    expect(await prompt.count()).toBe(0);
    await page.close();
  });
});
