import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDate } from '../core/dates.js';
import type { HolidaySource, PublicHoliday } from '../core/holidays.js';

/** What core/holidays.ts offers: the rules (date-holidays). */
export type HolidayRules = typeof import('../core/holidays.js');

/**
 * `index.json` of the holiday table (written at build time by scripts/holiday-table.mjs):
 * the years it holds, for every region the settings take.
 */
export interface HolidayTableIndex {
  /** The date-holidays version the table was computed with. */
  readonly version: string;
  readonly from: number;
  readonly to: number;
  readonly regions: readonly string[];
}

/** `<REGION>.json`: each year's public holidays as `[date, name]`, as the rules give them. */
export type RegionTable = Readonly<Record<string, readonly (readonly [string, string])[]>>;

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // No table (the source tree) or a broken one: the rules answer, only slower.
    return undefined;
  }
}

/**
 * `publicHolidays` read from the table in `dir` for the years it holds, from the rules for any
 * other year (or region): the rules, about 1.5 MB of code and a time zone database, load only
 * when a year outside the table is asked for.
 * @example tableHolidays('dist/holidays', rules)('US')(2026) // as rules().publicHolidays('US')(2026)
 */
export function tableHolidays(
  dir: string,
  rules: () => HolidayRules,
): HolidayRules['publicHolidays'] {
  let index: HolidayTableIndex | null | undefined;
  return (region) => {
    index ??= readJson<HolidayTableIndex>(join(dir, 'index.json')) ?? null;
    const held = index;
    const table = held?.regions.includes(region)
      ? readJson<RegionTable>(join(dir, `${region}.json`))
      : undefined;
    let fromRules: HolidaySource | undefined;
    return (year): readonly PublicHoliday[] => {
      const pairs = held && year >= held.from && year <= held.to ? table?.[year] : undefined;
      if (!pairs) {
        fromRules ??= rules().publicHolidays(region);
        return fromRules(year);
      }
      return pairs.map(([date, name]) => ({ date: parseIsoDate(date) ?? fail(date), name }));
    };
  };
}

function fail(date: string): never {
  throw new Error(`the holiday table holds ${JSON.stringify(date)}, which is not a date`);
}
