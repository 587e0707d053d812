import { type ChildProcess, spawn } from 'node:child_process';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, cli } from '../../../test/cli.js';
import { type SmtpPeer, startSmtpPeer } from '../../mail/test-support/smtp-peer.js';
import type { StoreTarget } from '../../store/store.js';
import { type TestTarget, testDatabase, testTarget } from '../../store/test-support/test-store.js';

// Several `justenough serve` processes on one database, as users run them.
// Each looks for a due morning e-mail as it starts, then at every whole period
// of the wall clock (a minute; a second here), so they all look at the same
// moment. The e-mail is turned on while they run, and another writer holds the
// database over their next look: they all find the day unclaimed, wait for the
// lock, then race to claim it. The claim, not timing, must decide who sends.
// On SQLite (one file) and, in the `postgres` project, on one PostgreSQL schema.
//
// Made for a loaded machine: the lock is held across several looks, so a server
// whose timer fires late still looks while it is held; servers are stopped (each
// finishing the look under way, send included) before the e-mails are counted,
// rather than given a fixed time; and the test's time limit allows for a dozen
// cold starts of the command on a busy machine.

let peer: SmtpPeer;
let place: TestTarget;
let children: ChildProcess[] = [];
let env: NodeJS.ProcessEnv;

beforeEach(async () => {
  peer = await startSmtpPeer();
  place = await testTarget(testDatabase(), { file: true });
  env = {
    JUSTENOUGH_SMTP_URL: `smtp://127.0.0.1:${peer.port}`,
    JUSTENOUGH_SMTP_FROM: 'JustEnough <digest@justenough.test>',
    JUSTENOUGH_DIGEST_CHECK_SECONDS: '1',
  };
  const setup = [
    ['settings', '--email', 'sam@example.com', '--timezone', 'America/Chicago'],
    ['add', 'job', '--company', 'Acme', '--title', 'Analyst', '--contact', 'Jane Doe'],
    ['log', '1', 'applied', '--on', '2026-11-10'],
    ['digest', '--time', '08:00'],
  ];
  for (const args of setup) {
    const res = await cli(
      [...where(place.target), '--now', '2026-11-23T07:00:00-06:00', ...args],
      env,
    );
    expect(res.code, res.stderr).toBe(0);
  }
});
afterEach(async () => {
  await Promise.all(children.map(stop));
  children = [];
  await peer.close();
  await place.dispose();
});

const where = (target: StoreTarget): string[] =>
  'url' in target ? ['--database-url', target.url] : ['--data', dirname(target.path)];

/** Starts `serve` and resolves once it listens. */
function serve(now: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [CLI, ...where(place.target), '--now', now, 'serve', '--port', '0'],
    { env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', NO_COLOR: '1', ...env } },
  );
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      if (c.toString().includes('running at')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const SERVERS = 4;
/** Servers look every second: held this long, the lock spans several looks of each. */
const HOLD_MS = 3500;
/** A dozen cold starts of the command, several at once, on a loaded 2-core machine. */
const TIME_LIMIT_MS = 240_000;

/**
 * Turns the e-mail on, and holds the claims (SQLite: the database's write
 * lock; PostgreSQL: the claims' table) across the next looks of every server.
 * On PostgreSQL the lock is taken first, so no look can claim in between; on
 * SQLite, where one lock covers everything, the e-mail is turned on just after
 * a whole second (servers look at whole seconds) and the lock taken at once.
 */
async function turnOnAndHoldTheDatabase(): Promise<void> {
  const { target } = place;
  const atWholeSecond = async () => {
    while (Date.now() % 1000 > 100) await pause(10);
  };
  if ('url' in target) {
    const holder = new pg.Client({ connectionString: target.url });
    const writer = new pg.Client({ connectionString: target.url });
    await holder.connect();
    await writer.connect();
    try {
      await holder.query('BEGIN');
      // Reads go on; every claim (an insert) waits for the lock.
      await holder.query('LOCK TABLE digest_sends IN SHARE ROW EXCLUSIVE MODE');
      await writer.query('UPDATE digest_settings SET enabled = 1');
      await pause(HOLD_MS);
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
      await writer.end();
    }
    return;
  }
  const db = new SQLite(target.path);
  try {
    await atWholeSecond();
    // Both at once, in one turn of the event loop.
    db.prepare('UPDATE digest_settings SET enabled = 1').run();
    db.exec('BEGIN IMMEDIATE');
    await pause(HOLD_MS);
    db.exec('ROLLBACK');
  } finally {
    db.close();
  }
}

describe(`several servers on one ${testDatabase()} database`, () => {
  it(
    "send each day's morning e-mail once, racing for it and across restarts",
    async () => {
      for (const [day, now] of [
        ['Mon 23 Nov 2026', '2026-11-23T08:30:00-06:00'],
        ['Tue 24 Nov 2026', '2026-11-24T09:00:00-06:00'],
      ] as const) {
        const before = peer.received.length;
        await Promise.all(Array.from({ length: SERVERS }, () => serve(now)));
        await turnOnAndHoldTheDatabase();
        await peer.waitFor(before + 1, 60_000);
        // Each server finishes the look under way before it exits: a second e-mail, if any
        // claim let it through, has reached the peer by then.
        await Promise.all(children.map(stop));
        children = [];
        expect(peer.received).toHaveLength(before + 1);
        expect(peer.received[before]?.to).toEqual(['sam@example.com']);
        expect(peer.received[before]?.headers.subject).toBe(
          `JustEnough for ${day}: 1 step to do (1 overdue)`,
        );

        // Restarted, and asked by hand: the day is settled.
        await Promise.all([serve(now), serve(now)]);
        const sendNow = await cli([...where(place.target), '--now', now, 'digest', '--send'], env);
        expect(sendNow.stdout).toContain(`Today's e-mail: ${day}: sent to sam@example.com`);
        await pause(1500);
        await Promise.all(children.map(stop));
        children = [];
        expect(peer.received).toHaveLength(before + 1);
        const settings = await cli([...where(place.target), '--now', now, 'digest', '--json'], env);
        expect(JSON.parse(settings.stdout).last).toMatchObject({ status: 'sent', attempts: 1 });
        expect((await cli([...where(place.target), 'digest', '--off'], env)).code).toBe(0);
      }
    },
    TIME_LIMIT_MS,
  );
});
