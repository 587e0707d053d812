import { stats as statsOf } from '../../app/progress/stats.js';
import { renderStats } from '../render-stats.js';
import type { Run } from '../run-command.js';
import { finish, withApp } from '../run-command.js';

/** `stats [--from DATE] [--to DATE] [--json]`: the numbers of the search. */
export function stats(run: Run, flags: { from?: string; to?: string }): Promise<number> {
  return withApp(run, async (ctx) => {
    const result = await statsOf(ctx, { from: flags.from, to: flags.to });
    return finish(run, result, (value) => renderStats(run.io, value));
  });
}
