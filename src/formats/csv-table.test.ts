import { describe, expect, it } from 'vitest';
import { guessDelimiter, readCsv } from './csv-table.js';

describe('reading CSV records with the lines they came from', () => {
  it('counts lines as an editor does: blank lines, CRLF, CR and line breaks inside quotes', () => {
    const table = readCsv('a,b\r\n1,2\r\n\r\n3,"x\r\ny"\r4,5\n"6, 7",8\n');
    expect(table.records.map((r) => [r.line, r.endLine, r.fields])).toEqual([
      [1, 1, ['a', 'b']],
      [2, 2, ['1', '2']],
      [4, 5, ['3', 'x\ny']],
      [6, 6, ['4', '5']],
      [7, 7, ['6, 7', '8']],
    ]);
    expect(table.problems).toEqual([]);
  });

  it('reads the notes above a table on their own, and the table from its header', () => {
    const table = readCsv('Notes:\n"Some, words"\n\nh1,h2,h3\n1,2,3\n4,5\n');
    expect(table.records.map((r) => [r.line, r.fields.length])).toEqual([
      [1, 1],
      [2, 1],
      [4, 3],
      [5, 3],
      [6, 2],
    ]);
  });

  it('keeps a quote inside an unquoted field as text, and reports a quote never closed from its line', () => {
    expect(readCsv('a,b\n5" screen,x\n').records[1]?.fields).toEqual(['5" screen', 'x']);
    const cut = readCsv('a,b\n1,2\n\n3,"x\n4,5\n');
    expect(cut.records).toHaveLength(2);
    expect(cut.problems).toEqual([
      { line: 4, endLine: 5, reason: 'a quoted field is never closed (is the file cut off?)' },
    ]);
  });

  it('finds the delimiter: comma, semicolon (Excel in Europe) or tab', () => {
    expect(guessDelimiter(['a;b;c', '1;"2,5";3'])).toBe(';');
    expect(guessDelimiter(['a\tb\tc'])).toBe('\t');
    expect(guessDelimiter(['Notes:', 'a,b,c'])).toBe(',');
    expect(readCsv('a;b\n"x;y";2\n').records[1]?.fields).toEqual(['x;y', '2']);
  });
});
