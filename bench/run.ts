// `npm run bench`: one account with 10,000 opportunities and 100,000 events;
// times the today list (use case and whole command), logging an event, and the
// import of LinkedIn's export at its 30,000 connections.
// Then the shared deployment: 1,000 accounts x 200 opportunities x 10 events on
// SQLite and, given $BENCH_DATABASE_URL or $TEST_DATABASE_URL, on PostgreSQL.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logEvent } from '../src/app/events.js';
import { stats } from '../src/app/progress/stats.js';
import { today } from '../src/app/today.js';
import { openSqliteStore, openStore } from '../src/store/store.js';
import { scratchSchema } from '../src/store/test-support/scratch-schema.js';
import { DATABASE_FILE } from '../src/wiring/open-app.js';
import { type AccountsOptions, type AccountsResult, runAccounts } from './accounts.js';
import {
  firstTodayMs,
  initialJsBrotliBytes,
  initialJsGzipBytes,
  loadToday,
  precache,
  progressJsGzipBytes,
  startServer,
} from './api.js';
import { benchCapture } from './capture.js';
import { coldStats } from './cold-stats.js';
import { buildDataset } from './dataset.js';
import { benchImport } from './import.js';
import { benchListPage } from './list-page.js';
import { runSharedHttp, type SharedLoad } from './shared-http.js';
import { sideBySide } from './side-by-side.js';
import { type Line, quantile, report, timeRuns } from './stats.js';

const OPPORTUNITIES = Number(process.env.BENCH_OPPORTUNITIES ?? 10_000);
const EVENTS_PER = 10;
const TODAY = '2026-11-23';
const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

