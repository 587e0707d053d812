import { decodeCursor, encodeCursor, type PageInput, pageLimit } from '../paging.js';
import type { ImportItem } from './preview.js';

/** How the rows of a preview are asked for: all of them (none of both), or a page. */
export interface ItemWindow {
  readonly limit: number | undefined;
  readonly afterLine: number | undefined;
}

/** The page of the preview's rows asked for, checked before the file is read. */
export function itemWindow(input: PageInput): ItemWindow {
  return {
    limit: pageLimit(input),
    afterLine: decodeCursor('import-items', input.cursor, ['id'])?.[0] as number | undefined,
  };
}

/**
 * The rows of the window, in the file's order (`rows` and `counts` still count the whole file);
 * `nextCursor` only when a page was asked for, so that a whole preview reads as before.
 */
export function itemsOf<P extends { readonly items: readonly ImportItem[] }>(
  preview: P,
  window: ItemWindow,
): P & { readonly nextCursor?: string | null } {
  if (window.limit === undefined && window.afterLine === undefined) return preview;
  const after = window.afterLine ?? 0;
  const rest = preview.items.filter((item) => item.line > after);
  const items = window.limit === undefined ? rest : rest.slice(0, window.limit);
  const last = items[items.length - 1];
  return {
    ...preview,
    items,
    nextCursor:
      items.length < rest.length && last ? encodeCursor('import-items', [last.line]) : null,
  };
}
