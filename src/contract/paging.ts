import * as z from 'zod';
import { text } from './shapes.js';

// Lists come a page at a time (docs/api.md, "Lists"); asked without a page, a list is whole.

/** The request fields of a page: none of both asks for the whole list. */
export const pageFields = {
  limit: text.optional().describe("rows per page, 1 to 500; the answer's nextCursor leads on"),
  cursor: text.optional().describe('the nextCursor of the previous page; none for the first'),
};

/** The answer fields of a page, beside its `items`. */
export const pageAnswer = {
  total: z.number().int().describe('rows of the whole list, search and filter applied'),
  nextCursor: z.string().nullable().describe('the cursor of the next page; null on the last'),
};

export const PageQuery = z.object(pageFields);
