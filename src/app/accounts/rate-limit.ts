import type { Store } from '../../store/store.js';
import { hashSecret } from './secrets.js';

/** How many attempts a key may make per window. */
export interface Limit {
  readonly attempts: number;
  readonly windowMinutes: number;
}

/** Sign-in: 10 tries per address and 50 per client address in 15 minutes. */
export const SIGN_IN_LIMITS = {
  perAccount: { attempts: 10, windowMinutes: 15 },
  perClient: { attempts: 50, windowMinutes: 15 },
} as const;

/** Resets: 3 e-mails per address and 20 per client address an hour. */
export const RESET_LIMITS = {
  perAccount: { attempts: 3, windowMinutes: 60 },
  perClient: { attempts: 20, windowMinutes: 60 },
} as const;

/**
 * Counts an attempt under each key, in the database so that every server
 * process counts the same; false once any key is over its limit. Keys are
 * stored hashed: the table does not list the addresses people tried.
 */
export async function withinLimits(
  store: Store,
  attempts: readonly { readonly key: string; readonly limit: Limit }[],
  now: Date = new Date(),
): Promise<boolean> {
  return store.transaction(async (q) => {
    let allowed = true;
    for (const { key, limit } of attempts) {
      const size = limit.windowMinutes * 60_000;
      // The window's start: ISO text sorts and compares across window sizes.
      const window = new Date(Math.floor(now.getTime() / size) * size).toISOString();
      const count = await q.countAttempt(hashSecret(`${limit.windowMinutes}:${key}`), window);
      if (count > limit.attempts) allowed = false;
    }
    // Windows that started more than a day ago are of no use any more.
    await q.forgetAttempts(new Date(now.getTime() - 86_400_000).toISOString());
    return allowed;
  });
}
