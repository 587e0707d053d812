// `capture` of a 2 MB posting page in process: the page read with htmlparser2, its JSON-LD
// found and cleaned, the job written with its posting details. Target: under 100 ms.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAccount } from '../src/app/account.js';
import { capturePosting } from '../src/app/capture/capture.js';
import { parseMoment } from '../src/core/time.js';
import { openSqliteStore } from '../src/store/store.js';
import { DATABASE_FILE } from '../src/wiring/open-app.js';
import { type Line, quantile, timeRuns } from './stats.js';

const FIXTURE = join(
  import.meta.dirname,
  '..',
  'test',
  'fixtures',
  'capture',
  'board-posting.html',
);
const PAGE_BYTES = 2 * 1024 * 1024;

/** A job board's page of about 2 MB: the posting, then the markup and scripts around it. */
function bigPage(n: number): string {
  const posting = readFileSync(FIXTURE, 'utf8')
    .replaceAll('4100223311', `4100223311${n}`)
    .replace(/"title": "([^"]+)"/, (_all, title) => `"title": "${title} ${n}"`);
  const card = (i: number) =>
    `<li class="job-card" data-id="${i}"><a href="/jobs/view/${i}?trk=similar"><h3>Similar job ${i}</h3><p>Company &amp; Co · Chicago, IL</p></a><span class="ago">2 days ago</span></li>\n`;
  const parts: string[] = [];
  let size = posting.length;
  for (let i = 0; size < PAGE_BYTES; i++) {
    const piece = card(i);
    parts.push(piece);
    size += piece.length;
  }
  return posting.replace('</body>', `<ul class="similar">${parts.join('')}</ul></body>`);
}

export async function benchCapture(): Promise<Line[]> {
  const dir = mkdtempSync(join(tmpdir(), 'justenough-bench-capture-'));
  const store = await openSqliteStore(join(dir, DATABASE_FILE));
  try {
    const ctx = await openAccount(store, clock, () => 'America/Chicago');
    // A new job each time (its title differs): every run reads, finds no duplicate, and writes.
    const pages = Array.from({ length: 25 }, (_, i) => bigPage(i));
    const mb = Buffer.byteLength(pages[0] ?? '') / 1024 / 1024;
    console.log(`capture: ${pages.length} pages of ${mb.toFixed(2)} MB`);
    let next = 0;
    const times = await timeRuns(20, 5, async () => {
      const html = pages[next++] ?? '';
      const result = await capturePosting(ctx, { html, applied: true });
      if (!result.ok || result.value.existing) throw new Error('capture: not written');
    });
    return [
      {
        name: 'capture of a 2 MB posting page (in process)',
        median: quantile(times, 0.5),
        p95: quantile(times, 0.95),
        target: 100,
      },
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function clock(zone: string) {
  const at = parseMoment('2026-11-23', zone);
  if (!at) throw new Error('bench clock: not a moment');
  return at;
}
