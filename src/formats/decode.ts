import { FileProblem } from './file-problem.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text, without its byte order mark, line endings as they were. */
  readonly text: string;
  readonly encoding: TextEncoding;
}

// Files people pick by mistake, by their first bytes: said by name, with what to do instead.
const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a zip archive (an Excel .xlsx workbook, or the archive LinkedIn sends): unzip it or save the sheet as CSV, then import the .csv file',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    what: 'an old Excel .xls workbook: save the sheet as CSV, then import the .csv file',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive: unpack it first' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  {
    bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66],
    what: 'a SQLite database: to move your data, use justenough export and import its .json file',
  },
];

const ACCEPTED =
  'a CSV file (LinkedIn connections or a spreadsheet of applications), a vCard file (.vcf) or a JustEnough export (.json)';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// C0 controls other than tab, line feed, form feed and carriage return: never in a text export.
function isBinaryControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    code === 0x7f
  );
}

// Node 20's TextDecoder reads "windows-1252" as Latin-1: bytes 0x80-0x9F need Windows' own characters (€, smart quotes, dashes).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

function refuseBinary(text: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) {
      throw new FileProblem(
        `this is not ${ACCEPTED}: it holds binary data (a zero byte at character ${i + 1})`,
      );
    }
    if (isBinaryControl(code)) controls++;
  }
  // A stray control character is a typo; many are the sign of a binary file.
  if (controls > 8 && controls > text.length / 1000) {
    throw new FileProblem(
      `this is not ${ACCEPTED}: it holds binary data (${controls} control characters)`,
    );
  }
}

/**
 * The text of an uploaded file. UTF-8 (with or without a byte order mark) and
 * UTF-16 with a byte order mark are read as such; other bytes that are not
 * UTF-8 are read as Windows-1252, the encoding Excel uses for "CSV" on Windows.
 * Binary files (archives, workbooks, images, anything with zero bytes) are refused.
 * @example decodeText(new TextEncoder().encode('\uFEFFName\r\n')).text // 'Name\r\n'
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new FileProblem(`the file is empty; expected ${ACCEPTED}`);
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      throw new FileProblem(`this is ${signature.what}, not ${ACCEPTED}`);
    }
  }
  let decoded: DecodedText;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    decoded = { text: new TextDecoder(encoding).decode(bytes), encoding };
  } else {
    try {
      decoded = {
        text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
        encoding: 'utf-8',
      };
    } catch {
      decoded = { text: windows1252(bytes), encoding: 'windows-1252' };
    }
  }
  refuseBinary(decoded.text);
  if (decoded.text.trim() === '') {
    throw new FileProblem(`the file holds only blank lines; expected ${ACCEPTED}`);
  }
  return decoded;
}
