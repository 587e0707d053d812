// Outcomes logged without a connection: kept on this device (localStorage) in the order they
// were logged, and sent when the connection is back. Each is either sent, or refused by the
// server and said so; none is dropped unsaid.
import { ApiError } from './api-errors.js';

const KEY = 'justenough-pending-outcomes';

export interface PendingOutcome {
  readonly opportunityId: string;
  readonly type: string;
  readonly note?: string;
  readonly until?: string;
  /** What the user clicked, and for whom: "Left voicemail · Jane Doe (Acme)". */
  readonly label: string;
  /** The day it happened, logged as such when sent later. */
  readonly on?: string;
}

const listeners = new Set<() => void>();

export function pendingOutcomes(): PendingOutcome[] {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as PendingOutcome[]) : [];
  } catch {
    return [];
  }
}

function store(items: readonly PendingOutcome[]): void {
  if (items.length) localStorage.setItem(KEY, JSON.stringify(items));
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function queueOutcome(item: PendingOutcome): void {
  store([...pendingOutcomes(), item]);
}

/** Forgets every waiting outcome (signing out: they are this account's). */
export function clearPendingOutcomes(): void {
  store([]);
}

export function onPendingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a failure is the network's (no answer at all), not the server's refusal. */
export const isOffline = (error: unknown): boolean =>
  !(error instanceof ApiError) && (error instanceof TypeError || !navigator.onLine);

let flushing = false;

/**
 * Sends the waiting outcomes, oldest first. A refusal is reported and the outcome dropped;
 * a network failure stops, keeping it and those after it for the next time.
 */
export async function flushOutcomes(
  send: (item: PendingOutcome) => Promise<unknown>,
  report: (item: PendingOutcome, result: 'sent' | { refused: unknown }) => void,
): Promise<void> {
  if (flushing) return;
  flushing = true;
  try {
    for (;;) {
      const [next] = pendingOutcomes();
      if (!next) return;
      try {
        await send(next);
        report(next, 'sent');
      } catch (error) {
        if (isOffline(error)) return;
        report(next, { refused: error });
      }
      store(pendingOutcomes().slice(1));
    }
  } finally {
    flushing = false;
  }
}

/** Tells of the browser going on- or offline. */
export function subscribeOnline(changed: () => void): () => void {
  window.addEventListener('online', changed);
  window.addEventListener('offline', changed);
  return () => {
    window.removeEventListener('online', changed);
    window.removeEventListener('offline', changed);
  };
}
