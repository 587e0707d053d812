import { statfsSync } from 'node:fs';
import { StoreError } from './errors.js';

const codeOf = (error: unknown) => String((error as { code?: unknown } | null)?.code ?? '');

// SQLite says SQLITE_FULL (and SQLITE_IOERR_WRITE on some file systems), PostgreSQL 53100
// (disk_full), Node's file calls ENOSPC; quota limits mean the same to the user.
const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', '53100']);
const READ_ONLY = /^SQLITE_READONLY|^EROFS$/;

// SQLite says only "disk I/O error" when its shared memory file cannot grow: the disk tells why.
function diskIsFull(folder: string): boolean {
  try {
    const disk = statfsSync(folder);
    return disk.bavail * disk.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

/** The sentence a full disk is told with, naming where the data is. */
export function diskFullMessage(where: string): string {
  return `the disk holding ${where} is full; free some space and try again (nothing was written)`;
}

/** The sentence a read-only data directory is told with to a command that writes. */
export function readOnlyMessage(where: string): string {
  return `the data directory ${where} is read-only: commands that only read (today, list, show, contacts, export) work, this one changes data; make the folder writable, or copy it elsewhere and use --data`;
}

/**
 * A failure of the database in words, when it is one a person can act on: a
 * full disk or a read-only folder. Anything else is returned as it was.
 */
export function storeFailure(error: unknown, where: string): unknown {
  if (error instanceof StoreError) return error;
  const code = codeOf(error);
  if (DISK_FULL.has(code) || (code.startsWith('SQLITE_IOERR') && diskIsFull(where))) {
    return new StoreError(diskFullMessage(where), { cause: error, kind: 'disk-full' });
  }
  if (READ_ONLY.test(code)) {
    return new StoreError(readOnlyMessage(where), { cause: error, kind: 'read-only' });
  }
  return error;
}
