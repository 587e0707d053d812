import { type CsvError, parse } from 'csv-parse/sync';
import { FileProblem, type RowProblem } from './file-problem.js';

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

/** The most columns (values on one row) an import reads: a tracker has a few dozen at most. */
export const MAX_COLUMNS = 500;
/** The longest value (cell) an import reads. */
export const MAX_CELL = 20_000;

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
  CSV_MAX_RECORD_SIZE: `a value is longer than ${MAX_CELL.toLocaleString('en-US')} characters`,
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
 * Refuses a file with a row of more than MAX_COLUMNS values before the parser
 * reads it: a million columns would keep it busy for a minute. Delimiters in
 * quotes on the same line are not counted.
 */
function checkColumns(lines: readonly string[], delimiter: string): void {
  for (const [i, line] of lines.entries()) {
    if (line.length < MAX_COLUMNS) continue;
    const unquoted = line.replace(/"[^"]*"/g, '');
    let columns = 1;
    for (let at = unquoted.indexOf(delimiter); at !== -1 && columns <= MAX_COLUMNS; ) {
      columns++;
      at = unquoted.indexOf(delimiter, at + 1);
    }
    if (columns > MAX_COLUMNS) {
      throw new FileProblem(
        `line ${i + 1} has more than ${MAX_COLUMNS} columns, the most an import reads: is this the right file?`,
      );
    }
  }
}

/** Lines looked at for notes above the table (LinkedIn writes a few). */
const PREFIX_LINES = 30;

/** The records of CSV text from a line on, with the records the parser could not read. */
function parseFrom(normal: string, lines: readonly string[], delimiter: string, fromLine: number) {
  const records: CsvRecord[] = [];
  // The parser names the line where a broken record ends; it starts after whatever came before.
  const broken: { end: number; reason: string }[] = [];
  const ends: number[] = [fromLine - 1];
  // With info, csv-parse gives each record with the line it ends on.
  const parsed = parse(normal, {
    delimiter,
    record_delimiter: '\n',
    from_line: fromLine,
    relax_column_count: true,
    // A quote inside an unquoted field (5" screen) is kept as text, as spreadsheets do.
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_CELL,
    info: true,
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
  }) as unknown as readonly { info: { lines: number }; record: string[] }[];
  let previous = fromLine - 1;
  const brokenEnds = broken.map((b) => b.end).sort((a, b) => a - b);
  for (const { info, record } of parsed) {
    const endLine = info.lines;
    // The record starts on the first line that is not blank after the previous one, read or broken.
    let line = Math.max(previous, lastBelow(brokenEnds, endLine)) + 1;
    while (line < endLine && (lines[line - 1] ?? '').trim() === '') line++;
    previous = endLine;
    ends.push(endLine);
    if (record.every((f) => f.trim() === '')) continue;
    records.push({ line, endLine, fields: record });
  }
  const allEnds = [...ends, ...broken.map((b) => b.end)].sort((a, b) => a - b);
  const problems = broken.map(({ end, reason }): RowProblem => {
    let line = lastBelow(allEnds, end) + 1;
    while (line < end && (lines[line - 1] ?? '').trim() === '') line++;
    return { line, ...(end > line ? { endLine: end } : {}), reason };
  });
  return { records, problems };
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
  checkColumns(lines, delimiter);
  // The table starts at its widest record near the top; notes above it are read on their own.
  // (csv-parse makes an error object for every record narrower or wider than the first: a
  // one-field note line first would cost one per row, seconds for 30,000 rows.)
  const prefix = parseFrom(lines.slice(0, PREFIX_LINES).join('\n'), lines, delimiter, 1);
  const widest = Math.max(0, ...prefix.records.map((r) => r.fields.length));
  const start = prefix.records.find((r) => r.fields.length === widest)?.line ?? 1;
  const table = parseFrom(normal, lines, delimiter, start);
  return {
    delimiter,
    records: [...prefix.records.filter((r) => r.endLine < start), ...table.records],
    problems: [...prefix.problems.filter((p) => (p.endLine ?? p.line) < start), ...table.problems],
  };
}
