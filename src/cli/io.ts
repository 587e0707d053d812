import { isatty } from 'node:tty';
import pc from 'picocolors';
import { escapeControlCharacters } from '../core/text.js';

type Colors = ReturnType<typeof pc.createColors>;

/** Where the command writes, and how. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Terminal colours, or plain text when they are off. */
  readonly color: Colors;
  /** Columns to wrap text at. */
  readonly width: number;
  /** Asks a yes/no question on the terminal; absent when nobody sits at one (a pipe, a script). */
  readonly confirm?: (question: string) => Promise<boolean>;
  /** Where a progress bar may be drawn: stderr, when it is a terminal. */
  readonly progressStream?: NodeJS.WriteStream;
}

/** Asks on stderr and reads one answer from stdin: yes only for y or yes. */
async function confirmOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/**
 * A reader that stops early (`justenough list | head`) closes the pipe: the
 * command then ends quietly, as Unix tools do, instead of crashing on EPIPE.
 * A write in flight or a transaction not yet committed is simply dropped.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

export function processIo(env: NodeJS.ProcessEnv): Io {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  const tty = process.stdout.isTTY === true;
  const enabled = env.NO_COLOR === undefined && (env.FORCE_COLOR !== undefined || tty);
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    color: pc.createColors(enabled),
    width: Math.max(40, Math.min(process.stdout.columns || 80, 100)),
    // isatty(0), not process.stdin.isTTY: that makes the stdin stream, milliseconds that a
    // command which never reads it should not pay.
    ...(isatty(0) && process.stderr.isTTY === true ? { confirm: confirmOnTerminal } : {}),
    ...(process.stderr.isTTY === true ? { progressStream: process.stderr } : {}),
  };
}

/** User text made safe to print: control characters shown as \u escapes. */
export function safe(text: string | null | undefined): string {
  return escapeControlCharacters(text ?? '');
}
