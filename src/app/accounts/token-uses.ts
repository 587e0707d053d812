import type { Store } from '../../store/store.js';

/** A token's use, to be noted as its last. */
export interface TokenUse {
  readonly accountId: number;
  readonly id: number;
  readonly at: string;
}

// The last use of each token is noted to the minute, and no request waits for it: the uses of
// a second are written a second later, together, in one transaction. At each minute's turn every
// busy token is due at once; written one by one, 200 of them (each waiting for its own commit)
// held up a shared deployment's answers for a whole second.
const WRITE_AFTER_MS = 1000;

interface Waiting {
  readonly uses: Map<string, TokenUse>;
  timer: NodeJS.Timeout | undefined;
}
const waitingOf = new WeakMap<Store, Waiting>();

/** Notes a token's use; it is written within a second (or by `writeTokenUses`). */
export function noteTokenUse(store: Store, use: TokenUse): void {
  let waiting = waitingOf.get(store);
  if (!waiting) {
    waiting = { uses: new Map(), timer: undefined };
    waitingOf.set(store, waiting);
  }
  waiting.uses.set(`${use.accountId}:${use.id}`, use);
  waiting.timer ??= setTimeout(() => void writeTokenUses(store), WRITE_AFTER_MS).unref();
}

/** Writes the uses noted so far, at once (a server that stops writes them first). */
export async function writeTokenUses(store: Store): Promise<void> {
  const waiting = waitingOf.get(store);
  if (!waiting) return;
  clearTimeout(waiting.timer);
  waiting.timer = undefined;
  const uses = [...waiting.uses.values()];
  waiting.uses.clear();
  if (uses.length === 0) return;
  // A token revoked meanwhile updates nothing. A write that fails loses only a stamp: the next
  // use notes it again, and the request it came from was answered long ago.
  await store
    .transaction(async (q) => {
      for (const u of uses) await q.markTokenUsed(u.accountId, u.id, u.at);
    })
    .catch(() => undefined);
}
