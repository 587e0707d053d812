import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import {
  type CheckReport,
  checkEveryCache,
  type Disagreement,
  type Progress,
  rebuildEveryCache,
} from '../../app/cache-maintenance.js';
import { restoreBackup } from '../../app/restore.js';
import type { CacheRecord } from '../../store/records.js';
import type { SqliteStore } from '../../store/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { databaseUrl, openStoreOf, storeTarget } from '../../wiring/open-app.js';
import { UsageError } from '../../wiring/usage-error.js';
import { safe } from '../io.js';
import { finish, type Run } from '../run-command.js';

const PG_DUMP =
  'pg_dump --format=custom --file=justenough.dump "$DATABASE_URL" (and pg_restore --clean --if-exists --dbname="$DATABASE_URL" justenough.dump to restore; see the README, "Shared deployments on PostgreSQL")';

async function withStore(run: Run, work: (store: Store) => Promise<number>): Promise<number> {
  const store = await openStoreOf(run.options, run.env);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

// A bar on the terminal for long work; nothing when stderr is not a terminal or for --json.
function progressBar(run: Run, label: string): { progress?: Progress; stop: () => void } {
  if (run.options.json || !process.stderr.isTTY) return { stop: () => undefined };
  const bar = new SingleBar({
    format: `${label} {bar} {value}/{total} accounts`,
    stream: process.stderr,
    clearOnComplete: true,
  });
  let started = false;
  return {
    progress: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const opportunities = (n: number) => count(n, 'opportunity', 'opportunities');

/** `rebuild` (and its old name `replan`): every next-due cache of every account, from the timelines. */
export function rebuild(run: Run): Promise<number> {
  return withStore(run, async (store) => {
    const bar = progressBar(run, 'Replanning');
    const report = await rebuildEveryCache(store, bar.progress).finally(bar.stop);
    run.io.stdout(
      run.options.json
        ? JSON.stringify({ rebuilt: report.opportunities, accounts: report.accounts }, null, 2)
        : `Replanned ${opportunities(report.opportunities)} in ${count(report.accounts, 'account')}.`,
    );
    return 0;
  });
}

function cacheInWords(c: CacheRecord): string {
  if (c.closed) return 'closed';
  const step = c.steps[0];
  const next = step
    ? `${step.action}${step.followUpNumber === null ? '' : ` ${step.followUpNumber}`} due ${step.dueOn}`
    : 'nothing due';
  const held = c.heldOn === null ? '' : `, holding from ${c.heldOn}`;
  return `${next}${held}${c.interviewing ? ', interviewing' : ''}`;
}

function disagreementLine(d: Disagreement): string {
  return `  #${d.opportunityId} (account ${d.accountId}): ${d.fields.join(', ')} differ; the cache says ${cacheInWords(d.stored)}, its timeline says ${cacheInWords(d.expected)}`;
}

function checkText(report: CheckReport): string {
  const lines = [
    `Checked ${opportunities(report.opportunities)} in ${count(report.accounts, 'account')}.`,
  ];
  if (report.integrity.length > 0) {
    lines.push('The database file is damaged:', ...report.integrity.map((p) => `  ${safe(p)}`));
  } else {
    lines.push('The database file is sound.');
  }
  if (report.disagreements.length === 0) {
    lines.push('Every next-due cache agrees with the plan of its timeline.');
  } else {
    lines.push(
      `${report.disagreements.length} next-due ${report.disagreements.length === 1 ? 'cache disagrees' : 'caches disagree'} with the plan of the timeline:`,
      ...report.disagreements.map(disagreementLine),
      'Run "justenough rebuild" to rewrite them from the timelines.',
    );
  }
  return lines.join('\n');
}

/** `check`: the database's own checks, and every next-due cache against the engine; exit 1 when anything disagrees. */
export function check(run: Run): Promise<number> {
  return withStore(run, async (store) => {
    const bar = progressBar(run, 'Checking');
    const report = await checkEveryCache(store, bar.progress).finally(bar.stop);
    const ok = report.integrity.length === 0 && report.disagreements.length === 0;
    run.io.stdout(
      run.options.json ? JSON.stringify({ ok, ...report }, null, 2) : checkText(report),
    );
    return ok ? 0 : 1;
  });
}

function refuseOnPostgres(run: Run, command: 'backup' | 'restore'): void {
  if (databaseUrl(run.options, run.env) !== undefined) {
    throw new UsageError(
      `${command}: with --database-url (or $DATABASE_URL) the data is in PostgreSQL, which JustEnough does not copy itself; use ${PG_DUMP}`,
    );
  }
}

/** `backup FILE`: a consistent copy of the embedded database, even while the app runs. */
export async function backup(run: Run, file: string, flags: { force?: boolean }): Promise<number> {
  refuseOnPostgres(run, 'backup');
  const target = resolve(file);
  const live = storeTarget(run.options, run.env);
  if ('path' in live && resolve(live.path) === target) {
    throw new UsageError(
      `backup: ${JSON.stringify(file)} is the live database itself; choose another file`,
    );
  }
  if (existsSync(target) && !flags.force) {
    throw new UsageError(
      `backup: ${JSON.stringify(file)} already exists; choose a new file name, or add --force to replace it`,
    );
  }
  if (existsSync(target) && !statSync(target).isFile()) {
    throw new UsageError(`backup: ${JSON.stringify(file)} is not a file; give a file name`);
  }
  return withStore(run, async (store) => {
    await (store as SqliteStore).backup(target);
    run.io.stdout(
      run.options.json
        ? JSON.stringify({ backup: target }, null, 2)
        : `Backed up to ${safe(target)}.`,
    );
    return 0;
  });
}

/** `restore FILE`: replaces the embedded database with a backup, after checking it is one. */
export async function restore(run: Run, file: string, flags: { yes?: boolean }): Promise<number> {
  refuseOnPostgres(run, 'restore');
  const live = storeTarget(run.options, run.env);
  if (!('path' in live)) return 1;
  const result = await restoreBackup({
    live: resolve(live.path),
    file: resolve(file),
    shownAs: file,
    confirmed: flags.yes === true,
  });
  if (result.ok && !result.value.restored) {
    const { found } = result.value;
    throw new UsageError(
      `restore: this replaces everything in ${live.path} with ${file} (${count(found.accounts, 'account')}, ${opportunities(found.opportunities)}); run again with --yes to confirm (make a backup first if unsure)`,
    );
  }
  return finish(
    run,
    result,
    (v) => {
      const summary = v.restored ? v.summary : v.found;
      return `Restored ${safe(file)}: ${count(summary.accounts, 'account')}, ${opportunities(summary.opportunities)}, ${count(summary.events, 'event')}.`;
    },
    (v) => ({ restored: resolve(file), ...(v.restored ? v.summary : v.found) }),
  );
}
