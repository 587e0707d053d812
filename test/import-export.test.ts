// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the command is checked by the assertions
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliResult, cli, tempDataDir } from './cli.js';

// `justenough import` and `justenough export`, driven as users run them (no terminal: no questions asked).
const FIXTURES = join(import.meta.dirname, 'fixtures', 'import');
const NOW = '2026-11-23';

let data: { dir: string; remove: () => void };
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

const run = (args: readonly string[], dir = data.dir) =>
  cli(['--data', dir, '--now', NOW, ...args]);

async function json(args: readonly string[], dir = data.dir): Promise<any> {
  const r = await run([...args, '--json'], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

function expectOneLineError(r: CliResult, ...words: string[]): void {
  expect(r.code).toBe(1);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  for (const w of words) expect(lines[0]).toContain(w);
}

describe('justenough import', () => {
  it('--dry-run shows the preview and writes nothing', async () => {
    const preview = await json(['import', join(FIXTURES, 'linkedin-connections.csv'), '--dry-run']);
    expect(preview).toMatchObject({
      format: 'linkedin',
      fileName: 'linkedin-connections.csv',
      written: false,
    });
    expect(preview.counts).toMatchObject({ add: 9, skip: 1, reject: 1, newContacts: 9 });
    expect((await json(['contacts'])).items).toEqual([]);
  });

  it('without --yes and no terminal to ask on, shows the preview and refuses to write', async () => {
    const r = await run(['import', join(FIXTURES, 'linkedin-connections.csv')]);
    expect(r.stdout).toContain('linkedin-connections.csv: LinkedIn connections, 11 rows');
    expect(r.stdout).toContain('line 15       no name: First Name and Last Name are both empty');
    expectOneLineError(r, 'nothing was written: run again with --yes');
    expect((await json(['contacts'])).items).toEqual([]);
  });

  it('--yes writes it; the same file again adds nothing', async () => {
    const first = await json(['import', join(FIXTURES, 'linkedin-connections.csv'), '--yes']);
    expect(first).toMatchObject({ written: true, counts: { newContacts: 9, newCompanies: 6 } });
    expect((await json(['contacts'])).items).toHaveLength(9);
    const again = await run(['import', join(FIXTURES, 'linkedin-connections.csv'), '--yes']);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(
      'Nothing to import: everything in the file is already here or was rejected.\n',
    );
    expect((await json(['contacts'])).items).toHaveLength(9);
  });

  it('imports a spreadsheet with corrected columns, and the method schedules its applications', async () => {
    const r = await json([
      'import',
      join(FIXTURES, 'applications-excel-de.csv'),
      '--map',
      'title=Stelle',
      '--map',
      'applied=Beworben am',
      '--map',
      'contact=Kontakt',
      '--yes',
    ]);
    expect(r.counts).toMatchObject({ newOpportunities: 2, newEvents: 4 });
    const today = await json(['today']);
    expect(today.items[0]).toMatchObject({
      action: 'follow-up',
      company: 'Müller & Söhne GmbH',
      dueOn: '2026-11-05',
    });
  });

  it('refuses files it cannot import with one line, before writing anything', async () => {
    const garbage = join(data.dir, 'garbage.csv');
    writeFileSync(
      garbage,
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 3) % 256)),
    );
    expectOneLineError(await run(['import', garbage, '--yes']), 'it holds binary data');
    const big = join(data.dir, 'big.csv');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a,b\n'));
    expectOneLineError(
      await run(['import', big, '--yes']),
      'big.csv is 50.0 MB; an import takes at most 25.0 MB',
    );
    expectOneLineError(await run(['import', join(data.dir, 'missing.csv')]), 'no such file');
    // A million columns: refused at once, in one short line (it was 10.9 MB of error).
    const wide = join(data.dir, 'wide.csv');
    writeFileSync(wide, `${'Column,'.repeat(1_000_000)}Last\n1,2\n`);
    const refused = await run(['import', wide, '--yes']);
    expectOneLineError(refused, 'line 1 has more than 500 columns, the most an import reads');
    expect(refused.stderr.length).toBeLessThan(600);
    expectOneLineError(
      await run([
        'import',
        join(FIXTURES, 'applications-ambiguous-dates.csv'),
        '--date-format',
        'ymd',
      ]),
      "option '--date-format <order>' argument 'ymd' is invalid",
    );
    expectOneLineError(
      await run(['import', join(FIXTURES, 'applications.csv'), '--map', 'title=Job']),
      '--map: no column is named "Job"; columns: "Company"',
    );
    expect((await json(['contacts'])).items).toEqual([]);
  });
});

describe('justenough export', () => {
  it('export -> import into an empty data directory -> export gives the same document', async () => {
    await json([
      'settings',
      '--timezone',
      'Europe/Berlin',
      '--holidays',
      'DE-BY',
      '--name',
      'Zoë Weiß',
    ]);
    await json(['import', join(FIXTURES, 'linkedin-connections.csv'), '--yes']);
    await json(['import', join(FIXTURES, 'applications.csv'), '--yes']);
    await json(['log', '1', 'voicemail', '--on', '2026-11-20']);
    const exported = join(data.dir, 'export.json');
    const saved = await json(['export', '--output', exported]);
    expect(saved).toMatchObject({ file: exported, format: 'json' });
    const document = JSON.parse(readFileSync(exported, 'utf8'));
    expect(document).toMatchObject({
      format: 'justenough-export',
      version: 2,
      settings: { timeZone: 'Europe/Berlin' },
    });
    const other = tempDataDir();
    try {
      const restored = await json(['import', exported, '--yes'], other.dir);
      expect(restored).toMatchObject({
        format: 'json',
        written: true,
        counts: { newOpportunities: 7 },
      });
      expect(await json(['export'], other.dir)).toEqual(document);
      expect(await json(['today'], other.dir)).toEqual(await json(['today']));
      expectOneLineError(
        await run(['import', exported, '--yes'], other.dir),
        'restores into an empty account only',
      );
      // Said before any question: the preview knows the restore would be refused.
      expectOneLineError(await run(['import', exported], other.dir), 'will be refused');
    } finally {
      other.remove();
    }
  });

  it('--format csv gives opportunities for spreadsheets; --format vcard gives contacts', async () => {
    await json(['import', join(FIXTURES, 'applications.csv'), '--yes']);
    const csv = await run(['export', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFId,Kind,Company,Title,Status,Contact,')).toBe(true);
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(8);
    const vcard = await run(['export', '--format', 'vcard']);
    expect(vcard.stdout.match(/BEGIN:VCARD/g)).toHaveLength(3);
    expectOneLineError(await run(['export', '--format', 'xlsx']), "argument 'xlsx' is invalid");
  });
});
