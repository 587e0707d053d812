/** Broken infrastructure: a database that cannot be opened, migrated or used. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
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
