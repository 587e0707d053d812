import { type BusinessCalendar, createBusinessCalendar } from '../core/business-calendar.js';
import { parseIsoDate, type PlainDate } from '../core/dates.js';
import { publicHolidays } from '../core/holidays.js';
import { DEFAULT_PLAYBOOK, type Playbook } from '../core/playbook.js';
import type { MethodSettings } from '../core/plan.js';
import type { SettingsRecord } from '../store/records.js';

// Building a region's holiday table is costly: keep one calendar per distinct rule set.
const calendars = new Map<string, BusinessCalendar>();

/** The playbook of a user: the defaults with their own numbers on top. */
export function playbookOf(settings: SettingsRecord): Playbook {
  return { ...DEFAULT_PLAYBOOK, ...(settings.playbook as Partial<Playbook>) };
}

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
