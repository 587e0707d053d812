// Where the server's bundle (dist/cli/serve.cjs, scripts/build.mjs) finds the holiday rules:
// inside itself, run at the first question the table cannot answer. Its dates are the server's
// own Temporal's; dist/cli/holidays.js would make them with the command line's.
import type { HolidayRules } from './holiday-table.js';

export { dist } from './holiday-rules.js';

export const loadRules = (): HolidayRules =>
  // A require() the bundler resolves: the rules are compiled only when this runs.
  require('../core/holidays.js') as HolidayRules;
