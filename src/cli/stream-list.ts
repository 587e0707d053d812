import type { Page } from '../app/paging.js';
import { MAX_PAGE } from '../app/paging.js';
import type { Result } from '../app/result.js';
import { finish, type Run } from './run-command.js';

/** How a list prints for people: a first line with the count, then one entry per row. */
export interface ListText<T> {
  readonly empty: string;
  readonly header: (total: number) => string;
  readonly row: (item: T) => string;
}

const indent = (text: string) => text.replace(/^/gm, '    ');

/**
 * Prints a whole list a page at a time, as it is read: the memory of a page
 * at most, whatever the list's length. `--json` writes the same document as
 * `JSON.stringify(list, null, 2)` would (`items`, `total`, `nextCursor: null`).
 */
export async function streamList<T>(
  run: Run,
  read: (page: { limit: number; cursor?: string }) => Promise<Result<Page<T>>>,
  text: ListText<T>,
): Promise<number> {
  let result = await read({ limit: MAX_PAGE });
  if (!result.ok) return finish(run, result, () => '');
  const { total } = result.value;
  const { stdout } = run.io;
  const json = run.options.json === true;
  if (json) stdout(total === 0 ? '{\n  "items": [],' : '{\n  "items": [');
  else stdout(total === 0 ? text.empty : text.header(total));
  let written = 0;
  // JSON: an item is written once the next one is read, with the comma between them.
  let held: string | undefined;
  for (;;) {
    const page = result.value;
    const lines: string[] = [];
    for (const item of page.items) {
      if (!json) lines.push(text.row(item));
      else {
        if (held !== undefined) lines.push(`${held},`);
        held = indent(JSON.stringify(item, null, 2));
      }
      written++;
    }
    // One write per page, not per row.
    if (lines.length > 0) stdout(lines.join('\n'));
    if (page.nextCursor === null) break;
    result = await read({ limit: MAX_PAGE, cursor: page.nextCursor });
    // Only a broken store fails after the first page: the input was checked already.
    if (!result.ok) return finish(run, result, () => '');
  }
  if (json) {
    const last = held === undefined ? '' : `${held}\n  ],\n`;
    stdout(`${last}  "total": ${written},\n  "nextCursor": null\n}`);
  }
  return 0;
}
