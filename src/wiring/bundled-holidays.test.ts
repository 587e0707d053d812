import { describe, expect, it } from 'vitest';
import * as rules from '../core/holidays.js';
import * as bundled from './bundled-holidays.js';

// The built command line has bundled-holidays.ts where the app asks for core/holidays.ts
// (scripts/build.mjs): it must answer the same questions the same way, from dist/.
describe('Holidays in the built command line', () => {
  it('has the functions of core/holidays.ts', () => {
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(rules).sort());
  });

  it('answers as the rules do: from the table, and from the built rules for the rest', () => {
    const text = (h: rules.PublicHoliday) => `${h.date.toString()} ${h.name}`;
    expect(bundled.publicHolidays('DE-BY')(2026).map(text)).toEqual(
      rules.publicHolidays('DE-BY')(2026).map(text),
    );
    expect(bundled.publicHolidays('US')(1999).map(text)).toEqual(
      rules.publicHolidays('US')(1999).map(text),
    );
    expect(bundled.normaliseRegion('de-by')).toBe('DE-BY');
    expect(bundled.normaliseRegion('US-ZZ')).toBeUndefined();
    expect(bundled.holidayRegions()).toEqual(rules.holidayRegions());
  });
});