// BENCH_PART=shared runs the shared deployment alone.
if (process.env.BENCH_PART !== 'shared') {
  const dir = mkdtempSync(join(tmpdir(), 'justenough-bench-'));
  try {
    const start = performance.now();
    const store = await openSqliteStore(join(dir, DATABASE_FILE));
    const ctx = await buildDataset(store, {
      opportunities: OPPORTUNITIES,
      eventsPerOpportunity: EVENTS_PER,
      today: TODAY,
    });
    console.log(
      `dataset: ${OPPORTUNITIES} opportunities, ${OPPORTUNITIES * EVENTS_PER} events, built in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    const sample = await today(ctx);
    console.log(
      `today list: ${sample.items.length} due (${sample.items.filter((i) => i.overdue).length} overdue), ${sample.upcoming.length} upcoming, ${sample.interviews.length} interviews`,
    );
    console.log('');

    const lines: Line[] = [];
    const todayTimes = await timeRuns(50, 5, () => today(ctx));
    lines.push({
      name: 'today use case (in process)',
      median: quantile(todayTimes, 0.5),
      p95: quantile(todayTimes, 0.95),
      target: 20,
    });

    const statsTimes = await timeRuns(20, 3, async () => {
      const result = await stats(ctx);
      if (!result.ok) throw new Error(result.message);
    });
    lines.push({
      name: 'stats use case (in process)',
      median: quantile(statsTimes, 0.5),
      p95: quantile(statsTimes, 0.95),
      target: 150,
    });
    const coldTimes = await coldStats(ctx, 10);
    lines.push({
      name: 'stats after a write (its opportunity replayed)',
      median: quantile(coldTimes, 0.5),
      p95: quantile(coldTimes, 0.95),
      target: 150,
    });

    const ids = (await store.read((q) => q.opportunityIds(ctx.accountId))).map(String);
    const logTimes = await timeRuns(200, 10, async (i) => {
      const result = await logEvent(ctx, {
        opportunity: ids[(i * 7919) % ids.length] ?? '1',
        type: 'note',
        note: 'bench',
      });
      if (!result.ok) throw new Error(result.message);
    });
    lines.push({
      name: 'log use case (in process)',
      median: quantile(logTimes, 0.5),
      p95: quantile(logTimes, 0.95),
      target: 10,
    });
    const voicemailTimes = await timeRuns(100, 5, async (i) => {
      const result = await logEvent(ctx, {
        opportunity: ids[(i * 104729) % ids.length] ?? '1',
        type: 'voicemail',
      });
      if (!result.ok) throw new Error(result.message);
    });
    lines.push({
      name: 'log voicemail, with R11 check (in process)',
      median: quantile(voicemailTimes, 0.5),
      p95: quantile(voicemailTimes, 0.95),
      target: 10,
    });
    lines.push(...(await benchListPage(ctx, join(dir, DATABASE_FILE))));
    await store.close();

    const cli = (args: string[]) => () => {
      const r = spawnSync(process.execPath, [CLI, '--data', dir, '--now', TODAY, ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      if (r.status !== 0) throw new Error(`justenough ${args.join(' ')} failed: ${r.stderr}`);
    };
    const processJson = await timeRuns(15, 2, cli(['today', '--json']));
    lines.push({
      name: 'justenough today --json (whole process)',
      median: quantile(processJson, 0.5),
      p95: quantile(processJson, 0.95),
      target: 300,
    });
    const processHuman = await timeRuns(15, 2, cli(['today']));
    lines.push({
      name: 'justenough today (whole process)',
      median: quantile(processHuman, 0.5),
      p95: quantile(processHuman, 0.95),
      target: 300,
    });
    // A write: it replays the opportunity with its business days (the holidays from the table).
    const processLog = await timeRuns(15, 2, (i) =>
      cli(['log', ids[(i * 7919) % ids.length] ?? '1', 'note', '--note', 'bench'])(),
    );
    lines.push({
      name: 'justenough log (whole process)',
      median: quantile(processLog, 0.5),
      p95: quantile(processLog, 0.95),
    });
    const nodeAlone = await timeRuns(15, 2, () => spawnSync(process.execPath, ['-e', '0']));
    lines.push({
      name: 'node -e 0 (the floor of any process)',
      median: quantile(nodeAlone, 0.5),
      p95: quantile(nodeAlone, 0.95),
    });
    // Issue 13's figures are ratios to the floor measured in the same run, so that a loaded
    // machine slows both sides alike.
    const floor = quantile(nodeAlone, 0.5);
    lines.push({
      name: 'today --json / node -e 0',
      median: quantile(processJson, 0.5) / floor,
      p95: quantile(processJson, 0.95) / floor,
      target: 1.5,
      unit: 'x',
    });
    const firstAnswer = await timeRuns(7, 1, () => firstTodayMs(dir, 4611, TODAY));
    lines.push({
      name: 'serve to its first /api/today, whole process',
      median: quantile(firstAnswer, 0.5),
      p95: quantile(firstAnswer, 0.95),
    });
    lines.push({
      name: 'serve to its first /api/today / node -e 0',
      median: quantile(firstAnswer, 0.5) / floor,
      p95: quantile(firstAnswer, 0.95) / floor,
      target: 4,
      unit: 'x',
    });

    const server = await startServer(dir, 4610, TODAY);
    try {
      await loadToday(4610, 200, 3); // warm-up
      const load = await loadToday(4610, 500, 15);
      console.log(
        `GET /api/today under load: ${load.requests} requests at ${load.rate.toFixed(0)}/s, ${load.errors} errors, ${load.non2xx} non-2xx`,
      );
      lines.push({
        name: 'GET /api/today at 500 requests/s, p50',
        median: load.p50,
        p95: load.p50,
      });
      lines.push({
        name: 'GET /api/today at 500 requests/s, p99',
        median: load.p99,
        p95: load.p99,
        target: 25,
      });
      if (load.errors > 0 || load.non2xx > 0) process.exitCode = 1;
    } finally {
      server.kill('SIGTERM');
    }
    const js = initialJsGzipBytes();
    console.log(`web app start page loads ${js.files.join(', ')}`);
    lines.push({
      name: 'initial JS of the Today page, gzip',
      median: js.bytes / 1024,
      p95: js.bytes / 1024,
      target: 250,
      unit: 'KB',
    });
    const brotli = initialJsBrotliBytes() / 1024;
    lines.push({
      name: 'initial JS of the Today page, brotli',
      median: brotli,
      p95: brotli,
      target: 160,
      unit: 'KB',
    });
    const progressJs = progressJsGzipBytes();
    console.log(`the Progress page loads besides: ${progressJs.files.join(', ')}`);
    lines.push({
      name: 'extra JS of the Progress page, gzip',
      median: progressJs.bytes / 1024,
      p95: progressJs.bytes / 1024,
      unit: 'KB',
    });

    const cached = precache();
    console.log(`the service worker precaches ${cached.files} files`);
    lines.push({
      name: 'service worker precache, brotli (raw in the log)',
      median: cached.brotli / 1024,
      p95: cached.brotli / 1024,
      unit: 'KB',
    });
    console.log(`service worker precache: ${(cached.bytes / 1024).toFixed(0)} KB raw`);

    lines.push(...(await benchImport()));
    lines.push(...(await benchCapture()));

    for (const line of lines) console.log(report(line));
    console.log(
      `\nmemory: rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (bench process)`,
    );
    const missed = lines.filter((l) => l.target !== undefined && l.median > l.target);
    if (missed.length > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SHARED: AccountsOptions = {
  accounts: Number(process.env.BENCH_ACCOUNTS ?? 1000),
  opportunitiesPerAccount: 200,
  eventsPerOpportunity: 10,
  today: TODAY,
};
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
const total = SHARED.accounts * SHARED.opportunitiesPerAccount;
console.log(
  `\nshared deployment: ${SHARED.accounts} accounts x ${SHARED.opportunitiesPerAccount} opportunities x ${SHARED.eventsPerOpportunity} events (${total} opportunities, ${total * SHARED.eventsPerOpportunity} events)`,
);
const sharedDir = mkdtempSync(join(tmpdir(), 'justenough-bench-shared-'));
let onSqlite: AccountsResult;
try {
  const store = await openStore({ path: join(sharedDir, DATABASE_FILE) });
  try {
    onSqlite = await runAccounts(store, SHARED);
  } finally {
    await store.close();
  }
} finally {
  rmSync(sharedDir, { recursive: true, force: true });
}
let onPostgres: AccountsResult | undefined;
let overHttp: SharedLoad | undefined;
if (pgUrl) {
  const schema = await scratchSchema(pgUrl, 'je_bench');
  try {
    const store = await openStore({ url: schema.url });
    try {
      onPostgres = await runAccounts(store, SHARED);
      // Two server processes on this database, signed-in requests of 200 different accounts.
      overHttp = await runSharedHttp(store, schema.url, onPostgres.accounts, {
        callers: 200,
        rate: 500,
        today: TODAY,
      });
    } finally {
      await store.close();
    }
  } finally {
    await schema.drop();
  }
} else {
  console.log(
    'PostgreSQL: not run; set BENCH_DATABASE_URL (or TEST_DATABASE_URL), e.g. postgres://postgres@127.0.0.1:5432/test',
  );
}
const table = sideBySide(onSqlite, onPostgres);
for (const line of table.lines) console.log(line);
if (table.missed.length > 0) process.exitCode = 1;
if (overHttp) {
  const target = 30;
  console.log(
    `\nshared deployment over HTTP (PostgreSQL, 2 server processes, tokens of 200 accounts): GET /api/today, ${overHttp.requests} requests at ${overHttp.rate.toFixed(0)}/s, ${overHttp.errors} errors, ${overHttp.non2xx} non-2xx`,
  );
  console.log(
    report({
      name: 'GET /api/today signed in, 500 requests/s, p50',
      median: overHttp.p50,
      p95: overHttp.p50,
    }),
  );
  console.log(
    report({
      name: 'GET /api/today signed in, 500 requests/s, p99 (worse process)',
      median: overHttp.p99,
      p95: overHttp.p99,
      target,
    }),
  );
  console.log(
    `  p99 by process: ${overHttp.perServer.map((s) => `:${s.port} ${s.p99.toFixed(1)} ms`).join(', ')}`,
  );
  if (overHttp.p99 > target || overHttp.errors > 0 || overHttp.non2xx > 0) process.exitCode = 1;
}

// The inbox in a process of its own, so that its peak memory is its own.
if (!process.env.BENCH_PART || process.env.BENCH_PART === 'inbox') {
  const inbox = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'inbox.ts')],
    {
      stdio: 'inherit',
    },
  );
  if (inbox.status !== 0) process.exitCode = 1;
}
