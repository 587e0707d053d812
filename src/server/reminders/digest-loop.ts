// Inside `serve`: every minute, asks whether a morning e-mail is due for each
// account that wants one, and sends it. The claim in the database makes sure
// that several servers on one database send each e-mail once.
import type { Clock } from '../../app/context.js';
import { type DigestDeps, type DigestRun, sendDueDigest } from '../../app/digest/digest.js';
import type { Store } from '../../store/store.js';

export const CHECK_EVERY_MS = 60_000;

export interface DigestLoopDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly mail: DigestDeps;
  /** How often to look; default every minute. */
  readonly everyMs?: number;
  /** Where a failure is told: a failed send (recorded too), or a broken database. */
  readonly warn: (line: string) => void;
}

export interface DigestLoop {
  /** One look at every account now (the loop does this by itself). */
  tick(): Promise<void>;
  /** Stops the timer and waits for a look under way to finish. */
  stop(): Promise<void>;
}

function describe(run: DigestRun): string | null {
  if (run.outcome !== 'failed') return null;
  const { send } = run;
  return `morning e-mail of ${send.day} not sent (attempt ${send.attempts}): ${send.lastError ?? 'unknown error'}${
    send.nextAttemptAt ? `; trying again at ${send.nextAttemptAt}` : '; giving up for today'
  }`;
}

export function startDigestLoop(deps: DigestLoopDeps): DigestLoop {
  let running: Promise<void> | null = null;
  let stopped = false;

  async function look(): Promise<void> {
    const accounts = await deps.store.read((q) => q.digestAccounts());
    for (const accountId of accounts) {
      if (stopped) return;
      try {
        const run = await sendDueDigest(
          { store: deps.store, clock: deps.clock, accountId },
          deps.mail,
        );
        const line = describe(run);
        if (line) deps.warn(line);
      } catch (error) {
        deps.warn(`morning e-mail: ${(error as Error).message}`);
      }
    }
  }

  // One look at a time: a slow SMTP server must not pile them up.
  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= look()
      .catch((error: unknown) => deps.warn(`morning e-mail: ${(error as Error).message}`))
      .finally(() => {
        running = null;
      });
    return running;
  };

  // The first look at once; then at each whole minute of the wall clock, so that servers
  // sharing a database look together and the claim, not luck, decides who sends.
  const every = deps.everyMs ?? CHECK_EVERY_MS;
  const first = setTimeout(() => void tick(), 0);
  first.unref();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        void tick();
        schedule();
      },
      every - (Date.now() % every),
    );
    timer.unref();
  };
  schedule();
  return {
    tick,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearTimeout(timer);
      await running;
    },
  };
}
