import { type CsvError, parse } from 'csv-parse/sync';
import type { RowProblem } from './file-problem.js';

/** One record of a CSV file with the lines it came from. */
export interface CsvRecord {
  /** First line of the record (1-based). */
  readonly line: number;
  /** Last line: a quoted field may span several. */
  readonly endLine: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  readonly delimiter: ',' | ';' | '\t';
  /** Records with at least one non-blank field, in file order. */
  readonly records: readonly CsvRecord[];
  /** Records the parser could not read (a quote never closed, text after a closing quote). */
  readonly problems: readonly RowProblem[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of a CSV file: the one found most often, outside quotes, on a
 * single line among the first lines (Excel writes ";" where "," is the decimal mark).
 */
export function guessDelimiter(lines: readonly string[]): CsvTable['delimiter'] {
  let best: CsvTable['delimiter'] = ',';
  let bestCount = 0;
  for (const line of lines.slice(0, 20)) {
    const unquoted = line.replace(/"[^"]*"/g, '');
    for (const d of DELIMITERS) {
      const count = unquoted.split(d).length - 1;
      if (count > bestCount) {
        best = d;
        bestCount = count;
      }
    }
  }
  return best;
}

const PARSER_WORDS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (is the file cut off?)',
  CSV_INVALID_CLOSING_QUOTE: 'a quote closes a field but more text follows it before the delimiter',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the number of fields differs from the header',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows a closing quote',
};

/** The largest of sorted numbers below `limit`, or 0. */
function lastBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < limit) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? (sorted[low - 1] ?? 0) : 0;
}

/**
 * Reads CSV text with csv-parse: quoted fields with delimiters, quotes and line
 * breaks inside, any of CRLF, LF or CR line endings, blank lines skipped. A
 * record the parser cannot read is reported with its lines; reading goes on.
 */
export function readCsv(text: string): CsvTable {
  // One line ending, so that line numbers count what an editor shows.
  const normal = text.replace(/\r\n?/g, '\n');
  const lines = normal.split('\n');
  const delimiter = guessDelimiter(lines.filter((l) => l.trim() !== ''));
  const records: CsvRecord[] = [];
  // The parser names the line where a broken record ends; it starts after whatever came before.
  const broken: { end: number; reason: string }[] = [];
  const ends: number[] = [];
  // With info and raw, csv-parse gives each record with its lines and its text.
  const parsed = parse(normal, {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    // A quote inside an unquoted field (5" screen) is kept as text, as spreadsheets do.
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    raw: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      // The parser may report one broken record twice.
      if (broken.some((b) => b.end === error?.lines)) return undefined;
      broken.push({
        end: typeof error?.lines === 'number' ? error.lines : lines.length,
        reason:
          (error && PARSER_WORDS[error.code]) ?? error?.message ?? 'this record cannot be read',
      });
      return undefined;
    },
  }) as unknown as readonly { info: { lines: number }; raw?: string; record: string[] }[];
  for (const { info, raw, record } of parsed) {
    const own = (raw ?? '').replace(/^\n+/, '').replace(/\n$/, '');
    const inner = own.split('\n').length - 1;
    const endLine = info.lines;
    ends.push(endLine);
    if (record.every((f) => f.trim() === '')) continue;
    records.push({ line: endLine - inner, endLine, fields: record });
  }
  const allEnds = [...ends, ...broken.map((b) => b.end)].sort((a, b) => a - b);
  const problems = broken.map(({ end, reason }): RowProblem => {
    let line = lastBelow(allEnds, end) + 1;
    while (line < end && (lines[line - 1] ?? '').trim() === '') line++;
    return { line, ...(end > line ? { endLine: end } : {}), reason };
  });
  return { delimiter, records, problems };
}
