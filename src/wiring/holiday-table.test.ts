import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as rules from '../core/holidays.js';
import { type HolidayTableIndex, tableHolidays } from './holiday-table.js';

// The table the build wrote (scripts/holiday-table.mjs; `pretest` builds).
const TABLE = join(import.meta.dirname, '..', '..', 'dist', 'holidays');
const index = JSON.parse(readFileSync(join(TABLE, 'index.json'), 'utf8')) as HolidayTableIndex;

const texts = (holidays: readonly rules.PublicHoliday[]) =>
  holidays.map((h) => `${h.date.toString()} ${h.name}`);

/** Rules that count how often they are loaded; `load: false` makes loading them an error. */
function countedRules(load = true) {
  const counted = { loads: 0, rules: () => rules };
  counted.rules = () => {
    if (!load) throw new Error('the rules were loaded');
    counted.loads += 1;
    return rules;
  };
  return counted;
}

describe('Holiday table: the holidays of the years around the build, without the rules', () => {
  it('holds every region the settings take, and the years around the build', () => {
    expect([...index.regions].sort()).toEqual(
      rules
        .holidayRegions()
        .map((r) => r.code)
        .sort(),
    );
    const year = new Date().getFullYear();
    expect(index.from).toBeLessThanOrEqual(year - 1);
    expect(index.to).toBeGreaterThanOrEqual(year + 2);
  });

  it('gives, for each region and year it holds, what the rules give, never loading them', () => {
    const table = tableHolidays(TABLE, countedRules(false).rules);
    fc.assert(
      fc.property(
        fc.constantFrom(...index.regions),
        fc.integer({ min: index.from, max: index.to }),
        (region, year) => {
          expect(texts(table(region)(year))).toEqual(texts(rules.publicHolidays(region)(year)));
        },
      ),
      { numRuns: 60 },
    );
    // The worked example: Thanksgiving.
    expect(texts(table('US')(2026))).toContain('2026-11-26 Thanksgiving Day');
  });

  it('asks the rules for a year outside it, loading them once, at that question', () => {
    const counted = countedRules();
    const us = tableHolidays(TABLE, counted.rules)('US');
    us(index.from);
    us(index.to);
    expect(counted.loads).toBe(0);
    expect(texts(us(index.from - 1))).toEqual(texts(rules.publicHolidays('US')(index.from - 1)));
    expect(texts(us(index.to + 1))).toEqual(texts(rules.publicHolidays('US')(index.to + 1)));
    expect(counted.loads).toBe(1);
  });
});

describe('Holiday table: missing or broken, the rules answer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'justenough-holidays-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['no table', undefined, undefined],
    ['a broken index', '{"from": 2020, "to"', undefined],
    ['a broken region file', JSON.stringify({ ...index, regions: ['US'] }), '[[not json'],
    ['a region it does not hold', JSON.stringify({ ...index, regions: ['DE'] }), undefined],
  ])('%s', (_, indexText, regionText) => {
    rmSync(join(dir, 'index.json'), { force: true });
    rmSync(join(dir, 'US.json'), { force: true });
    if (indexText !== undefined) writeFileSync(join(dir, 'index.json'), indexText);
    if (regionText !== undefined) writeFileSync(join(dir, 'US.json'), regionText);
    const counted = countedRules();
    expect(texts(tableHolidays(dir, counted.rules)('US')(2026))).toEqual(
      texts(rules.publicHolidays('US')(2026)),
    );
    expect(counted.loads).toBe(1);
  });
});
