import { StoreError } from '../store/errors.js';
import {
  databaseFileExists,
  inspectBackup,
  type RestoredSummary,
  restoreSqlite,
} from '../store/sqlite-restore.js';
import { fail, ok, type Result } from './result.js';

export type { RestoredSummary };

export interface RestoreRequest {
  /** The live embedded database (an absolute path). */
  readonly live: string;
  /** The backup to restore (an absolute path). */
  readonly file: string;
  /** The backup as the user named it, for the messages. */
  readonly shownAs: string;
  /** The user said yes to replacing a database that is there. */
  readonly confirmed: boolean;
}

/** Restored, or not yet: the live database is there and the user has not confirmed. */
export type RestoreOutcome =
  | { readonly restored: true; readonly summary: RestoredSummary }
  | { readonly restored: false; readonly found: RestoredSummary };

/**
 * Replaces the embedded database with a backup, once the backup is checked to be a sound
 * JustEnough database of this version or an older one. A live database with data is only
 * replaced when `confirmed`; any refusal leaves it as it was.
 */
export async function restoreBackup(request: RestoreRequest): Promise<Result<RestoreOutcome>> {
  const { live, file, shownAs } = request;
  if (live === file) {
    return fail(
      'invalid-input',
      `restore: ${JSON.stringify(shownAs)} is the live database itself; give a backup file`,
    );
  }
  try {
    const found = inspectBackup(file);
    if (databaseFileExists(live) && !request.confirmed) return ok({ restored: false, found });
    return ok({ restored: true, summary: await restoreSqlite(live, file) });
  } catch (error) {
    // Not a backup, damaged, or from a newer version: the store says which, and nothing changed.
    if (error instanceof StoreError) return fail('invalid-input', error.message);
    throw error;
  }
}
