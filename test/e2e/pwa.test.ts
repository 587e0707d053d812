// The web app as an installed app on a phone: Chromium finds it installable, Today reads
// offline from the last list kept (saying how old it is), and an outcome logged offline is
// kept on the device and sent when the connection is back.
import { afterAll, beforeAll } from 'vitest';
import { launch, type Page, type Session } from './support/browser.js';
import { browserSuite, expect, test } from './support/fixture.js';
import { PHONE, shoot } from './support/screens.js';

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
    const cdp = await session.context.newCDPSession(page);
    const registration = new Promise<string>((resolve) => {
      cdp.on(
        'ServiceWorker.workerRegistrationUpdated',
        (e: { registrations: { registrationId: string; scopeURL: string }[] }) => {
          const ours = e.registrations.find((r) => r.scopeURL.startsWith(app.url));
          if (ours) resolve(ours.registrationId);
        },
      );
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: app.url,
      registrationId: await registration,
      data: JSON.stringify({
        title: 'Call Jane Doe (Acme) for the thank-you',
        body: 'The day after an interview: call to thank them.',
        tag: 'thank-you-1',
        url: '/opportunities/1',
        opportunityId: '1',
        actions: [
          { action: 'voicemail', title: 'Left voicemail' },
          { action: 'snooze', title: 'Snooze until tomorrow' },
        ],
      }),
    });
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
    await expect.poll(shown).toEqual([
      {
        title: 'Call Jane Doe (Acme) for the thank-you',
        body: 'The day after an interview: call to thank them.',
        actions: ['Left voicemail', 'Snooze until tomorrow'],
        data: { url: '/opportunities/1', opportunityId: '1' },
      },
    ]);
    await page.close();
  });
});
