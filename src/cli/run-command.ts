import type { AppContext } from '../app/context.js';
import type { Failure, Reason, Result } from '../app/result.js';
import { type GlobalOptions, openApp } from '../wiring/open-app.js';
import type { Io } from './io.js';
import { safe } from './io.js';

/** What a command handler gets: where to write, the global options, the environment. */
export interface Run {
  readonly io: Io;
  readonly options: GlobalOptions;
  readonly env: NodeJS.ProcessEnv;
}

// Exit codes by reason, in one place: every refusal of bad input is a usage error.
const EXIT_CODES: Readonly<Record<Reason, number>> = {
  'invalid-input': 1,
  'unknown-opportunity': 1,
  'unknown-event': 1,
  'unknown-contact': 1,
  'unknown-calendar': 1,
  'stale-version': 1,
  'not-empty': 1,
  'unknown-account': 1,
  'unknown-token': 1,
  'too-many': 1,
  taken: 1,
  'read-only': 1,
  'unknown-proposal': 1,
  'not-connected': 1,
  'mailbox-unavailable': 1,
  'not-sent': 1,
};

const POSITIONAL_FIELDS = new Set([
  'opportunity',
  'event',
  'kind',
  'version',
  'file',
  'proposal',
  'token',
]);

/** One line for a refusal, naming the option at fault as it is typed. */
export function failureLine(failure: Failure): string {
  const { field, message } = failure;
  let text = message;
  if (field && message.startsWith(`${field}: `)) {
    text = POSITIONAL_FIELDS.has(field) ? message.slice(field.length + 2) : `--${message}`;
  }
  if (failure.cliHint) text = `${text} (${failure.cliHint})`;
  return `error: ${safe(text).replace(/\n/g, ' ')}`;
}

/** Opens the app for one command and always closes it. */
export async function withApp(
  run: Run,
  work: (ctx: AppContext) => Promise<number>,
): Promise<number> {
  const ctx = await openApp(run.options, run.env);
  try {
    return await work(ctx);
  } finally {
    await ctx.store.close();
  }
}

/** Prints a use case's result: JSON or human text on success, one line on stderr on failure. */
export function finish<T>(
  run: Run,
  result: Result<T>,
  human: (value: T) => string,
  json: (value: T) => unknown = (v) => v,
): number {
  if (!result.ok) {
    run.io.stderr(failureLine(result));
    return EXIT_CODES[result.reason];
  }
  run.io.stdout(
    run.options.json ? JSON.stringify(json(result.value), null, 2) : human(result.value),
  );
  return 0;
}
