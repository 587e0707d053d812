// Reminders on the phone (web push): the devices of an account, and the day's reminder sent
// to each at the morning time, once, however many server processes share the database.
import { Temporal } from '../../core/dates.js';
import {
  morningReminder,
  type PushReminder,
  thankYouReminder,
} from '../../formats/push-reminder.js';
import { dayOf } from '../account.js';
import type { AppContext } from '../context.js';
import { digestSettingsOf } from '../digest/settings.js';
import { attempt, type Result, refuse } from '../result.js';
import { today } from '../today.js';

/** A device as the browser's PushManager describes its subscription. */
export interface PushSubscriptionInput {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
  /** Also a notification when an interview's thank-you is due (default: yes). */
  readonly thankYous?: boolean | undefined;
}

export interface PushDevice {
  readonly endpoint: string;
  readonly thankYous: boolean;
  readonly lastSentOn: string | null;
}

/** Where a reminder goes: a push service's address and the keys it is encrypted to. */
export interface PushTarget {
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
}

/** Sends one reminder; `gone` when the push service no longer knows the device (404, 410). */
export type PushSend = (
  to: PushTarget,
  reminder: PushReminder,
) => Promise<'sent' | 'gone' | { readonly failed: string }>;

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const bytes = (text: string) => Buffer.from(text, 'base64url').length;

function checked(input: PushSubscriptionInput): PushSubscriptionInput {
  let url: URL | undefined;
  try {
    url = new URL(input.endpoint);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    input.endpoint.length > 2048
  )
    refuse(
      'invalid-input',
      'endpoint: the push service address a browser gives, an https URL',
      'endpoint',
    );
  const { p256dh, auth } = input.keys;
  if (!BASE64URL.test(p256dh) || bytes(p256dh) !== 65)
    refuse('invalid-input', 'keys.p256dh: the browser key, 65 bytes in base64url', 'keys.p256dh');
  if (!BASE64URL.test(auth) || bytes(auth) !== 16)
    refuse('invalid-input', 'keys.auth: the auth secret, 16 bytes in base64url', 'keys.auth');
  return input;
}

export function subscribePush(
  ctx: AppContext,
  input: PushSubscriptionInput,
): Promise<Result<PushDevice[]>> {
  return attempt(async () => {
    const { endpoint, keys, thankYous } = checked(input);
    return ctx.store.transaction(async (q) => {
      await q.savePushSubscription({
        endpoint,
        accountId: ctx.accountId,
        p256dh: keys.p256dh,
        auth: keys.auth,
        thankYous: thankYous ?? true,
      });
      return devices(await q.pushSubscriptions(ctx.accountId));
    });
  });
}

const devices = (rows: readonly (PushDevice & PushTarget)[]): PushDevice[] =>
  rows.map(({ endpoint, thankYous, lastSentOn }) => ({ endpoint, thankYous, lastSentOn }));

export function unsubscribePush(ctx: AppContext, endpoint: string): Promise<Result<PushDevice[]>> {
  return attempt(() =>
    ctx.store.transaction(async (q) => {
      await q.deletePushSubscription(ctx.accountId, endpoint);
      return devices(await q.pushSubscriptions(ctx.accountId));
    }),
  );
}

export async function pushDevices(ctx: AppContext): Promise<PushDevice[]> {
  return devices(await ctx.store.read((q) => q.pushSubscriptions(ctx.accountId)));
}

export type PushRun =
  | { readonly outcome: 'no-devices' | 'nothing-due' }
  | { readonly outcome: 'not-yet'; readonly sendAt: string }
  | {
      readonly outcome: 'done';
      readonly sent: number;
      readonly gone: number;
      readonly failed: string[];
    };

/** The reminders of today: the morning's list, and each thank-you call due today if wanted. */
async function remindersOf(ctx: AppContext) {
  // The list carries the user's number of follow-ups: no second read of the settings.
  const view = await today(ctx);
  const thankYous = view.items
    .filter((i) => i.action === 'thank-you-call' && !i.overdue)
    .map((i) => thankYouReminder(i, view.maxFollowUps));
  return { morning: morningReminder(view.items), thankYous };
}

/**
 * At or after the morning time (the morning e-mail's `sendAt`), each device gets the day's
 * reminders once: the claim on its row decides which process sends. `now` sends at once (a
 * test from Settings), claiming nothing. A device the push service forgot is removed.
 */
export async function sendDuePushes(
  ctx: AppContext,
  send: PushSend,
  options: { readonly now?: boolean } = {},
): Promise<PushRun> {
  const { now, date, sendAt, targets } = await ctx.store.read(async (q) => {
    const day = await dayOf(q, ctx);
    return {
      now: day.now,
      date: day.today.toString(),
      sendAt: (await digestSettingsOf(q, ctx.accountId)).sendAt,
      targets: await q.pushSubscriptions(ctx.accountId),
    };
  });
  if (targets.length === 0) return { outcome: 'no-devices' };
  if (
    !options.now &&
    Temporal.PlainTime.compare(now.toPlainTime(), Temporal.PlainTime.from(sendAt)) < 0
  )
    return { outcome: 'not-yet', sendAt };
  const { morning, thankYous } = await remindersOf(ctx);
  const test: PushReminder = {
    title: 'Reminders work on this device',
    body: 'JustEnough will remind you here each morning of whom to contact.',
    tag: 'test',
    url: '/',
  };
  if (!morning && !options.now) return { outcome: 'nothing-due' };
  let sent = 0;
  let gone = 0;
  const failed: string[] = [];
  for (const target of targets) {
    if (
      !options.now &&
      !(await ctx.store.transaction((q) => q.claimPushDay(target.endpoint, date)))
    )
      continue;
    const reminders = [morning ?? test, ...(target.thankYous ? thankYous : [])];
    for (const reminder of reminders) {
      const result = await send(target, reminder);
      if (result === 'sent') sent++;
      else if (result === 'gone') {
        gone++;
        await ctx.store.transaction((q) =>
          q.deletePushSubscription(ctx.accountId, target.endpoint),
        );
        break;
      } else failed.push(result.failed);
    }
  }
  return { outcome: 'done', sent, gone, failed };
}
