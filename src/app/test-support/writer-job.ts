import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { StoreTarget } from '../../store/store.js';

/** What a writer process does (see writer-process.ts). */
export interface WriterJob {
  readonly target: StoreTarget;
  /** `log`: `events` events spread over `opportunities`; `add`: opportunities with their first event, until killed. */
  readonly mode: 'log' | 'add';
  readonly label: string;
  readonly opportunities?: readonly string[];
  readonly events?: number;
}

/** What a `log` writer logs as its `i`-th event: varied types, so the plan changes as they arrive. */
export const LOGGED_TYPES = ['voicemail', 'note', 'no-answer', 'email', 'talked'] as const;

/** The `i`-th event of a `log` writer. */
export function loggedEvent(label: string, i: number) {
  return {
    type: LOGGED_TYPES[i % LOGGED_TYPES.length] ?? 'note',
    on: `2026-12-${String(1 + (i % 14)).padStart(2, '0')}`,
    note: `${label}-${i}`,
  };
}

const SCRIPT = join(import.meta.dirname, 'writer-process.ts');

export interface Writer {
  /** Writes that returned, as the process reported them. */
  committed(): number;
  /** Resolves with the exit code (or the signal) and what the process wrote on stderr. */
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  kill(signal: NodeJS.Signals): void;
}

/** Starts a writer process running `job` through the use cases. */
export function startWriter(job: WriterJob): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(job)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let committed = 0;
  let stderr = '';
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const match = /^committed (\d+)$/.exec(line);
      if (match) committed = Number(match[1]);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { committed: () => committed, done, kill: (signal) => child.kill(signal) };
}
