import { oneLine } from '../core/text.js';

/** The longest message a refusal says. */
export const MAX_MESSAGE = 500;

/** Why a use case refused its input: a fixed set, mapped to exit codes and HTTP statuses in one place each. */
export type Reason =
  | 'invalid-input'
  | 'unknown-opportunity'
  | 'unknown-event'
  | 'unknown-contact'
  | 'unknown-calendar'
  | 'stale-version'
  | 'not-empty'
  | 'unknown-account'
  | 'unknown-token'
  | 'taken'
  | 'read-only'
  | 'unknown-proposal'
  | 'not-connected'
  | 'mailbox-unavailable'
  | 'not-sent'
  | 'too-many';

export interface Failure {
  readonly ok: false;
  readonly reason: Reason;
  /** The input field at fault, as the use case names it (`on`, `company` ...). */
  readonly field?: string;
  /** One line: what was wrong and what is accepted. */
  readonly message: string;
  /**
   * What to type next, for the command line only ('ids are the numbers that "list" shows');
   * the server leaves it out: a web or API caller has no "list" to run.
   */
  readonly cliHint?: string;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T> = Success<T> | Failure;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });

/** A refusal; its message is kept to one line of reasonable length, whatever the input. */
export function fail(reason: Reason, text: string, field?: string, cliHint?: string): Failure {
  const message = oneLine(text, MAX_MESSAGE);
  return {
    ok: false,
    reason,
    message,
    ...(field === undefined ? {} : { field }),
    ...(cliHint === undefined ? {} : { cliHint: oneLine(cliHint, MAX_MESSAGE) }),
  };
}

/** Thrown inside a transaction to roll it back with an expected failure. */
export class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/** Ends the current transaction with `failure`: nothing it wrote is kept. */
export function refuse(reason: Reason, message: string, field?: string, cliHint?: string): never {
  throw new Refusal(fail(reason, message, field, cliHint));
}

/** Runs work that may `refuse`, turning a refusal into a failed result. */
export async function attempt<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}
