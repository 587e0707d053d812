import { type ContactRow, cell } from './contact-row.js';
import type { CsvRecord, CsvTable } from './csv-table.js';
import { FileProblem, type RowProblem } from './file-problem.js';

/** The columns of LinkedIn's Connections.csv, in its order. */
export const LINKEDIN_COLUMNS = [
  'First Name',
  'Last Name',
  'URL',
  'Email Address',
  'Company',
  'Position',
  'Connected On',
] as const;

type Column = (typeof LINKEDIN_COLUMNS)[number];

// Older exports have no URL column; every export has these.
const REQUIRED: readonly Column[] = [
  'First Name',
  'Last Name',
  'Company',
  'Position',
  'Connected On',
];

/** How far down the header may stand: LinkedIn writes a few lines of notes above it. */
const HEADER_WITHIN = 30;

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Where each LinkedIn column stands in a header record, if it is LinkedIn's header. */
function columnsOf(record: CsvRecord): Map<Column, number> | undefined {
  const found = new Map<Column, number>();
  record.fields.forEach((field, i) => {
    const column = LINKEDIN_COLUMNS.find((c) => normal(c) === normal(field));
    if (column && !found.has(column)) found.set(column, i);
  });
  return REQUIRED.every((c) => found.has(c)) ? found : undefined;
}

/** The index of LinkedIn's header among the first records, or -1. */
export function linkedInHeaderIndex(table: CsvTable): number {
  return table.records.slice(0, HEADER_WITHIN).findIndex((r) => columnsOf(r) !== undefined);
}

export interface LinkedInRows {
  readonly rows: readonly ContactRow[];
  readonly problems: readonly RowProblem[];
  /** Lines above the header (LinkedIn's notes). */
  readonly preambleLines: number;
}

/**
 * The connections of a LinkedIn export: the notes above the header are
 * skipped; a row whose number of fields differs from the header's is refused
 * with its line (an unquoted comma, a cut-off line).
 */
export function readLinkedIn(table: CsvTable): LinkedInRows {
  const index = linkedInHeaderIndex(table);
  const header = table.records[index];
  const columns = header && columnsOf(header);
  if (!header || !columns) {
    throw new FileProblem(
      `no LinkedIn header: expected the line ${LINKEDIN_COLUMNS.join(',')} within the first ${HEADER_WITHIN} lines (export "Connections" from LinkedIn's "Get a copy of your data")`,
    );
  }
  const width = header.fields.length;
  const problems: RowProblem[] = [...table.problems.filter((p) => p.line > header.line)];
  const rows: ContactRow[] = [];
  for (const record of table.records.slice(index + 1)) {
    const at = (column: Column) => {
      const i = columns.get(column);
      return i === undefined ? null : cell(record.fields[i]);
    };
    const span = record.endLine > record.line ? { endLine: record.endLine } : {};
    if (record.fields.length !== width) {
      problems.push({
        line: record.line,
        ...span,
        reason: `has ${record.fields.length} fields where the header has ${width} (${header.fields.join(', ')}); a comma inside a value needs quotes, or the line is cut off`,
      });
      continue;
    }
    rows.push({
      line: record.line,
      ...span,
      name: [at('First Name'), at('Last Name')].filter(Boolean).join(' '),
      email: at('Email Address'),
      phone: null,
      company: at('Company'),
      position: at('Position'),
      linkedinUrl: at('URL'),
      connectedOn: at('Connected On'),
      role: null,
      notes: null,
      otherEmails: [],
      otherPhones: [],
      otherUrls: [],
    });
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems, preambleLines: header.line - 1 };
}
