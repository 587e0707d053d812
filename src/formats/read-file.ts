import type { ContactRow } from './contact-row.js';
import { type CsvTable, readCsv } from './csv-table.js';
import { decodeText, type TextEncoding } from './decode.js';
import { type ExportDocument, looksLikeJson, readExportDocument } from './export-document.js';
import { FileProblem, type RowProblem } from './file-problem.js';
import { type ImportFormat, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './import-limits.js';
import { linkedInHeaderIndex, readLinkedIn } from './linkedin.js';
import { looksLikeVcard, readVcards } from './vcard-read.js';

export {
  IMPORT_FORMATS,
  type ImportFormat,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
} from './import-limits.js';

export type ReadFile = { readonly encoding: TextEncoding; readonly detected: boolean } & (
  | {
      readonly format: 'linkedin' | 'vcard';
      readonly rows: readonly ContactRow[];
      readonly problems: readonly RowProblem[];
    }
  | { readonly format: 'csv'; readonly table: CsvTable }
  | { readonly format: 'json'; readonly document: ExportDocument }
);

/** A file read elsewhere (the server reads large ones in a worker thread): its reading, or why it cannot be imported at all. */
export type ThreadRead =
  | { readonly ok: true; readonly file: ReadFile }
  | { readonly ok: false; readonly problem: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuses a file above the size an import takes, saying both sizes. */
export function checkSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new FileProblem(
      `the file is ${megabytes(bytes)}; an import takes at most ${megabytes(MAX_IMPORT_BYTES)} (a LinkedIn export of 30,000 connections is about 4 MB): split it, or export the contacts without photos`,
    );
  }
}

function checkRows(count: number): void {
  if (count > MAX_IMPORT_ROWS) {
    throw new FileProblem(
      `the file has ${count.toLocaleString('en-US')} rows; an import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')}: split it`,
    );
  }
}

function extensionOf(fileName: string | undefined): string {
  return /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
}

function detect(text: string, fileName: string | undefined): ImportFormat | undefined {
  if (looksLikeJson(text)) return 'json';
  if (looksLikeVcard(text)) return 'vcard';
  const extension = extensionOf(fileName);
  if (extension === 'vcf' || extension === 'vcard') {
    throw new FileProblem(`${fileName} is named as a vCard file but has no BEGIN:VCARD line first`);
  }
  if (extension === 'json') {
    throw new FileProblem(
      `${fileName} is named as a JSON file but does not start with { (a JustEnough export)`,
    );
  }
  // A CSV file: LinkedIn's header tells its connections from a tracker of applications.
  return undefined;
}

function csvOf(
  text: string,
  format: 'linkedin' | 'csv' | undefined,
): { format: 'linkedin' | 'csv'; table: CsvTable } {
  const table = readCsv(text);
  checkRows(table.records.length);
  if (table.records.slice(0, 20).every((r) => r.fields.length < 2)) {
    throw new FileProblem(
      'this is not a CSV file: no line has a comma, semicolon or tab between values; expected a CSV file (LinkedIn connections or a spreadsheet of applications), a vCard file (.vcf) or a JustEnough export (.json)',
    );
  }
  if (format === 'csv' || format === 'linkedin') return { format, table };
  return { format: linkedInHeaderIndex(table) >= 0 ? 'linkedin' : 'csv', table };
}

/**
 * Reads an uploaded file: its encoding, then its format (given, or found from
 * its content: JSON, a vCard's BEGIN line, LinkedIn's header, else a CSV of
 * applications), then its rows. A file that cannot be read at all throws a
 * FileProblem; rows that cannot be read are listed with their lines.
 */
export function readImportFile(
  bytes: Uint8Array,
  options: {
    readonly fileName?: string | undefined;
    readonly format?: ImportFormat | undefined;
  } = {},
): ReadFile {
  checkSize(bytes.length);
  const { text, encoding } = decodeText(bytes);
  const detected = options.format === undefined;
  const format = options.format ?? detect(text, options.fileName);
  switch (format) {
    case 'json':
      return { format, encoding, detected, document: readExportDocument(text) };
    case 'vcard': {
      if (!looksLikeVcard(text)) {
        throw new FileProblem('this is not a vCard file: its first line is not BEGIN:VCARD');
      }
      const { rows, problems } = readVcards(text);
      checkRows(rows.length + problems.length);
      return { format, encoding, detected, rows, problems };
    }
    default: {
      const csv = csvOf(text, format);
      if (csv.format === 'csv') {
        if (csv.table.records.length < 2) {
          throw new FileProblem(
            'the file has no rows under its header; expected a header line (Company, Title, Date applied ...) and a line per application',
          );
        }
        return { format: 'csv', encoding, detected, table: csv.table };
      }
      const { rows, problems } = readLinkedIn(csv.table);
      return { format: 'linkedin', encoding, detected, rows, problems };
    }
  }
}
