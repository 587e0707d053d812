import { z } from 'zod';
import { APPLICATION_FIELDS } from '../formats/applications.js';
import { list, open } from './schemas.js';

// Requests: the shapes only; the import use case judges the values (a format, a column, a date format).

const text = z.string();

/** How to read the uploaded file: the same options as `justenough import`. */
export const ImportQuery = z.strictObject({
  fileName: text.optional().describe('the name of the file, e.g. Connections.csv'),
  format: text.optional().describe('linkedin, vcard, csv or json; found from the file when absent'),
  map: z
    .union([text, z.array(text)])
    .optional()
    .describe(
      `for a spreadsheet: field=Column, repeatable; fields: ${APPLICATION_FIELDS.join(', ')}`,
    ),
  dateFormat: text.optional().describe('for a spreadsheet: mdy or dmy, how 03/04/2026 reads'),
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

const nullableText = z.string().nullable();
const fieldColumns = open(Object.fromEntries(APPLICATION_FIELDS.map((f) => [f, nullableText])));

/** `ImportPreview` (src/app/import-preview.ts). */
export const ImportPreviewAnswer = open({
  format: z.enum(['linkedin', 'vcard', 'csv', 'json']),
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
  items: list(
    open({
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
      warnings: list(z.string()).optional(),
    }),
  ).describe('one per row of the file, in its order'),
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
    from: z.enum(['option', 'dates']).nullable(),
  }).nullable(),
  notes: list(z.string()),
  restore: open({ exportedAt: z.string(), timeZone: z.string(), holidays: z.string() }).nullable(),
  blocked: nullableText.describe(
    'why nothing can be imported yet: a spreadsheet without a company or title column',
  ),
  token: z.string(),
  written: z.boolean(),
});
