// What the built command line has in place of core/holidays.ts (scripts/build.mjs): the same
// functions, the public holidays read from the table built beside the bundle
// (scripts/holiday-table.mjs), the rules themselves (dist/cli/holidays.js) loaded at the first
// question the table cannot answer. The first today list of a server, which shows the coming
// year's holidays, then starts without them.
import { join } from 'node:path';
import { dist, loadRules as requireRules } from './holiday-rules.js';
import { type HolidayRules as Rules, tableHolidays } from './holiday-table.js';

let rules: Rules | undefined;
const loadRules = (): Rules => {
  rules ??= requireRules();
  return rules;
};

export const publicHolidays: Rules['publicHolidays'] = tableHolidays(
  join(dist, 'holidays'),
  loadRules,
);
export const normaliseRegion: Rules['normaliseRegion'] = (region) =>
  loadRules().normaliseRegion(region);
export const holidayRegions: Rules['holidayRegions'] = () => loadRules().holidayRegions();
