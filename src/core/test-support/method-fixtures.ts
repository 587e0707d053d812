import { createBusinessCalendar } from '../business-calendar.js';
import { type PlainDate, Temporal } from '../dates.js';
import type { EventType, TimelineEvent } from '../events.js';
import { publicHolidays } from '../holidays.js';
import type { MethodSettings } from '../plan.js';
import { DEFAULT_PLAYBOOK, type Playbook } from '../playbook.js';

/** A date from its ISO text, for readable tests. */
export const d = (text: string): PlainDate => Temporal.PlainDate.from(text);

/** One event on a date, for readable tests. */
export function ev(
  type: EventType,
  date: string,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return { type, date: d(date), ...extra };
}

/** The settings of the worked examples: region US, America/Chicago, default playbook. */
export function methodSettings(
  options: {
    region?: string;
    timeZone?: string;
    playbook?: Partial<Playbook>;
    weekendDays?: number[];
    daysOff?: string[];
  } = {},
): MethodSettings {
  return {
    timeZone: options.timeZone ?? 'America/Chicago',
    calendar: createBusinessCalendar(publicHolidays(options.region ?? 'US'), {
      weekendDays: options.weekendDays ?? [6, 7],
      daysOff: (options.daysOff ?? []).map(d),
    }),
    playbook: { ...DEFAULT_PLAYBOOK, ...options.playbook },
  };
}
