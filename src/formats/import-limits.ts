// What an import takes, without the readers: the server's routes state it before any file comes.

/** What a file holds: LinkedIn connections, vCards, a tracker of applications, or a JustEnough export. */
export const IMPORT_FORMATS = ['linkedin', 'vcard', 'csv', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The largest file an import reads: a LinkedIn export at its 30,000 connections is about 4 MB. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
/** The most rows (or cards) one import takes. */
export const MAX_IMPORT_ROWS = 100_000;
