import type { Command } from 'commander';
import type { Run } from './run-command.js';

/** `capture FILE|URL`: registered on the program by `buildProgram`. */
export function captureCommand(
  program: Command,
  run: (cmd: Command) => Run,
  handle: (work: (cmd: Command) => Promise<number>) => (...args: unknown[]) => Promise<void>,
): void {
  program
    .command('capture')
    .description(
      'make a job opportunity from a posting page (a saved HTML file or its web address)',
    )
    .argument('<file-or-url>', 'a saved posting page, or its http(s) address')
    .option(
      '--applied',
      'you applied: log it (today, or --on), so follow-up #1 is due in 3 business days',
    )
    .option('--on <date>', 'with --applied: the day you applied (YYYY-MM-DD)')
    .option('--dry-run', 'show what the page says, write nothing')
    .option('--allow-private', 'let the address be on loopback or your private network')
    .addHelpText(
      'after',
      '\nReads schema.org JobPosting data, else the OpenGraph title and site name. The same posting\ncaptured twice is not doubled: the one already there is printed.\nPages: at most 5 MB; addresses are fetched within 10 s and 5 redirects.',
    )
    .action(
      handle(async (cmd) =>
        (await import('./commands/capture.js')).capture(run(cmd), String(cmd.args[0]), cmd.opts()),
      ),
    );
}
