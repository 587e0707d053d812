import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, cli, tempDataDir } from '../../../test/cli.js';

// `justenough serve` as users run it: the built command in its own process.
let data: { dir: string; remove: () => void };
let child: ChildProcess | undefined;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
  data.remove();
});

interface Served {
  readonly first: string;
  readonly exit: Promise<{ code: number | null; stderr: string }>;
}

/** Starts `serve` and resolves with what it prints once listening (a line, or a JSON document). */
function serve(args: readonly string[]): Promise<Served> {
  const proc = spawn(process.execPath, [CLI, '--data', data.dir, 'serve', ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', NO_COLOR: '1' },
  });
  child = proc;
  let stdout = '';
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = new Promise<{ code: number | null; stderr: string }>((resolve) => {
    proc.on('exit', (code) => resolve({ code, stderr }));
  });
  return new Promise((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const whole = stdout.startsWith('{') ? stdout.endsWith('}\n') : stdout.endsWith('\n');
      if (whole) resolve({ first: stdout, exit });
    });
    void exit.then(({ code }) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

describe('justenough serve', () => {
  it('prints where it runs, answers the API on the --now clock, and stops cleanly on SIGTERM', async () => {
    const { first, exit } = await serve(['--port', '0', '--now', '2026-11-23']);
    const url = /^JustEnough is running at (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(first)?.[1];
    expect(url, first).toBeDefined();
    const res = await fetch(`${url}/api/today`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ date: '2026-11-23' });
    child?.kill('SIGTERM');
    expect(await exit).toEqual({ code: 0, stderr: '' });
  });

  it('prints { "url" } with --json, and stops cleanly on SIGINT', async () => {
    const { first, exit } = await serve(['--port', '0', '--json']);
    const { url } = JSON.parse(first) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/api/settings`)).status).toBe(200);
    child?.kill('SIGINT');
    expect(await exit).toEqual({ code: 0, stderr: '' });
  });

  it('refuses a port in use, or one that is not a port, in one line with exit code 1', async () => {
    const { first } = await serve(['--port', '0']);
    const port = new URL(first.trim().split(' ').pop() ?? '').port;
    const inUse = await cli(['--data', data.dir, 'serve', '--port', port]);
    expect(inUse.code).toBe(1);
    expect(inUse.stderr).toBe(
      `error: --port: ${port} is already in use on 127.0.0.1; stop what uses it or choose another port with --port\n`,
    );
    const bad = await cli(['--data', data.dir, 'serve', '--port', 'eighty']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trimEnd().split('\n')).toEqual([
      'error: --port: "eighty" is not a port; use a whole number from 1 to 65535',
    ]);
  });
});
