import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMapping, readApplications } from './applications.js';
import { FileProblem } from './file-problem.js';
import { MAX_IMPORT_BYTES, type ReadFile, readImportFile } from './read-file.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

function contactsOf(file: ReadFile) {
  if (file.format !== 'linkedin' && file.format !== 'vcard') throw new Error(file.format);
  return file;
}

function problemOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof FileProblem) return error.message;
    throw error;
  }
  throw new Error('expected a FileProblem');
}

describe("reading LinkedIn's Connections.csv", () => {
  it('skips the notes above the header and reads BOM, CRLF, quoted commas and any script', () => {
    const file = contactsOf(readImportFile(fixture('linkedin-connections.csv')));
    expect(file).toMatchObject({ format: 'linkedin', encoding: 'utf-8', detected: true });
    expect(file.problems).toEqual([]);
    expect(file.rows).toHaveLength(11);
    expect(file.rows[0]).toMatchObject({
      line: 5,
      name: 'Jane Doe',
      email: 'jane.doe@acme.example',
      company: 'Acme Analytics, Inc.',
      position: 'Hiring Manager',
      linkedinUrl: 'https://www.linkedin.com/in/janedoe',
      connectedOn: '12 Jan 2026',
    });
    expect(file.rows[1]).toMatchObject({
      email: null,
      position: 'Talent Acquisition Partner, EMEA',
    });
    expect(file.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'Zoë Martin-Lefèvre',
        'José Ñúñez',
        '小明 王',
        'Алексей Смирнов',
        'محمد العلي',
        'Chen "CJ" Wei',
      ]),
    );
    expect(file.rows[10]).toMatchObject({ line: 15, name: '' });
  });

  it('refuses rows with too few or too many fields, and a quote never closed, by line', () => {
    const file = contactsOf(readImportFile(fixture('linkedin-broken.csv')));
    expect(file.rows.map((r) => [r.line, r.name])).toEqual([
      [5, 'Jane Doe'],
      [8, 'Kim Lee'],
    ]);
    expect(file.problems.map((p) => [p.line, p.reason.slice(0, 40)])).toEqual([
      [6, 'has 8 fields where the header has 7 (Fir'],
      [7, 'has 5 fields where the header has 7 (Fir'],
      [9, 'a quoted field is never closed (is the f'],
    ]);
  });

  it('says where the header should be when it is missing', () => {
    expect(
      problemOf(() => readImportFile(fixture('wrong-columns.csv'), { format: 'linkedin' })),
    ).toContain(
      'no LinkedIn header: expected the line First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    );
  });
});

describe('reading vCard files', () => {
  it('reads vCard 3.0 and 4.0 cards with their lines, the preferred e-mail and phone first', () => {
    const file = contactsOf(readImportFile(fixture('contacts.vcf')));
    expect(file.format).toBe('vcard');
    expect(file.rows.map((r) => [r.line, r.name])).toEqual([
      [1, 'Jane Doe'],
      [17, '王小明'],
      [25, 'José Ñúñez'],
      [36, 'Алексей Смирнов'],
      [49, ''],
    ]);
    expect(file.rows[0]).toMatchObject({
      email: 'jane.doe@acme.example',
      otherEmails: ['jane@home.example'],
      phone: '+1 (312) 555-0199',
      otherPhones: ['312 555 0100 x12'],
      company: 'Acme Analytics, Inc.',
      position: 'Hiring Manager',
      linkedinUrl: 'https://www.linkedin.com/in/janedoe',
      notes:
        'Met at the Chicago analytics meetup, prefers calls in the morning. She mentioned a second opening in Q2.',
    });
    expect(file.rows[1]).toMatchObject({ phone: '+86-10-1234-5678', company: '腾讯' });
    expect(file.rows[2]).toMatchObject({
      role: 'recruiter',
      linkedinUrl: 'https://www.linkedin.com/in/jose-nunez',
    });
    expect(file.rows[3]).toMatchObject({
      email: 'aleksey@yandex.example',
      otherUrls: ['https://aleksey.example'],
    });
  });

  it('refuses vCard 2.1, and reports a card cut off at the end of the file', () => {
    const file = contactsOf(readImportFile(fixture('contacts.vcf')));
    expect(file.problems).toEqual([
      {
        line: 43,
        endLine: 48,
        reason: 'vCard 2.1 cannot be read; export the contacts as vCard 3.0 or 4.0',
      },
    ]);
    const cut = contactsOf(readImportFile(fixture('contacts-cut-off.vcf')));
    expect(cut.rows.map((r) => r.name)).toEqual(['Kim Lee']);
    expect(cut.problems).toEqual([
      { line: 6, endLine: 9, reason: 'this card is cut off: the file ends before its END:VCARD' },
    ]);
  });
});

