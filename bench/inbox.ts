// The inbox's benchmark: a first sync of a mailbox of 10,000 messages (written
// into a real dovecot), then an incremental sync with 10 new ones; peak memory
// of the command that syncs (`justenough inbox sync`, built, in a process of its own). Run by `npm run bench` in a process of its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAccount } from '../src/app/account.js';
import { connectInbox } from '../src/app/inbox/connection.js';
import { syncInbox } from '../src/app/inbox/sync.js';
import { addOpportunity } from '../src/app/opportunities.js';
import { Temporal } from '../src/core/dates.js';
import { inboxDeps } from '../src/mail/inbox-deps.js';
import { startDovecot } from '../src/mail/test-support/dovecot.js';
import { gmailReply, outlookReply, sentMail } from '../src/mail/test-support/messages.js';
import { openSqliteStore } from '../src/store/store.js';
import { DATABASE_FILE } from '../src/wiring/open-app.js';

interface SyncFigures {
  readonly logged: number;
  readonly proposed: number;
  readonly skipped: number;
  /** The whole command, from the start of its process to its end. */
  readonly ms: number;
  readonly peakMb: number;
}

const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

/** `justenough inbox sync --json` as a user runs it (the built command), timed whole, with its peak memory. */
function syncInChild(dataDir: string): SyncFigures {
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      join(import.meta.dirname, 'peak-memory.mjs'),
      CLI,
      'inbox',
      'sync',
      '--json',
      '--data',
      dataDir,
      '--now',
      '2026-12-01T12:00:00-06:00',
    ],
    { encoding: 'utf8', timeout: 300_000, env: { ...process.env, TZ: 'America/Chicago' } },
  );
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`inbox sync failed: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as {
    logged: unknown[];
    proposed: unknown[];
    skipped: number;
  };
  const peak = /peak-rss-mb ([\d.]+)/.exec(run.stderr)?.[1];
  return {
    logged: report.logged.length,
    proposed: report.proposed.length,
    skipped: report.skipped,
    ms,
    peakMb: Number(peak),
  };
}

const MESSAGES = Number(process.env.BENCH_INBOX_MESSAGES ?? 10_000);
const CONTACTS = 200;
const dir = mkdtempSync(join(tmpdir(), 'justenough-bench-inbox-'));
const server = await startDovecot();
let failed = false;
try {
  const store = await openSqliteStore(join(dir, DATABASE_FILE));
  const clock = (zone: string) => Temporal.ZonedDateTime.from(`2026-12-01T12:00:00[${zone}]`);
  const ctx = await openAccount(store, clock, () => 'America/Chicago');
  for (let i = 0; i < CONTACTS; i++) {
    const r = await addOpportunity(ctx, {
      kind: 'job',
      company: `Company ${i}`,
      title: 'Analyst',
      contact: { name: `Person ${i}`, email: `person${i}@company${i}.example` },
    });
    if (!r.ok) throw new Error(r.message);
  }
  // Most mail is from strangers; one in twenty from a contact, one in fifty from a colleague; a tenth sent.
  const mail = function* (count: number, offset: number) {
    for (let n = offset; n < offset + count; n++) {
      const c = n % CONTACTS;
      if (n % 20 === 0)
        yield outlookReply({
          id: `c${n}@company${c}.example`,
          from: `Person ${c} <person${c}@company${c}.example>`,
        });
      else if (n % 50 === 1)
        yield outlookReply({
          id: `k${n}@company${c}.example`,
          from: `Colleague <colleague${n}@company${c}.example>`,
        });
      else
        yield gmailReply({
          id: `s${n}@mail.gmail.com`,
          from: `Stranger ${n} <stranger${n}@gmail.com>`,
          subject: `Newsletter ${n}`,
        });
    }
  };
  const date = new Date('2026-11-20T15:00:00Z');
  server.writeMaildir('INBOX', mail(MESSAGES * 0.9, 0), date);
  server.writeMaildir(
    'Sent',
    (function* () {
      for (let n = 0; n < MESSAGES * 0.1; n++)
        yield sentMail({
          id: `m${n}@home.example`,
          to:
            n % 5 === 0
              ? `person${n % CONTACTS}@company${n % CONTACTS}.example`
              : `someone${n}@else.example`,
        });
    })(),
    date,
  );
  const deps = inboxDeps({}, dir);
  const connected = await connectInbox(ctx, deps, {
    imapUrl: server.url,
    password: server.password,
    since: '2026-10-01',
  });
  if (!connected.ok) throw new Error(connected.message);

  await store.close();

  // The first sync as a user runs it: the built command in a process of its own, so the memory
  // measured is the sync's, not this generator's.
  const first = syncInChild(dir);
  await server.deliver('INBOX', [...mail(10, MESSAGES)], date);
  // The incremental sync as `serve` runs it every few minutes: the use case, in process.
  const again = await openSqliteStore(join(dir, DATABASE_FILE));
  const againCtx = await openAccount(again, clock, () => 'America/Chicago');
  const start = performance.now();
  const synced = await syncInbox(againCtx, deps);
  const nextMs = performance.now() - start;
  if (!synced.ok) throw new Error(synced.message);
  await again.close();
  const next = { logged: synced.value.logged.length, ms: nextMs };
  const line = (name: string, value: number, target: number, unit: string) => {
    const ok = value <= target;
    if (!ok) failed = true;
    console.log(
      `${name.padEnd(52)} ${value.toFixed(unit === 'MB' ? 0 : 2).padStart(9)} ${unit}  (target < ${target} ${unit}) ${ok ? 'ok' : 'MISSED'}`,
    );
  };
  console.log(
    `\ninbox: ${MESSAGES} messages (${first.logged} logged, ${first.proposed} proposed, ${first.skipped} skipped)`,
  );
  line('inbox first sync (justenough inbox sync, whole command)', first.ms / 1000, 30, 's');
  line(
    `inbox incremental sync, 10 new (${next.logged} logged), as serve runs it`,
    next.ms / 1000,
    1,
    's',
  );
  line('inbox peak memory of the first sync (resident)', first.peakMb, 200, 'MB');
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
