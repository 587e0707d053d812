// The settings form's values (the API's names, so a refusal lands on its field)
// and what a save sends: only what changed.
import type { UseFormReturnType } from '@mantine/form';
import type { SettingsInput, SettingsView } from '../../api.js';

export interface SettingsValues {
  name: string;
  phone: string;
  email: string;
  timeZone: string;
  holidays: string;
  weekendDays: string[];
  playbook: SettingsView['playbook'];
  /** The day off being added. */
  dayOff: string;
}

export type SettingsForm = UseFormReturnType<SettingsValues>;

/** The API names a refused day off `addDaysOff`; the form holds it as `dayOff`. */
export const FIELD_ALIASES = { addDaysOff: 'dayOff' } as const;

export function settingsValues(s: SettingsView): SettingsValues {
  return {
    name: s.name ?? '',
    phone: s.phone ?? '',
    email: s.email ?? '',
    timeZone: s.timeZone,
    holidays: s.holidays,
    weekendDays: [...s.weekendDays],
    playbook: s.playbook,
    dayOff: '',
  };
}

export function settingsChanges(v: SettingsValues, s: SettingsView): SettingsInput {
  const input: Record<string, unknown> = {};
  if (v.name !== (s.name ?? '')) input.name = v.name.trim() || null;
  if (v.phone !== (s.phone ?? '')) input.phone = v.phone.trim() || null;
  if (v.email !== (s.email ?? '')) input.email = v.email.trim() || null;
  if (v.timeZone !== s.timeZone) input.timeZone = v.timeZone;
  if (v.holidays.trim() !== s.holidays) input.holidays = v.holidays.trim();
  if (v.weekendDays.join() !== s.weekendDays.join()) input.weekendDays = v.weekendDays;
  const changed = Object.fromEntries(
    Object.entries(v.playbook).filter(
      ([k, value]) => s.playbook[k as keyof SettingsView['playbook']] !== value,
    ),
  );
  if (Object.keys(changed).length) input.playbook = changed;
  return input as SettingsInput;
}
