import { parseIsoDate } from '../core/dates.js';
import type { HolidayRegion } from '../core/holidays.js';
import { DEFAULT_PLAYBOOK, type Playbook, playbookProblem } from '../core/playbook.js';
import { canonicalTimeZone, isValidTimeZone } from '../core/time.js';
import type { SettingsRecord } from '../store/records.js';
import { dayOf, playbookOf } from './account.js';
import { rebuildCaches } from './cache.js';
import type { AppContext } from './context.js';
import { type HolidayData, holidayData, methodSettingsOf } from './method-settings.js';
import { attempt, type Result, refuse } from './result.js';
import { optionalEmail, optionalLine, optionalPhone, quote } from './validate.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const WEEKDAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export interface SettingsView {
  readonly timeZone: string;
  readonly holidays: string;
  readonly name: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly weekendDays: readonly string[];
  readonly daysOff: readonly string[];
  readonly playbook: Playbook;
  /** The next public holidays of the region, so the business-day arithmetic can be trusted. */
  readonly upcomingHolidays: readonly { readonly date: string; readonly name: string }[];
}

export interface SettingsInput {
  readonly timeZone?: string | undefined;
  readonly holidays?: string | undefined;
  readonly name?: string | null | undefined;
  readonly phone?: string | null | undefined;
  readonly email?: string | null | undefined;
  /** Weekday names: mon ... sun. */
  readonly weekendDays?: readonly string[] | undefined;
  readonly addDaysOff?: readonly string[] | undefined;
  readonly removeDaysOff?: readonly string[] | undefined;
  readonly playbook?: Readonly<Record<string, string | number>> | undefined;
}

async function nextHolidays(
  settings: SettingsRecord,
  today: string,
): Promise<{ date: string; name: string }[]> {
  const { calendar } = await methodSettingsOf(settings);
  const from = parseIsoDate(today);
  const found = from ? calendar.holidaysBetween(from, from.add({ months: 12 })).slice(0, 6) : [];
  return found.map((h) => ({ date: h.date.toString(), name: h.name }));
}

async function view(settings: SettingsRecord, today: string): Promise<SettingsView> {
  return {
    timeZone: settings.timeZone,
    holidays: settings.region,
    name: settings.name,
    phone: settings.phone,
    email: settings.email,
    weekendDays: settings.weekendDays.map((d) => WEEKDAYS[d - 1] ?? String(d)),
    daysOff: [...settings.daysOff],
    playbook: playbookOf(settings),
    upcomingHolidays: await nextHolidays(settings, today),
  };
}

function weekendDays(names: readonly string[]): number[] {
  const days = names
    .flatMap((n) => n.split(','))
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  const numbers = days.map((n) => {
    const i = Math.max(WEEKDAYS.indexOf(n as (typeof WEEKDAYS)[number]), WEEKDAY_NAMES.indexOf(n));
    if (i < 0)
      refuse(
        'invalid-input',
        `weekend: ${quote(n)} is not a weekday; use mon, tue, wed, thu, fri, sat, sun`,
        'weekend',
      );
    return i + 1;
  });
  const unique = [...new Set(numbers)].sort((a, b) => a - b);
  if (unique.length >= 7)
    refuse(
      'invalid-input',
      'weekend: at least one day of the week must be a working day',
      'weekend',
    );
  return unique;
}

function playbookPatch(
  current: SettingsRecord,
  patch: Readonly<Record<string, string | number>>,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...current.playbook };
  for (const [key, raw] of Object.entries(patch)) {
    if (!(key in DEFAULT_PLAYBOOK)) {
      refuse(
        'invalid-input',
        `playbook: unknown setting ${quote(key)}; known: ${Object.keys(DEFAULT_PLAYBOOK).join(', ')}`,
        'playbook',
      );
    }
    if (key === 'followUpDayKind') next[key] = String(raw).trim().toLowerCase();
    else {
      const text = String(raw).trim();
      next[key] = /^-?\d+$/.test(text) ? Number(text) : text;
    }
  }
  const problem = playbookProblem({ ...DEFAULT_PLAYBOOK, ...(next as Partial<Playbook>) });
  if (problem) refuse('invalid-input', `playbook: ${problem}`, 'playbook');
  return next;
}

