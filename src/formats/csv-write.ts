/** A cell's value: text, a number, a yes/no, or nothing. */
export type CsvValue = string | number | boolean | null | undefined;

// A spreadsheet runs a cell that starts with one of these as a formula: an
// imported "=HYPERLINK(...)" in a note must stay text. The quote shows, and the text is safe.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell of a CSV file: formula-safe (a leading = + - @ tab or CR gets a
 * quote mark before it) and quoted when it holds a delimiter, a quote or a line break.
 * @example csvCell('=1+1') // "'=1+1"
 * @example csvCell('Acme, Inc.') // '"Acme, Inc."'
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV file for spreadsheets: a UTF-8 byte order mark (so that Excel
 * reads accents right), a header, CRLF line endings (RFC 4180).
 */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
