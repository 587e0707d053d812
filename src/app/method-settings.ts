import { type BusinessCalendar, createBusinessCalendar } from '../core/business-calendar.js';
import { type PlainDate, parseIsoDate } from '../core/dates.js';
import { publicHolidays } from '../core/holidays.js';
import type { MethodSettings } from '../core/plan.js';
import type { Queries } from '../store/queries.js';
import type { SettingsRecord } from '../store/records.js';
import { type Day, dayOf, playbookOf } from './account.js';
import type { AppContext } from './context.js';

// Building a region's holiday table is costly: keep one calendar per distinct rule set.
const calendars = new Map<string, BusinessCalendar>();

/** What the method needs, from the stored settings. */
export function methodSettingsOf(settings: SettingsRecord): MethodSettings {
  const key = JSON.stringify([settings.region, settings.weekendDays, settings.daysOff]);
  let calendar = calendars.get(key);
  if (!calendar) {
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
  return { ...day, method: methodSettingsOf(day.settings) };
}
