// The work a server does by itself (syncing mailboxes, pushing reminders): one look at a
// time, every `everyMs` and whenever asked; asked during a look, it looks once more after.

export interface Repeating {
  /** A look now, or once more after the one under way. */
  tick(): Promise<void>;
  /** Stops the timer and waits for a look under way to finish. */
  stop(): Promise<void>;
  stopped(): boolean;
}

export function repeating(
  look: () => Promise<void>,
  options: { readonly everyMs: number; readonly warn: (error: Error) => void },
): Repeating {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = look()
      .catch((error: unknown) => options.warn(error as Error))
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void tick();
        }
      });
    return running;
  };
  const timer = setInterval(() => void tick(), options.everyMs);
  timer.unref();
  void tick();
  return {
    tick,
    stopped: () => stopped,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
