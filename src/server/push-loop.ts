// Inside `serve`: every minute, the accounts with a device to remind get the day's reminder
// once their morning time has come (app/push/push.ts claims each device's day).
import type { Clock } from '../app/context.js';
import { type PushSend, sendDuePushes } from '../app/push/push.js';
import type { Store } from '../store/store.js';

export interface PushLoop {
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startPushLoop(deps: {
  readonly store: Store;
  readonly clock: Clock;
  readonly send: PushSend;
  readonly everyMs: number;
  readonly warn: (line: string) => void;
}): PushLoop {
  let running: Promise<void> | null = null;
  let stopped = false;
  const look = async () => {
    for (const accountId of await deps.store.read((q) => q.pushAccounts())) {
      if (stopped) return;
      const run = await sendDuePushes(
        { store: deps.store, clock: deps.clock, accountId },
        deps.send,
      );
      if (run.outcome === 'done')
        for (const failure of run.failed) deps.warn(`reminder on a device not sent: ${failure}`);
    }
  };
  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= look()
      .catch((error: unknown) => deps.warn(`reminders on devices: ${(error as Error).message}`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), deps.everyMs);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
