/** Why a use case refused its input: a fixed set, mapped to exit codes and HTTP statuses in one place each. */
export type Reason =
  | 'invalid-input'
  | 'unknown-opportunity'
  | 'unknown-event'
  | 'unknown-contact'
  | 'unknown-calendar'
  | 'stale-version'
  | 'not-empty';

export interface Failure {
  readonly ok: false;
  readonly reason: Reason;
  /** The input field at fault, as the use case names it (`on`, `company` ...). */
  readonly field?: string;
  /** One line: what was wrong and what is accepted. */
  readonly message: string;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T> = Success<T> | Failure;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });

export function fail(reason: Reason, message: string, field?: string): Failure {
  return field === undefined
    ? { ok: false, reason, message }
    : { ok: false, reason, message, field };
}

/** Thrown inside a transaction to roll it back with an expected failure. */
export class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/** Ends the current transaction with `failure`: nothing it wrote is kept. */
export function refuse(reason: Reason, message: string, field?: string): never {
  throw new Refusal(fail(reason, message, field));
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
