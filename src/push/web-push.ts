import type { Agent } from 'node:https';
// Sending a reminder through the browser's push service, encrypted (aes128gcm, RFC 8291) and
// signed (VAPID, RFC 8292) by the web-push library.
import type { PushSend } from '../app/push/push.js';
import type { VapidKeys } from './vapid.js';

/** How long a push service keeps a reminder for a device that is off: the morning's day. */
const TTL_SECONDS = 12 * 60 * 60;

/** `agent`: how to reach push services (a proxy, or a private CA in tests); default Node's. */
export function webPushSender(keys: () => Promise<VapidKeys>, agent?: Agent): PushSend {
  return async (to, reminder) => {
    const { publicKey, privateKey, subject } = await keys();
    // Loaded at the first push: `serve` starts without it.
    const webpush = (await import('web-push')).default;
    try {
      await webpush.sendNotification(
        { endpoint: to.endpoint, keys: { p256dh: to.p256dh, auth: to.auth } },
        JSON.stringify(reminder),
        {
          vapidDetails: { subject, publicKey, privateKey },
          TTL: TTL_SECONDS,
          contentEncoding: 'aes128gcm',
          timeout: 10_000,
          urgency: 'normal',
          ...(agent ? { agent } : {}),
        },
      );
      return 'sent';
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 404 || status === 410) return 'gone';
      return { failed: status ? `the push service answered ${status}` : (error as Error).message };
    }
  };
}
