// The holiday table: every region's public holidays for the years around the build, computed
// once from the rules (the bundled core/holidays.ts) and read by the built command line
// (src/wiring/holiday-table.ts) instead of loading date-holidays and moment-timezone. A year
// outside it is asked of the rules, as before.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Past years for the timelines of a long search, coming years for callbacks and the date picker.
const YEARS_BEFORE = 3;
const YEARS_AFTER = 7;

/** Writes `<dist>/holidays/` unless it already holds these years for this date-holidays. */
export async function writeHolidayTable(dist, year = new Date().getFullYear()) {
  const version = JSON.parse(
    readFileSync('node_modules/date-holidays/package.json', 'utf8'),
  ).version;
  const from = year - YEARS_BEFORE;
  const to = year + YEARS_AFTER;
  const dir = join(dist, 'holidays');
  const indexFile = join(dir, 'index.json');
  if (existsSync(indexFile)) {
    const index = JSON.parse(readFileSync(indexFile, 'utf8'));
    if (index.version === version && index.from === from && index.to === to) return false;
  }
  const rules = await import(pathToFileURL(join(dist, 'cli', 'holidays.js')).href);
  const regions = rules.holidayRegions().map((r) => r.code);
  const temporary = `${dir}.${process.pid}`;
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  for (const region of regions) {
    const source = rules.publicHolidays(region);
    const years = {};
    for (let y = from; y <= to; y++) {
      years[y] = source(y).map((h) => [h.date.toString(), h.name]);
    }
    await writeFile(join(temporary, `${region}.json`), JSON.stringify(years));
  }
  // The index last: a table without one is not read.
  await writeFile(join(temporary, 'index.json'), JSON.stringify({ version, from, to, regions }));
  await rm(dir, { recursive: true, force: true });
  await rename(temporary, dir);
  return true;
}
