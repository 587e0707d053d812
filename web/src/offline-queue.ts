// Outcomes logged without a connection: kept on this device (localStorage) in the order they
// were logged, and sent when the connection is back. Each is either sent, or refused by the
// server and said so; none is dropped unsaid. Each is tagged with the account it was logged in,
// and only that account's session sends it or sees it (a shared computer, a job club's).
import { ApiError } from './api-errors.js';

const KEY = 'justenough-pending-outcomes';
/** The account last signed in on this browser ("local" in personal mode). */
const ACCOUNT = 'justenough-account';

export interface PendingOutcome {
  readonly opportunityId: string;
  readonly type: string;
  readonly note?: string;
  readonly until?: string;
  /** What the user clicked, and for whom: "Left voicemail · Jane Doe (Acme)". */
  readonly label: string;
  /** The day it happened, logged as such when sent later. */
  readonly on?: string;
  /** The account it was logged in. */
  readonly account: string;
}

/** Remembers who is signed in, as soon as the app knows: offline, it cannot ask. */
export function rememberAccount(account: string): void {
  if (localStorage.getItem(ACCOUNT) === account) return;
  localStorage.setItem(ACCOUNT, account);
  for (const listener of listeners) listener();
}

const currentAccount = (): string => localStorage.getItem(ACCOUNT) ?? 'local';

const listeners = new Set<() => void>();

function allPending(): PendingOutcome[] {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as PendingOutcome[]) : [];
  } catch {
    return [];
  }
}

/** The waiting outcomes of the account signed in. */
export function pendingOutcomes(): PendingOutcome[] {
  const account = currentAccount();
  return allPending().filter((item) => item.account === account);
}

function store(items: readonly PendingOutcome[]): void {
  if (items.length) localStorage.setItem(KEY, JSON.stringify(items));
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function queueOutcome(item: Omit<PendingOutcome, 'account'>): void {
  store([...allPending(), { ...item, account: currentAccount() }]);
}

/** Forgets the waiting outcomes of the account signed in (signing out: online, they were sent). */
export function clearPendingOutcomes(): void {
  const account = currentAccount();
  store(allPending().filter((item) => item.account !== account));
}

/** Takes one of this account's outcomes out of the queue, leaving every other one. */
function remove(sent: PendingOutcome): void {
  const all = allPending();
  const at = all.findIndex((item) => JSON.stringify(item) === JSON.stringify(sent));
  if (at >= 0) store([...all.slice(0, at), ...all.slice(at + 1)]);
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
      remove(next);
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
