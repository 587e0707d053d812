/**
 * What kind of broken infrastructure: a full disk, a read-only data directory,
 * or anything else (a database that cannot be opened, migrated or used).
 */
export type StoreFailure = 'disk-full' | 'read-only' | 'other';

/** Broken infrastructure: a database that cannot be opened, migrated or used. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly kind: StoreFailure;
  constructor(message: string, options: { cause?: unknown; kind?: StoreFailure } = {}) {
    super(message, options.cause === undefined ? {} : { cause: options.cause });
    this.kind = options.kind ?? 'other';
  }
}

/** A database URL fit to print: the password, if any, replaced by stars. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(a database URL that cannot be parsed)';
  }
}
