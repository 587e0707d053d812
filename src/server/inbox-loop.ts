// Inside `serve`: syncs every connected mailbox every few minutes, and at once
// when IDLE says a message arrived. One sync at a time; a dropped IDLE
// connection comes back after a pause. Handled messages are keyed in the
// database, so a sync that breaks, or two servers syncing, log nothing twice.
import type { Clock } from '../app/context.js';
import { loginOf } from '../app/inbox/connection.js';
import type { InboxDeps } from '../app/inbox/deps.js';
import { syncInbox } from '../app/inbox/sync.js';
import type { Watch } from '../mail/imap-watch.js';
import type { Store } from '../store/store.js';
import { repeating } from './repeat.js';

export const SYNC_EVERY_MS = 5 * 60_000;

export interface InboxLoopDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly inbox: InboxDeps;
  readonly everyMs?: number;
  /** Use IMAP IDLE where the server has it (default: yes). */
  readonly idle?: boolean;
  readonly warn: (line: string) => void;
}

export interface InboxLoop {
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startInboxLoop(deps: InboxLoopDeps): InboxLoop {
  const watches = new Map<number, Watch>();
  const stopped = () => loop.stopped();
  const tick = () => loop.tick();

  async function watch(accountId: number): Promise<void> {
    if (stopped() || watches.has(accountId) || deps.idle === false) return;
    const c = await deps.store.read((q) => q.mailboxConnection(accountId));
    if (!c) return;
    try {
      // IMAP's code (imapflow, MIME) loads when a mailbox is watched, not at every start.
      const { watchInbox } = await import('../mail/imap-watch.js');
      const w = await watchInbox(loginOf(c, deps.inbox), () => void tick());
      if (!w) return;
      watches.set(accountId, w);
      void w.ended.then(() => {
        watches.delete(accountId);
        // Back after a pause: the next look (or this timer) watches again, and syncs what came meanwhile.
        if (!stopped()) setTimeout(() => void tick(), 5_000).unref();
      });
    } catch {
      // The sync records why the mailbox cannot be read; the timer tries again.
    }
  }

  async function look(): Promise<void> {
    const accounts = await deps.store.read((q) => q.mailboxAccounts());
    for (const accountId of accounts) {
      if (stopped()) return;
      const result = await syncInbox(
        { store: deps.store, clock: deps.clock, accountId },
        deps.inbox,
      ).catch((error: unknown) => ({ ok: false as const, message: (error as Error).message }));
      if (!result.ok) deps.warn(`inbox: ${result.message}`);
      else await watch(accountId);
    }
  }

  const loop = repeating(look, {
    everyMs: deps.everyMs ?? SYNC_EVERY_MS,
    warn: (error) => deps.warn(`inbox: ${error.message}`),
  });
  return {
    tick,
    async stop() {
      await loop.stop();
      await Promise.all([...watches.values()].map((w) => w.stop()));
    },
  };
}
