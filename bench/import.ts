// The import of LinkedIn's export at its cap of 30,000 connections: parse, preview,
// then write, on a new database file each time (the same file again would add nothing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAccount } from '../src/app/account.js';
import { commitImport, previewImport } from '../src/app/import/import.js';
import { openSqliteStore } from '../src/store/store.js';
import { DATABASE_FILE } from '../src/wiring/open-app.js';
import { fixedClock } from './dataset.js';
import { linkedInExport } from './linkedin.js';
import { type Line, quantile, timeRuns } from './stats.js';

const CONNECTIONS = 30_000;
const TODAY = '2026-11-23';
const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

/** Times the import of 30,000 connections, in process and as the whole `justenough import` command. */
export async function benchImport(): Promise<Line[]> {
  const dir = mkdtempSync(join(tmpdir(), 'justenough-import-'));
  try {
    const text = linkedInExport(CONNECTIONS);
    const bytes = new TextEncoder().encode(text);
    const file = join(dir, 'Connections.csv');
    writeFileSync(file, bytes);
    console.log(
      `LinkedIn export: ${CONNECTIONS} connections, ${(bytes.length / 1024 / 1024).toFixed(1)} MB`,
    );
    let written = 0;
    const inProcess = await timeRuns(3, 1, async (i) => {
      const store = await openSqliteStore(join(dir, `run-${i}`, DATABASE_FILE));
      try {
        const ctx = await openAccount(store, fixedClock(TODAY), () => 'America/Chicago');
        const preview = await previewImport(ctx, bytes, { fileName: 'Connections.csv' });
        if (!preview.ok) throw new Error(preview.message);
        const done = await commitImport(ctx, bytes, { token: preview.value.token });
        if (!done.ok) throw new Error(done.message);
        written = done.value.counts.newContacts;
      } finally {
        await store.close();
      }
    });
    if (written !== CONNECTIONS)
      throw new Error(`imported ${written} contacts, not ${CONNECTIONS}`);
    const command = await timeRuns(3, 0, (i) => {
      const r = spawnSync(
        process.execPath,
        [CLI, '--data', join(dir, `cli-${i}`), '--now', TODAY, 'import', file, '--yes', '--json'],
        {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        },
      );
      if (r.status !== 0) throw new Error(`justenough import failed: ${r.stderr}`);
    });
    return [
      {
        name: `import ${CONNECTIONS} LinkedIn connections (in process)`,
        median: quantile(inProcess, 0.5),
        p95: quantile(inProcess, 0.95),
        target: 5000,
      },
      {
        name: `justenough import, ${CONNECTIONS} connections`,
        median: quantile(command, 0.5),
        p95: quantile(command, 0.95),
        target: 5000,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
