import * as z from 'zod';
import { count, list, nullableText, open, text } from './shapes.js';

// Reminders on this device (web push): the devices of the account and the key to subscribe with.

export const PushDevice = open({
  endpoint: z.string().describe("the device's push service address"),
  thankYous: z.boolean().describe("also a notification when an interview's thank-you is due"),
  lastSentOn: nullableText.describe('the last day a reminder went out'),
});

export const PushStatus = open({
  publicKey: z
    .string()
    .describe("the server's VAPID key: PushManager.subscribe's applicationServerKey"),
  devices: list(PushDevice),
});

/** A browser's PushSubscription.toJSON(), and the thank-you choice. */
export const PushSubscriptionBody = z.strictObject({
  endpoint: text,
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({ p256dh: text, auth: text }),
  thankYous: z.boolean().optional().describe('default true'),
});

export const PushEndpointBody = z.strictObject({ endpoint: text });

export const PushTestAnswer = open({
  sent: count,
  gone: count.describe('devices the push service no longer knows, now removed'),
  failed: list(z.string()),
});

export type PushStatusView = z.infer<typeof PushStatus>;
export type PushSubscriptionInput = z.infer<typeof PushSubscriptionBody>;
export type PushTestView = z.infer<typeof PushTestAnswer>;
