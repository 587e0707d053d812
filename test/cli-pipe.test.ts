import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, cli, tempDataDir } from './cli.js';

let data: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

/** Runs the command with its stdout closed before it writes (a reader that stopped early). */
function withClosedStdout(
  args: readonly string[],
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, '--data', data.dir, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('a closed pipe (justenough ... | head)', () => {
  it.each([[['--help']], [['list']], [['today', '--json']]])(
    '%j ends quietly, without an EPIPE error',
    async (args) => {
      await cli(['--data', data.dir, 'add', 'job', '--company', 'Acme', '--title', 'Analyst']);
      const { code, stderr } = await withClosedStdout(args);
      expect(stderr).toBe('');
      expect(code).toBe(0);
    },
  );
});
