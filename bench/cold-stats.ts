import type { AppContext } from '../src/app/context.js';
import { logEvent } from '../src/app/events.js';
import { stats } from '../src/app/progress/stats.js';

/**
 * Times `stats` right after a write to the account (a note logged, untimed): the account's
 * revision changed, so the versions of its opportunities are read, and the timeline of the one
 * written is read and replayed again. Milliseconds.
 */
export async function coldStats(ctx: AppContext, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const logged = await logEvent(ctx, { opportunity: '1', type: 'note', note: 'bench' });
    if (!logged.ok) throw new Error(logged.message);
    const start = performance.now();
    const result = await stats(ctx);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(result.message);
  }
  return times;
}
