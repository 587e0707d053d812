// What the built command line has in place of core/holidays.ts (scripts/build.mjs): the same
// functions, the public holidays read from the table built beside the bundle
// (scripts/holiday-table.mjs), the rules themselves (dist/cli/holidays.js) loaded at the first
// question the table cannot answer. The first today list of a server, which shows the coming
// year's holidays, then starts without them.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type HolidayRules as Rules, tableHolidays } from './holiday-table.js';
import { packageRoot } from './package-root.js';

const dist = join(packageRoot(import.meta.url), 'dist');
let rules: Rules | undefined;
// The same module instances as the bundle's own (require of an ES module shares them).
const loadRules = (): Rules => {
  rules ??= createRequire(import.meta.url)(join(dist, 'cli', 'holidays.js')) as Rules;
  return rules;
};

export const publicHolidays: Rules['publicHolidays'] = tableHolidays(
  join(dist, 'holidays'),
  loadRules,
);
export const normaliseRegion: Rules['normaliseRegion'] = (region) =>
  loadRules().normaliseRegion(region);
export const holidayRegions: Rules['holidayRegions'] = () => loadRules().holidayRegions();
