// A pushed message handed to the app's service worker as the browser hands one from its push
// service: a real browser's push service is the vendor's, out of a test's reach.
import type { BrowserContext, Page } from 'playwright-core';

/** Delivers `data` (the message as the device decrypted it) to the service worker of `origin`. */
export async function pushDelivery(
  context: BrowserContext,
  page: Page,
  origin: string,
): Promise<(data: string) => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  const registration = new Promise<string>((resolve) => {
    cdp.on(
      'ServiceWorker.workerRegistrationUpdated',
      (e: { registrations: { registrationId: string; scopeURL: string }[] }) => {
        const ours = e.registrations.find((r) => r.scopeURL.startsWith(origin));
        if (ours) resolve(ours.registrationId);
      },
    );
  });
  await cdp.send('ServiceWorker.enable');
  return async (data) => {
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin,
      registrationId: await registration,
      data,
    });
  };
}
