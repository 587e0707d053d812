import * as z from 'zod';
import { APPLICATION_FIELDS, FILE_FORMATS } from '../core/names.js';
import { pageFields } from './paging.js';
import { list, nullableText, open, text } from './shapes.js';

// Requests: the shapes only; the import use case judges the values (a format, a column, a date format).

/** How to read the uploaded file: the same options as `justenough import`. */
export const ImportQuery = z.strictObject({
  ...pageFields,
  fileName: text.optional().describe('the name of the file, e.g. Connections.csv'),
  format: text.optional().describe('linkedin, vcard, csv or json; found from the file when absent'),
  map: z
    .union([text, z.array(text)])
    .optional()
    .describe(
      `for a spreadsheet: field=Column, repeatable; fields: ${APPLICATION_FIELDS.join(', ')}`,
    ),
  edit: z
    .union([text, z.array(text)])
    .optional()
    .describe(
      'for a spreadsheet: a correction of one cell before it is checked, LINE:field=value (line of the file, field as in map), repeatable; "3:applied=2026-03-04"',
    ),
  dateFormat: text
    .optional()
    .describe(
      'for a spreadsheet: mdy or dmy, how 03/04/2026 reads; by default what the dates prove, else the way of the holiday region',
    ),
  duplicates: text.optional().describe('merge (fill in blank fields, the default) or skip'),
});

export const CommitQuery = ImportQuery.extend({
  token: text
    .min(1)
    .describe(
      "the preview's token: the import is refused (412) if it would now write anything else",
    ),
});

export const ExportQuery = z.strictObject({
  format: text
    .optional()
    .describe('json (everything, the default), csv (opportunities) or vcard (contacts)'),
});

const fieldColumns = open(Object.fromEntries(APPLICATION_FIELDS.map((f) => [f, nullableText])));

export const ImportItem = open({
  line: z.number().int(),
  endLine: z.number().int().optional(),
  action: z.enum(['add', 'merge', 'skip', 'reject']),
  label: z.string(),
  duplicateOf: open({
    id: z.string().optional(),
    line: z.number().int().optional(),
    label: z.string(),
    by: z.enum(['email', 'linkedin', 'name-company', 'company-title']),
  }).optional(),
  changes: list(z.string()).optional(),
  reason: z.string().optional(),
  field: z.string().optional().describe('for a rejected row of a spreadsheet: the field at fault'),
  cells: open(Object.fromEntries(APPLICATION_FIELDS.map((f) => [f, z.string().optional()])))
    .optional()
    .describe('for a rejected row of a spreadsheet: its cells by field, to correct them (edit)'),
  warnings: list(z.string()).optional(),
});

/** `ImportPreview` (src/app/import/preview.ts). */
export const ImportPreviewAnswer = open({
  format: z.enum(FILE_FORMATS),
  formatName: z.string(),
  detected: z.boolean(),
  fileName: nullableText,
  encoding: z.string(),
  rows: z.number().int(),
  duplicates: z.enum(['merge', 'skip']),
  counts: open({
    add: z.number().int(),
    merge: z.number().int(),
    skip: z.number().int(),
    reject: z.number().int(),
    newCompanies: z.number().int(),
    newContacts: z.number().int(),
    newOpportunities: z.number().int(),
    newEvents: z.number().int(),
    updatedContacts: z.number().int(),
    updatedOpportunities: z.number().int(),
  }),
  items: list(ImportItem).describe(
    'one per row of the file, in its order; with limit or cursor, a page of them',
  ),
  nextCursor: z
    .string()
    .nullable()
    .optional()
    .describe('with limit or cursor: the cursor of the next page of items; null on the last'),
  mapping: open({
    columns: list(z.string()),
    fields: fieldColumns,
    guessed: fieldColumns,
    ignored: list(z.string()),
  })
    .nullable()
    .describe('for a spreadsheet: which column holds which field'),
  dateFormat: open({
    value: z.enum(['mdy', 'dmy']).nullable(),
    from: z
      .enum(['option', 'dates', 'region'])
      .nullable()
      .describe('given, proven by dates that read one way only, or the way of the holiday region'),
    region: nullableText.describe('the holiday region whose way was taken, when from is region'),
    example: open({
      text: z.string(),
      date: z.string(),
      words: z.string().describe('"3/4/2026 read as 4 March 2026"'),
    })
      .nullable()
      .describe('a date of the file that reads two ways, as it was read'),
  }).nullable(),
  notes: list(z.string()),
  restore: open({
    exportedAt: z.string(),
    timeZone: z.string(),
    holidays: z.string(),
    refused: nullableText.describe(
      'why importing this export will be refused (409): the account already holds data',
    ),
  }).nullable(),
  blocked: nullableText.describe(
    'why nothing can be imported yet: a spreadsheet without a company or title column',
  ),
  token: z.string(),
  written: z.boolean(),
});

export type ImportItem = z.infer<typeof ImportItem>;
export type ImportPreview = z.infer<typeof ImportPreviewAnswer>;
