import { getSettings, updateSettings } from '../../app/settings.js';
import { UsageError } from '../../wiring/usage-error.js';
import { renderSettings } from '../render.js';
import { finish, type Run, withApp } from '../run-command.js';

export interface SettingsFlags {
  readonly timezone?: string;
  readonly holidays?: string;
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly weekend?: string;
  readonly dayOff?: string[];
  readonly removeDayOff?: string[];
  readonly playbook?: string[];
}

function playbookPairs(pairs: readonly string[]): Record<string, string> {
  const patch: Record<string, string> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(pair.trim());
    if (!match?.[1] || match[2] === undefined) {
      throw new UsageError(
        `--playbook: ${JSON.stringify(pair)} is not KEY=VALUE, e.g. --playbook maxFollowUps=3`,
      );
    }
    patch[match[1]] = match[2];
  }
  return patch;
}

export function settings(run: Run, flags: SettingsFlags): Promise<number> {
  return withApp(run, async (ctx) => {
    const changes = {
      timeZone: flags.timezone,
      holidays: flags.holidays,
      name: flags.name,
      phone: flags.phone,
      email: flags.email,
      weekendDays: flags.weekend === undefined ? undefined : [flags.weekend],
      addDaysOff: flags.dayOff,
      removeDaysOff: flags.removeDayOff,
      playbook: flags.playbook === undefined ? undefined : playbookPairs(flags.playbook),
    };
    const changing = Object.values(changes).some((v) => v !== undefined);
    const result = changing
      ? await updateSettings(ctx, changes)
      : { ok: true as const, value: await getSettings(ctx) };
    return finish(run, result, (s) => renderSettings(run.io, s));
  });
}
