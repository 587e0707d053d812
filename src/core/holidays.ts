import Holidays from 'date-holidays';
import { type PlainDate, Temporal } from './dates.js';

/** A public holiday of a region, on one date. */
export interface PublicHoliday {
  readonly date: PlainDate;
  readonly name: string;
}

/** Gives the public holidays of one year. */
export type HolidaySource = (year: number) => readonly PublicHoliday[];

const REGION = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?$/;

let catalogue: Holidays | undefined;
function countries(): Holidays {
  catalogue ??= new Holidays();
  return catalogue;
}

/**
 * Normalises and checks a holiday region: an ISO 3166 country with an
 * optional subdivision. Returns the canonical form or `undefined`.
 * @example normaliseRegion('de-by') // 'DE-BY'
 * @example normaliseRegion('US-XX') // undefined
 */
export function normaliseRegion(region: string): string | undefined {
  const match = REGION.exec(region.trim());
  if (!match?.[1]) return undefined;
  const country = match[1].toUpperCase();
  if (!(country in (countries().getCountries() ?? {}))) return undefined;
  if (!match[2]) return country;
  const state = match[2].toUpperCase();
  if (!(state in (countries().getStates(country) ?? {}))) return undefined;
  return `${country}-${state}`;
}

/** A holiday region to choose, in words: "United States — Illinois". */
export interface HolidayRegion {
  readonly code: string;
  readonly name: string;
}

let regions: readonly HolidayRegion[] | undefined;

/**
 * Every region `normaliseRegion` accepts, countries and their subdivisions, by name:
 * countries as Intl (CLDR) names them in English ("United States"), subdivisions as
 * date-holidays names them ("United States — Illinois").
 * @example holidayRegions().find((r) => r.code === 'US-IL')?.name // 'United States — Illinois'
 */
export function holidayRegions(): readonly HolidayRegion[] {
  if (regions) return regions;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const all: HolidayRegion[] = [];
  for (const [code, own] of Object.entries(countries().getCountries('en') ?? {})) {
    const country = names.of(code) ?? own;
    all.push({ code, name: country });
    for (const [state, name] of Object.entries(countries().getStates(code, 'en') ?? {})) {
      // Only what the settings take (a few subdivisions have codes of whole words).
      const region = `${code}-${state}`;
      if (normaliseRegion(region) === region)
        all.push({ code: region, name: `${country} — ${name}` });
    }
  }
  regions = all.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return regions;
}

/**
 * The public holidays (type `public` only, substitute days included) of a
 * normalised region, by year, from the `date-holidays` data.
 * @example publicHolidays('US')(2026).map((h) => h.date.toString()) // [..., '2026-11-26', '2026-12-25']
 */
export function publicHolidays(region: string): HolidaySource {
  const [country, state] = region.split('-');
  const source = state
    ? new Holidays(country ?? '', state, { types: ['public'] })
    : new Holidays(country ?? '', { types: ['public'] });
  return (year) =>
    (source.getHolidays(year) || [])
      .filter((h) => h.type === 'public')
      .flatMap((h) => {
        const first = Temporal.PlainDate.from(h.date.slice(0, 10));
        const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
        return Array.from({ length: days }, (_, i) => ({
          date: first.add({ days: i }),
          name: h.name,
        }));
      });
}
