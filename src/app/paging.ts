import { refuse } from './result.js';
import { quote } from './validate.js';

/** The longest page a list answers; the default when a page is asked for without a length. */
export const MAX_PAGE = 500;

/** One page of a list: its rows, how many the whole list holds, and where the next page starts. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Rows of the whole list (its search and filter applied), counted with this page. */
  readonly total: number;
  /** Pass as `cursor` for the next page; null on the last page (and for a whole list). */
  readonly nextCursor: string | null;
}

/** How a caller asks for a page: none of both is the whole list. */
export interface PageInput {
  readonly limit?: string | number | undefined;
  readonly cursor?: string | undefined;
}

/** A key of a list's order: strings and whole numbers. */
export type CursorKey = readonly (string | number)[];

/** The page length asked for: 1 to `MAX_PAGE`; undefined when the whole list is wanted. */
export function pageLimit(input: PageInput): number | undefined {
  if (input.limit === undefined || input.limit === '') {
    return input.cursor === undefined ? undefined : MAX_PAGE;
  }
  const text = String(input.limit).trim();
  const limit = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_PAGE)) {
    refuse(
      'invalid-input',
      `limit: ${quote(text)} is not accepted; use a whole number from 1 to ${MAX_PAGE}`,
      'limit',
    );
  }
  return limit;
}

/** The opaque cursor after a row of list `list` whose order key is `key`. */
export function encodeCursor(list: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([list, ...key])).toString('base64url');
}

/**
 * The key a cursor of list `list` carries, checked against `shape` (the type of
 * each part: 'string' or 'id'); a cursor of another list or a made-up one is refused.
 */
export function decodeCursor(
  list: string,
  cursor: string | undefined,
  shape: readonly ('string' | 'id')[],
): CursorKey | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let parts: unknown;
  try {
    parts = /^[\w-]{1,2000}$/.test(cursor)
      ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
      : undefined;
  } catch {
    parts = undefined;
  }
  const fits =
    Array.isArray(parts) &&
    parts.length === shape.length + 1 &&
    parts[0] === list &&
    shape.every((kind, i) => {
      const part: unknown = parts[i + 1];
      return kind === 'string'
        ? typeof part === 'string'
        : Number.isSafeInteger(part) && (part as number) > 0;
    });
  if (!fits) {
    refuse(
      'invalid-input',
      `cursor: ${quote(cursor)} is not a cursor of this list; pass the nextCursor of the previous page, or none for the first`,
      'cursor',
    );
  }
  return (parts as unknown[]).slice(1) as CursorKey;
}

/** How many rows to read for a page: one more than it shows, which tells that a next page exists. */
export function rowsToRead(limit: number | undefined): number | undefined {
  return limit === undefined ? undefined : limit + 1;
}

/** The rows a page shows: those read, but the one more read to tell that a next page exists. */
export function shownRows<R>(rows: readonly R[], limit: number | undefined): readonly R[] {
  return limit === undefined ? rows : rows.slice(0, limit);
}

/** The rows of the whole list: those read when no page was asked for, else `count()`. */
export async function listTotal(
  rows: readonly unknown[],
  limit: number | undefined,
  after: CursorKey | undefined,
  count: () => Promise<number>,
): Promise<number> {
  return limit === undefined && after === undefined ? rows.length : count();
}

/**
 * The page of `rows` read with one row more than `limit`: the extra row only
 * says that a next page exists, whose cursor is the key of this page's last row.
 */
export function pageOf<R, T>(
  list: string,
  rows: readonly R[],
  limit: number | undefined,
  total: number,
  keyOf: (row: R) => CursorKey,
  item: (row: R) => T,
): Page<T> {
  const more = limit !== undefined && rows.length > limit;
  const shown = shownRows(rows, limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map(item),
    total,
    nextCursor: more && last !== undefined ? encodeCursor(list, keyOf(last)) : null,
  };
}
