// Reminders on this device (docs/api.md, /api/push): the server's key, the devices reminded.
import type { PushStatusView, PushTestView } from '../../src/contract/index.js';
import { request } from './api.js';

export type { PushStatusView };

export const pushKeys = { status: ['push'] as const };

export const pushApi = {
  status: () => request<PushStatusView>('GET', '/push'),
  subscribe: (subscription: PushSubscriptionJSON, thankYous: boolean) =>
    request<PushStatusView>('POST', '/push/subscriptions', {
      body: { ...subscription, thankYous },
    }),
  unsubscribe: (endpoint: string) =>
    request<PushStatusView>('DELETE', '/push/subscriptions', { body: { endpoint } }),
  test: () => request<PushTestView>('POST', '/push/test'),
};

/** This browser's push subscription, if it has one and a service worker runs. */
export async function thisDevice(): Promise<PushSubscription | null> {
  if (!('serviceWorker' in navigator)) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Whether this browser can be reminded at all: a service worker, Push and notifications. */
export const canPush = (): boolean =>
  'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
