/// <reference lib="webworker" />
// The service worker: the app's files precached (it opens without a network), the last Today
// list kept for reading offline, and the reminders pushed to this device.
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { OFFLINE_HEADER, TODAY_CACHE } from './offline-names.js';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: unknown[] };

precacheAndRoute(self.__WB_MANIFEST as Parameters<typeof precacheAndRoute>[0]);
cleanupOutdatedCaches();

// Every page of the app is the same index.html; the API, the calendar feed and the OpenAPI
// document are the server's.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/api\//, /^\/calendar\//],
  }),
);

const TODAY = '/api/today';

/** Today from the network, kept with the time it was fetched; offline, the last one kept. */
async function today(request: Request): Promise<Response> {
  const cache = await caches.open(TODAY_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.status === 200) {
      const headers = new Headers(response.headers);
      headers.delete('content-encoding');
      headers.delete('content-length');
      headers.set(OFFLINE_HEADER, new Date().toISOString());
      const body = await response.clone().arrayBuffer();
      await cache.put(TODAY, new Response(body, { status: 200, headers }));
    }
    return response;
  } catch (error) {
    const kept = await cache.match(TODAY);
    if (!kept) throw error;
    return kept;
  }
}

registerRoute(
  // A coach's view of a client (X-Client-Account) is never kept on the coach's device.
  ({ url, request }) =>
    url.pathname === TODAY && !url.search && !request.headers.has('x-client-account'),
  ({ request }) => today(request),
);

// "Reload" on the update prompt: the new version takes over at once.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

interface Reminder {
  readonly title: string;
  readonly body: string;
  readonly tag?: string;
  /** The page a tap opens. */
  readonly url?: string;
  /** One step's buttons ("Left voicemail", "Snooze until tomorrow"), where the platform shows them. */
  readonly actions?: { action: string; title: string }[];
  /** What the buttons act on. */
  readonly opportunityId?: string;
}

self.addEventListener('push', (event) => {
  let reminder: Reminder;
  try {
    reminder = event.data?.json() as Reminder;
  } catch {
    reminder = {
      title: 'JustEnough',
      body: event.data?.text() ?? 'Open Today to see whom to contact.',
    };
  }
  event.waitUntil(
    self.registration.showNotification(reminder.title, {
      body: reminder.body,
      tag: reminder.tag ?? 'today',
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      data: { url: reminder.url ?? '/', opportunityId: reminder.opportunityId },
      ...(reminder.actions ? { actions: reminder.actions } : {}),
    } as NotificationOptions),
  );
});

async function openApp(url: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
  if (open) {
    await open.focus();
    await open.navigate(url);
  } else {
    await self.clients.openWindow(url);
  }
}

self.addEventListener('notificationclick', (event) => {
  const data = event.notification.data as { url: string; opportunityId?: string };
  event.notification.close();
  if (event.action === 'voicemail' && data.opportunityId) {
    // Logged as the button on Today logs it; if that fails, Today opens to do it by hand.
    event.waitUntil(
      fetch(`/api/opportunities/${encodeURIComponent(data.opportunityId)}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ type: 'voicemail' }),
      })
        .then((r) => (r.ok ? undefined : openApp(data.url)))
        .catch(() => openApp(data.url)),
    );
    return;
  }
  // "Snooze until tomorrow": nothing to log; the step is in tomorrow's reminder again.
  if (event.action === 'snooze') return;
  event.waitUntil(openApp(data.url));
});
