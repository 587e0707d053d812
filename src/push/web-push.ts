// Sending a reminder through the browser's push service, encrypted (aes128gcm, RFC 8291) and
// signed (VAPID, RFC 8292) by the web-push library.
import type { Agent } from 'node:https';
import type { PushSend } from '../app/push/push.js';
import {
  AddressRefusal,
  type AddressRules,
  allowedAddress,
  pinnedLookup,
} from '../fetch/private-address.js';
import type { VapidKeys } from './vapid.js';

/** How long a push service keeps a reminder for a device that is off: the morning's day. */
const TTL_SECONDS = 12 * 60 * 60;

export interface PushNetwork extends AddressRules {
  /** Certificates to trust besides the system's (a private CA: an intranet, the tests). */
  readonly ca?: string | Buffer;
}

/**
 * Each push goes to a public address only (unless `allowPrivate`), checked when it is sent: a
 * push service's name that pointed at a public address when the device subscribed may point
 * into the server's own network by the morning. The connection goes to the address checked.
 */
export function webPushSender(keys: () => Promise<VapidKeys>, network: PushNetwork = {}): PushSend {
  return async (to, reminder) => {
    // node:https (and TLS) loads with the first push: a server that sends none starts without it.
    const { Agent: HttpsAgent } = await import('node:https');
    let agent: Agent;
    try {
      const url = new URL(to.endpoint);
      if (url.protocol !== 'https:') return { failed: 'a push service address is an https URL' };
      const address = await allowedAddress(url.hostname, network);
      agent = new HttpsAgent({
        lookup: pinnedLookup(address),
        ...(network.ca ? { ca: network.ca } : {}),
      });
    } catch (error) {
      if (error instanceof AddressRefusal) return { failed: error.message };
      return { failed: 'the push service address is not a URL' };
    }
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
          agent,
        },
      );
      return 'sent';
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 404 || status === 410) return 'gone';
      return { failed: status ? `the push service answered ${status}` : (error as Error).message };
    } finally {
      agent.destroy();
    }
  };
}
