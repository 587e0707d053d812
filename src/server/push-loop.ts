// Inside `serve`: every minute, the accounts with a device to remind get the day's reminder
// once their morning time has come (app/push/push.ts claims each device's day).
import type { Clock } from '../app/context.js';
import { type PushSend, sendDuePushes } from '../app/push/push.js';
import type { Store } from '../store/store.js';
import { type Repeating, repeating } from './repeat.js';

export type PushLoop = Repeating;

export function startPushLoop(deps: {
  readonly store: Store;
  readonly clock: Clock;
  readonly send: PushSend;
  readonly everyMs: number;
  readonly warn: (line: string) => void;
}): PushLoop {
  const loop = repeating(
    async () => {
      for (const accountId of await deps.store.read((q) => q.pushAccounts())) {
        if (loop.stopped()) return;
        const ctx = { store: deps.store, clock: deps.clock, accountId };
        const run = await sendDuePushes(ctx, deps.send);
        if (run.outcome === 'done')
          for (const failure of run.failed) deps.warn(`reminder on a device not sent: ${failure}`);
      }
    },
    {
      everyMs: deps.everyMs,
      warn: (error) => deps.warn(`reminders on devices: ${error.message}`),
    },
  );
  return loop;
}