export async function getSettings(ctx: AppContext): Promise<SettingsView> {
  return ctx.store.read(async (q) => {
    const { settings, today } = await dayOf(q, ctx);
    return view(settings, today.toString());
  });
}

/** The settings after a change: every value checked (a bad one refuses the change). */
export function nextSettings(
  current: SettingsRecord,
  input: SettingsInput,
  { normaliseRegion }: Pick<HolidayData, 'normaliseRegion'>,
): SettingsRecord {
  let timeZone = current.timeZone;
  if (input.timeZone !== undefined) {
    if (!isValidTimeZone(input.timeZone)) {
      refuse(
        'invalid-input',
        `timezone: ${quote(input.timeZone)} is not a time zone; use an IANA name such as America/Chicago or Europe/Berlin`,
        'timezone',
      );
    }
    timeZone = canonicalTimeZone(input.timeZone);
  }
  let region = current.region;
  if (input.holidays !== undefined) {
    const normal = normaliseRegion(input.holidays);
    if (!normal) {
      refuse(
        'invalid-input',
        `holidays: ${quote(input.holidays)} is not a holiday region; use a country code with an optional subdivision, such as US, US-IL, GB or DE-BY`,
        'holidays',
      );
    }
    region = normal;
  }
  const daysOff = new Set(current.daysOff);
  for (const d of input.addDaysOff ?? []) {
    const date = parseIsoDate(d.trim());
    if (!date)
      refuse('invalid-input', `day-off: ${quote(d)} is not a date; expected YYYY-MM-DD`, 'day-off');
    daysOff.add(date.toString());
  }
  for (const d of input.removeDaysOff ?? []) daysOff.delete(d.trim());
  return {
    timeZone,
    region,
    weekendDays:
      input.weekendDays === undefined ? current.weekendDays : weekendDays(input.weekendDays),
    daysOff: [...daysOff].sort(),
    name: input.name === undefined ? current.name : optionalLine('name', input.name),
    phone: input.phone === undefined ? current.phone : optionalPhone('phone', input.phone),
    email: input.email === undefined ? current.email : optionalEmail('email', input.email),
    playbook:
      input.playbook === undefined ? current.playbook : playbookPatch(current, input.playbook),
  };
}

/** `settings --...`: changes the user's settings; a change to the method replans every opportunity in the same transaction. */
export function updateSettings(
  ctx: AppContext,
  input: SettingsInput,
): Promise<Result<SettingsView>> {
  return attempt(async () => {
    // Loaded before the transaction: its first load is not spent holding the database's lock.
    const holidays = await holidayData();
    return ctx.store.transaction(async (q) => {
      const current = await q.settings(ctx.accountId);
      const next = nextSettings(current, input, holidays);
      await q.saveSettings(ctx.accountId, next);
      const methodChanged =
        JSON.stringify([next.region, next.weekendDays, next.daysOff, next.playbook]) !==
        JSON.stringify([current.region, current.weekendDays, current.daysOff, current.playbook]);
      if (methodChanged) await rebuildCaches(q, ctx.accountId, await methodSettingsOf(next));
      const { today } = await dayOf(q, ctx);
      return view(next, today.toString());
    });
  });
}

/** Every holiday region to choose from, by name, for the settings page's picker. */
export async function holidayRegionList(): Promise<{ readonly items: readonly HolidayRegion[] }> {
  return { items: (await holidayData()).holidayRegions() };
}

/** The next public holidays of any region, to preview a region before choosing it. */
export function holidayPreview(
  ctx: AppContext,
  region: string,
): Promise<
  Result<{ readonly region: string; readonly items: readonly { date: string; name: string }[] }>
> {
  return attempt(async () => {
    const { normaliseRegion } = await holidayData();
    return ctx.store.read(async (q) => {
      const normal = normaliseRegion(region);
      if (!normal) {
        refuse(
          'invalid-input',
          `region: ${quote(region)} is not a holiday region; use a country code with an optional subdivision, such as US, US-IL, GB or DE-BY`,
          'region',
        );
      }
      const { settings, today } = await dayOf(q, ctx);
      return {
        region: normal,
        items: await nextHolidays({ ...settings, region: normal }, today.toString()),
      };
    });
  });
}
