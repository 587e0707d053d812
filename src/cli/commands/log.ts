import { deleteEvent, editEvent, type Logged, logEvent } from '../../app/events.js';
import type { Result } from '../../app/result.js';
import { dayInWords } from '../../core/in-words.js';
import { safe } from '../io.js';
import { renderOpportunity } from '../render.js';
import { finish, type Run, withApp } from '../run-command.js';

export interface EventFlags {
  readonly on?: string;
  readonly at?: string;
  readonly until?: string;
  readonly note?: string;
  readonly type?: string;
  readonly voicemail?: boolean;
}

// The opportunity after the change, as `show` prints it; warnings go to stderr.
function report(run: Run, result: Result<Logged>, verb: string): number {
  if (result.ok)
    for (const warning of result.value.warnings) run.io.stderr(`warning: ${safe(warning)}`);
  return finish(
    run,
    result,
    ({ event, opportunity }) =>
      [
        run.io.color.green(
          `${verb} ${event.type} on ${dayInWords(event.date)} (event ${event.id}).`,
        ),
        '',
        renderOpportunity(run.io, opportunity),
      ].join('\n'),
    (logged) => logged.opportunity,
  );
}

export function log(
  run: Run,
  opportunity: string,
  type: string,
  flags: EventFlags,
): Promise<number> {
  return withApp(run, async (ctx) =>
    report(
      run,
      await logEvent(ctx, {
        opportunity,
        type,
        on: flags.on,
        at: flags.at,
        until: flags.until,
        note: flags.note,
        voicemail: flags.voicemail,
      }),
      'Logged',
    ),
  );
}

export function editLogged(run: Run, event: string, flags: EventFlags): Promise<number> {
  return withApp(run, async (ctx) =>
    report(
      run,
      await editEvent(ctx, {
        event,
        type: flags.type,
        on: flags.on,
        at: flags.at,
        until: flags.until,
        note: flags.note,
      }),
      'Saved',
    ),
  );
}

export function deleteLogged(run: Run, event: string): Promise<number> {
  return withApp(run, async (ctx) => report(run, await deleteEvent(ctx, event), 'Deleted'));
}
