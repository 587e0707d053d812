// `node --import tsx bench/stats-only.ts`: the stats use case alone on the 10,000-opportunity,
// 100,000-event account (the same line as `npm run bench`, without the rest).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stats } from '../src/app/progress/stats.js';
import { openSqliteStore } from '../src/store/store.js';
import { coldStats } from './cold-stats.js';
import { buildDataset } from './dataset.js';
import { quantile, report, timeRuns } from './stats.js';

const dir = mkdtempSync(join(tmpdir(), 'justenough-bench-stats-'));
try {
  const store = await openSqliteStore(join(dir, 'justenough.sqlite'));
  const ctx = await buildDataset(store, {
    opportunities: Number(process.env.BENCH_OPPORTUNITIES ?? 10_000),
    eventsPerOpportunity: 10,
    today: '2026-11-23',
  });
  const times = await timeRuns(20, 3, async () => {
    const result = await stats(ctx);
    if (!result.ok) throw new Error(result.message);
  });
  const line = { median: quantile(times, 0.5), p95: quantile(times, 0.95), target: 150 };
  console.log(report({ name: 'stats use case (in process)', ...line }));
  const cold = await coldStats(ctx, 10);
  const coldLine = { median: quantile(cold, 0.5), p95: quantile(cold, 0.95), target: 150 };
  console.log(report({ name: 'stats after a write (its opportunity replayed)', ...coldLine }));
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
