import { describe, expect, it } from 'vitest';
import { holidayRegions, normaliseRegion, publicHolidays } from './holidays.js';

function datesOf(region: string, year: number): string[] {
  return publicHolidays(region)(year).map((h) => h.date.toString());
}

function nameOn(region: string, date: string): string | undefined {
  return publicHolidays(region)(Number(date.slice(0, 4))).find((h) => h.date.toString() === date)
    ?.name;
}

describe('Business day: holiday region', () => {
  it('accepts a country or a country with its subdivision, in any case, as the canonical form', () => {
    expect(normaliseRegion('US')).toBe('US');
    expect(normaliseRegion('us')).toBe('US');
    expect(normaliseRegion('US-IL')).toBe('US-IL');
    expect(normaliseRegion('gb')).toBe('GB');
    expect(normaliseRegion('de-by')).toBe('DE-BY');
    expect(normaliseRegion('De-bY')).toBe('DE-BY');
    expect(normaliseRegion(' us ')).toBe('US');
  });

  it.each(['XX', 'US-ZZ', '', '   ', 'US-IL-X', 'U S', 'USA', 'U', 'US-', '-IL', 'US_IL'])(
    'rejects %j',
    (region) => {
      expect(normaliseRegion(region)).toBeUndefined();
    },
  );
});

describe('Business day: only public holidays count', () => {
  it('US: Thanksgiving is a public holiday; the day after and Christmas Eve are not', () => {
    const us = datesOf('US', 2026);
    expect(us).toContain('2026-11-26');
    expect(nameOn('US', '2026-11-26')).toBe('Thanksgiving Day');
    expect(us).not.toContain('2026-11-27');
    expect(us).not.toContain('2026-12-24');
    expect(us).not.toContain('2026-12-31');
    expect(us).toContain('2026-12-25');
  });

  it('US: the Independence Day substitute (Friday 2026-07-03) is a public holiday', () => {
    expect(datesOf('US', 2026)).toEqual(expect.arrayContaining(['2026-07-03', '2026-07-04']));
    expect(nameOn('US', '2026-07-03')).toMatch(/substitute/i);
  });

  it('US-IL: Lincoln’s Birthday 2026-02-12 is a holiday in Illinois but not in the US as a whole', () => {
    expect(datesOf('US-IL', 2026)).toContain('2026-02-12');
    expect(datesOf('US', 2026)).not.toContain('2026-02-12');
    expect(datesOf('US-IL', 2026)).toContain('2026-03-02'); // Casimir Pulaski Day
    // A subdivision keeps its country's holidays.
    expect(datesOf('US-IL', 2026)).toEqual(expect.arrayContaining(datesOf('US', 2026)));
  });

  it('GB: Boxing Day falls on a Saturday in 2026 and is substituted on Monday 2026-12-28', () => {
    const gb = datesOf('GB', 2026);
    expect(gb).toEqual(expect.arrayContaining(['2026-12-25', '2026-12-26', '2026-12-28']));
    expect(nameOn('GB', '2026-12-28')).toMatch(/substitute/i);
    expect(gb).not.toContain('2026-11-26'); // no Thanksgiving in Britain
    expect(gb).toEqual(expect.arrayContaining(['2026-04-03', '2026-04-06'])); // Good Friday, Easter Monday
  });

  it('DE-BY: Heilige Drei Könige, Fronleichnam and Allerheiligen are public holidays in Bavaria', () => {
    const by = datesOf('DE-BY', 2026);
    expect(by).toEqual(expect.arrayContaining(['2026-01-06', '2026-06-04', '2026-11-01']));
    expect(nameOn('DE-BY', '2026-01-06')).toBe('Heilige Drei Könige');
    expect(nameOn('DE-BY', '2026-06-04')).toBe('Fronleichnam');
    expect(nameOn('DE-BY', '2026-11-01')).toBe('Allerheiligen');
  });

  it('DE-BY: bank and school holidays (Heiliger Abend, Buß- und Bettag) and observances are left out', () => {
    const by = datesOf('DE-BY', 2026);
    expect(by).not.toContain('2026-12-24'); // Heiliger Abend: bank holiday
    expect(by).not.toContain('2026-11-18'); // Buß- und Bettag: school holiday in Bavaria
    expect(by).not.toContain('2026-02-16'); // Rosenmontag: observance
    expect(by).not.toContain('2026-04-05'); // Easter Sunday: observance
  });

  it('gives each holiday once per date, in the requested year only, with a name', () => {
    for (const region of ['US', 'US-IL', 'GB', 'DE-BY']) {
      const holidays = publicHolidays(region)(2026);
      expect(holidays.length).toBeGreaterThan(5);
      const dates = holidays.map((h) => h.date.toString());
      expect(new Set(dates).size).toBe(dates.length);
      for (const h of holidays) {
        expect(h.name).not.toBe('');
        expect(h.date.year).toBe(2026);
      }
    }
  });

  it('returns fresh results for each year asked', () => {
    const us = publicHolidays('US');
    expect(us(2027).map((h) => h.date.toString())).toContain('2027-11-25');
    expect(us(2026).map((h) => h.date.toString())).toContain('2026-11-26');
  });
});

describe('the holiday regions to choose from', () => {
  it('names every country and subdivision in words, each one a region the settings accept', () => {
    const all = holidayRegions();
    expect(all.find((r) => r.code === 'US-IL')?.name).toBe('United States — Illinois');
    expect(all.find((r) => r.code === 'US')?.name).toBe('United States');
    expect(all.find((r) => r.code === 'DE-BY')?.name).toBe('Germany — Bayern');
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
    for (const r of all) expect(normaliseRegion(r.code), r.code).toBe(r.code);
  });

  it('are in the order of their names, so a country comes before its subdivisions', () => {
    const names = holidayRegions().map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    const us = names.indexOf('United States');
    expect(names[us + 1]?.startsWith('United States — ')).toBe(true);
  });
});
