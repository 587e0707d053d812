// The real server, as users start it: `justenough serve` on a temporary data
// directory, a free port and a fixed clock. "Moving the clock" is stopping it
// and starting it again on the same directory with a later --now.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli', 'main.js');
export const WEB_INDEX = join(import.meta.dirname, '..', '..', '..', 'dist', 'web', 'index.html');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly now: string;
  stop(): Promise<void>;
}

/** How the server runs: personal (the default), or shared (`serve --accounts`). */
export interface ServeMode {
  /** Shared mode: every page needs a signed-in session. */
  readonly accounts?: boolean;
  /** Shared mode: who may make an account (`--sign-up`). */
  readonly signUp?: 'invitation' | 'open';
  /**
   * The public address is http://localhost:PORT (`--public-url`), and the tests browse it:
   * passkeys need a domain name, a bare IP address is no relying party.
   */
  readonly localhost?: boolean;
  /** More of the environment: the deployment's SMTP server ($JUSTENOUGH_SMTP_URL ...). */
  readonly env?: Readonly<Record<string, string>>;
  /** More options of `serve` (`--allow-private`). */
  readonly args?: readonly string[];
  /** Another install's `dist/cli/main.js` (a deployment the test changes); the built one by default. */
  readonly cli?: string;
}

/** Starts `justenough serve` and resolves once it answers (/api/today; shared: the sign-up info). */
export async function startServer(
  dataDir: string,
  now: string,
  mode: ServeMode = {},
): Promise<RunningServer> {
  if (!existsSync(CLI) || !existsSync(WEB_INDEX)) {
    throw new Error('dist/ is not built: run `npm run build` (npm test does it in pretest)');
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      mode.cli ?? CLI,
      'serve',
      '--data',
      dataDir,
      '--port',
      String(port),
      '--now',
      now,
      ...(mode.accounts ? ['--accounts'] : []),
      ...(mode.signUp ? ['--sign-up', mode.signUp] : []),
      ...(mode.localhost ? ['--public-url', `http://localhost:${port}`] : []),
      ...(mode.args ?? []),
    ],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TZ: 'America/Chicago',
        NO_COLOR: '1',
        ...mode.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const probe = `http://127.0.0.1:${port}`;
  const url = mode.localhost ? `http://localhost:${port}` : probe;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    }
    try {
      const response = await fetch(`${probe}${mode.accounts ? '/api/auth/sign-up' : '/api/today'}`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer within 20 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    now,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the command line on the data directory, as an operator does (`accounts add` ...). */
export function runCli(dataDir: string, args: readonly string[], input?: string): string {
  const done = spawnSync(process.execPath, [CLI, '--data', dataDir, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'America/Chicago', NO_COLOR: '1' },
    timeout: 60_000,
  });
  if (done.status !== 0) {
    throw new Error(`justenough ${args.join(' ')} exited ${done.status}:\n${done.stderr}`);
  }
  return done.stdout;
}

/** A fresh data directory, removed by the returned function. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'justenough-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Calls the API from the test (no Origin header: allowed, like the command line). */
export async function apiCall<T>(
  server: RunningServer,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const init: RequestInit = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const response = await fetch(`${server.url}/api${path}`, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
