// Where the built command line finds the holiday rules: dist/cli/holidays.js, an entry of its
// own, required at the first question the table cannot answer (require of an ES module shares
// the bundle's module instances, its Temporal among them).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { HolidayRules } from './holiday-table.js';
import { packageRoot } from './package-root.js';

export const dist = join(packageRoot(import.meta.url), 'dist');

export const loadRules = (): HolidayRules =>
  createRequire(import.meta.url)(join(dist, 'cli', 'holidays.js')) as HolidayRules;
