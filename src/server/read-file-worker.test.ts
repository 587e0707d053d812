import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../formats/read-file.js';
import { readInWorker } from './read-file-worker.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

describe('readInWorker: a large import file is read in a worker thread, as it would be here', () => {
  it.each(['linkedin-connections.csv', 'applications.csv', 'contacts.vcf'])(
    'reads %s exactly as the event loop would',
    async (name) => {
      const bytes = fixture(name);
      expect(await readInWorker(bytes, { fileName: name })).toEqual({
        ok: true,
        file: readImportFile(bytes, { fileName: name }),
      });
    },
  );

  it('says why a file cannot be imported, as the event loop would', async () => {
    const hostile = new TextEncoder().encode(`${'a,'.repeat(1_000_000)}b\n1,2\n`);
    expect(await readInWorker(hostile, { fileName: 'hostile.csv' })).toEqual({
      ok: false,
      problem:
        'line 1 has more than 500 columns, the most an import reads: is this the right file?',
    });
  });
});