describe('reading a spreadsheet of applications', () => {
  it('guesses the columns from common headers', () => {
    const file = readImportFile(fixture('applications.csv'));
    if (file.format !== 'csv') throw new Error(file.format);
    const header = file.table.records[0]?.fields ?? [];
    expect(guessMapping(header)).toEqual({
      company: 'Company',
      title: 'Job Title',
      applied: 'Date Applied',
      status: 'Status',
      'status-date': 'Status date',
      contact: 'Contact',
      email: 'Contact Email',
      phone: 'Phone',
      notes: 'Notes',
      url: 'Job Link',
    });
    const rows = readApplications(file.table, guessMapping(header));
    expect(rows.rows[0]).toEqual({
      line: 2,
      values: {
        company: 'Acme Analytics',
        title: 'Data Analyst',
        applied: '11/02/2026',
        status: 'Applied',
        contact: 'Jane Doe',
        email: 'jane.doe@acme.example',
        phone: '312 555 0199',
        notes: 'Referred by Tom, from the meetup',
        url: 'https://jobs.acme.example/data-analyst',
      },
    });
  });

  it("reads Excel's European CSV: Windows-1252, semicolons, CRLF", () => {
    const file = readImportFile(fixture('applications-excel-de.csv'));
    if (file.format !== 'csv') throw new Error(file.format);
    expect(file.encoding).toBe('windows-1252');
    expect(file.table.delimiter).toBe(';');
    expect(file.table.records[1]?.fields).toEqual([
      'Müller & Söhne GmbH',
      'Datenanalyst',
      '02.11.2026',
      'beworben',
      'Jörg Müller',
      'joerg@mueller.example',
      'Gehalt: 60.000 €; Remote möglich',
    ]);
  });
});

describe('files that are not imports', () => {
  it('refuses binary garbage, archives and empty files, saying what is accepted', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(problemOf(() => readImportFile(garbage))).toMatch(
      /^this is not a CSV file \(LinkedIn connections or a spreadsheet of applications\), a vCard file \(\.vcf\) or a JustEnough export \(\.json\): it holds binary data/,
    );
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(problemOf(() => readImportFile(zip))).toContain(
      'a zip archive (an Excel .xlsx workbook',
    );
    expect(problemOf(() => readImportFile(new Uint8Array()))).toContain('the file is empty');
  });

  it('refuses a file over the size limit before reading it', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(problemOf(() => readImportFile(big))).toMatch(
      /^the file is 25\.0 MB; an import takes at most 25\.0 MB/,
    );
  });

  it('refuses a file whose name promises another format', () => {
    expect(
      problemOf(() => readImportFile(fixture('applications.csv'), { fileName: 'x.vcf' })),
    ).toContain('x.vcf is named as a vCard file but has no BEGIN:VCARD line first');
    expect(
      problemOf(() => readImportFile(fixture('applications.csv'), { format: 'vcard' })),
    ).toContain('this is not a vCard file');
  });

  it('refuses JSON that is broken or not an export, with the line', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(problemOf(() => readImportFile(bytes('{\n"format": "justenough-export",\n}')))).toMatch(
      /^this is not valid JSON \(line 3\)/,
    );
    expect(problemOf(() => readImportFile(bytes('{"name": "x"}')))).toContain(
      'not a JustEnough export',
    );
    expect(
      problemOf(() => readImportFile(bytes('{"format": "justenough-export", "version": 9}'))),
    ).toContain('update JustEnough to import it');
  });
});
