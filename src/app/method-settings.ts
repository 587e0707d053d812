import { type BusinessCalendar, createBusinessCalendar } from '../core/business-calendar.js';
import { type PlainDate, parseIsoDate } from '../core/dates.js';
import type { MethodSettings } from '../core/plan.js';
import type { Queries } from '../store/queries.js';
import type { SettingsRecord } from '../store/records.js';
import { type Day, dayOf, playbookOf } from './account.js';
import type { AppContext } from './context.js';

export type HolidayData = typeof import('../core/holidays.js');
let holidays: Promise<HolidayData> | undefined;

/**
 * The holiday data (date-holidays with moment-timezone: about 1.5 MB of code), loaded at its
 * first use: a server starts without it, and a today list never needs it. In the built command
 * line this is src/wiring/bundled-holidays.ts: the coming year's holidays come from a table
 * written at build time, and the rules load only for a year it does not hold.
 */
export function holidayData(): Promise<HolidayData> {
  holidays ??= import('../core/holidays.js');
  return holidays;
}

// Building a region's holiday table is costly: keep one calendar per distinct rule set.
const calendars = new Map<string, BusinessCalendar>();

/** What the method needs, from the stored settings. */
export async function methodSettingsOf(settings: SettingsRecord): Promise<MethodSettings> {
  const key = JSON.stringify([settings.region, settings.weekendDays, settings.daysOff]);
  let calendar = calendars.get(key);
  if (!calendar) {
    const { publicHolidays } = await holidayData();
    calendar = createBusinessCalendar(publicHolidays(settings.region), {
      weekendDays: settings.weekendDays,
      daysOff: settings.daysOff.map(parseIsoDate).filter((d): d is PlainDate => d !== undefined),
    });
    calendars.set(key, calendar);
  }
  return { timeZone: settings.timeZone, calendar, playbook: playbookOf(settings) };
}

/** The day, with the method's settings (holiday calendar included). */
export async function methodDayOf(
  q: Queries,
  ctx: AppContext,
): Promise<Day & { method: MethodSettings }> {
  const day = await dayOf(q, ctx);
  return { ...day, method: await methodSettingsOf(day.settings) };
}
