// The shared deployment over HTTP: two `justenough serve --accounts` processes on one
// PostgreSQL database, and signed-in requests (personal access tokens) of many different
// accounts for /api/today, at a steady rate (evenly spaced, bench/paced-load.ts), half to each
// process.
import { type ChildProcess, spawn } from 'node:child_process';
import { createToken } from '../src/app/accounts/tokens.js';
import type { Store } from '../src/store/store.js';
import { type PacedResult, pacedLoad } from './paced-load.js';

const CLI = new URL('../dist/cli/main.js', import.meta.url).pathname;

/** A signed-in caller of the bench: an account and its token. */
export interface BenchCaller {
  readonly accountId: number;
  readonly token: string;
}

/**
 * Gives the first `count` accounts an address (so that they can sign in) and a
 * personal access token each: the callers of the load.
 */
export async function benchCallers(
  store: Store,
  accountIds: readonly number[],
  count: number,
): Promise<BenchCaller[]> {
  const callers: BenchCaller[] = [];
  for (const accountId of accountIds.slice(0, count)) {
    await store.transaction((q) =>
      q.updatePerson(accountId, {
        name: `Seeker ${accountId}`,
        email: `seeker-${accountId}@example.com`,
      }),
    );
    const token = await createToken(store, accountId, 'bench');
    if (!token.ok) throw new Error(token.message);
    callers.push({ accountId, token: token.value.token });
  }
  return callers;
}

/** `justenough serve --accounts` on a PostgreSQL URL; resolves once it listens. */
export function startSharedServer(url: string, port: number, now: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--accounts', '--database-url', url, '--port', String(port), '--now', now],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('http://')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${output}`));
    });
  });
}

/** Both processes' load: counts summed; p50 and p99 the worse process's, an upper bound. */
export interface SharedLoad extends PacedResult {
  readonly perServer: readonly { readonly port: number; readonly p99: number }[];
}

/** One process's share: `rate` requests a second, evenly spaced, the callers' tokens in turn. */
function loadOne(port: number, callers: readonly BenchCaller[], rate: number, seconds: number) {
  return pacedLoad({
    port,
    path: '/api/today',
    rate,
    seconds,
    headers: (i) => ({
      'accept-encoding': 'gzip, deflate, br',
      authorization: `Bearer ${callers[i % callers.length]?.token ?? ''}`,
    }),
  });
}

/** `/api/today` at `rate` requests a second in all, split evenly between the processes. */
export async function loadSharedToday(
  ports: readonly number[],
  callers: readonly BenchCaller[],
  rate: number,
  seconds: number,
): Promise<SharedLoad> {
  // Each process gets every other caller, so that all of them are signed in somewhere.
  const results = await Promise.all(
    ports.map((port, i) =>
      loadOne(
        port,
        callers.filter((_, c) => c % ports.length === i),
        rate / ports.length,
        seconds,
      ),
    ),
  );
  const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((s, r) => s + f(r), 0);
  return {
    requests: sum((r) => r.requests),
    rate: sum((r) => r.rate),
    p50: Math.max(...results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
    errors: sum((r) => r.errors),
    non2xx: sum((r) => r.non2xx),
    perServer: results.map((r, i) => ({ port: ports[i] ?? 0, p99: r.p99 })),
  };
}

/** Two server processes on the store's database: tokens for `callers` accounts, then the load. */
export async function runSharedHttp(
  store: Store,
  url: string,
  accountIds: readonly number[],
  options: { readonly callers: number; readonly rate: number; readonly today: string },
): Promise<SharedLoad> {
  const callers = await benchCallers(store, accountIds, options.callers);
  const ports = [4620, 4621];
  const servers: ChildProcess[] = [];
  try {
    for (const port of ports) servers.push(await startSharedServer(url, port, options.today));
    // Warm-up, not measured: every caller's list computed once or more, then the full rate until
    // the servers' hot code is compiled (a freshly started process answers slower for seconds).
    await loadSharedToday(ports, callers, 200, 3);
    await loadSharedToday(ports, callers, options.rate, 5);
    return await loadSharedToday(ports, callers, options.rate, 15);
  } finally {
    for (const server of servers) server.kill('SIGTERM');
  }
}
