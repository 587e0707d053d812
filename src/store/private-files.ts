import { chmodSync, closeSync, constants, mkdirSync, openSync, statSync } from 'node:fs';
import { StoreError } from './errors.js';

/** Only the owner reads the job search, the calendar secret and the SMTP password. */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
/** The sticky bit (fs.constants has no name for it). */
const STICKY = 0o1000;

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

// Repairing is best effort: on a read-only disk, or a folder of someone else's, the files are
// read as they are (writing them fails anyway, and says so).
function repairMode(path: string, mode: number): void {
  try {
    if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch (error) {
    if (!['EROFS', 'EPERM', 'EACCES', 'ENOENT'].includes(code(error) ?? '')) throw error;
  }
}

/**
 * Creates the data folder (and its parents) readable by its owner only, or
 * repairs the mode of one that exists. A sticky folder that others write into
 * too (/tmp) is shared by nature and left as it is.
 */
export function privateFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  } catch (error) {
    if (code(error) === 'EEXIST' || code(error) === 'ENOTDIR') throw notAFolder(folder);
    if (code(error) !== 'EROFS' && code(error) !== 'EACCES') throw error;
  }
  const info = statSync(folder, { throwIfNoEntry: false });
  if (info && !info.isDirectory()) throw notAFolder(folder);
  if (info && (info.mode & STICKY) === 0) repairMode(folder, PRIVATE_FOLDER_MODE);
}

function notAFolder(folder: string): StoreError {
  return new StoreError(
    `the data directory ${folder} is not a folder (a file has that name); give a folder with --data, or remove the file`,
  );
}

/**
 * Makes `file` readable by its owner only, creating it empty if it is absent,
 * whatever the umask. SQLite gives a database's -wal, -shm and -journal files
 * the mode of the database file, so they are private too.
 */
export function privateFile(file: string): void {
  try {
    closeSync(openSync(file, constants.O_CREAT | constants.O_WRONLY, PRIVATE_FILE_MODE));
  } catch (error) {
    if (!['EROFS', 'EACCES', 'EPERM', 'EISDIR'].includes(code(error) ?? '')) throw error;
    return;
  }
  repairMode(file, PRIVATE_FILE_MODE);
}

/** Repairs the modes of a database's files that exist: the database, its WAL and shared memory. */
export function repairDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    repairMode(file + suffix, PRIVATE_FILE_MODE);
}
