import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { StoreError } from './errors.js';

/** Whether a folder can be written into here (a read-only disk, or no write permission). */
export function isReadOnlyFolder(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
  }
}

/**
 * Opens a database that cannot be written (a read-only folder or disk), for
 * commands that only read. SQLite opens a WAL database read-only when its
 * -wal and -shm files are there; when they are not (the last writer closed
 * cleanly, so the file holds everything), it reads a copy in memory, marked
 * as a rollback-journal file, since it cannot create the shared memory file.
 */
export function connectReadOnly(path: string, folder: string): SQLite.Database {
  if (!existsSync(path)) {
    throw new StoreError(
      `the data directory ${folder} is read-only and holds no database yet; make the folder writable, or use another with --data`,
      { kind: 'read-only' },
    );
  }
  try {
    const sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
    sqlite.prepare('select count(*) from sqlite_master').get();
    return sqlite;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'SQLITE_CANTOPEN' || existsSync(`${path}-wal`)) {
      throw new StoreError(`cannot read the database ${path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  const bytes = readFileSync(path);
  // Bytes 18 and 19 of the header: 2 for WAL, 1 for a rollback journal, which memory can hold.
  if (bytes.length >= 20) bytes.fill(1, 18, 20);
  return new SQLite(bytes, { readonly: true });
}
