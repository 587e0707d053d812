import {
  type CalendarView,
  openCalendar,
  resetCalendar,
  revokeCalendar,
} from '../../app/calendar/calendar.js';
import { DEFAULT_HOST, DEFAULT_PORT, publicUrlOf } from '../../wiring/public-url.js';
import { UsageError } from '../../wiring/usage-error.js';
import type { Run } from '../run-command.js';
import { withApp } from '../run-command.js';

export interface PublicUrlFlags {
  readonly publicUrl?: string;
}

/** The web app's address for links and the feed: --public-url, $JUSTENOUGH_PUBLIC_URL, else serve's default. */
export function appUrlOf(run: Run, flags: PublicUrlFlags): string {
  const text = flags.publicUrl ?? run.env.JUSTENOUGH_PUBLIC_URL;
  if (text === undefined || text === '') return `http://${DEFAULT_HOST}:${DEFAULT_PORT}`;
  return publicUrlOf(
    text,
    flags.publicUrl === undefined ? '$JUSTENOUGH_PUBLIC_URL' : '--public-url',
  ).origin;
}

const ACTIONS = ['url', 'reset', 'off'] as const;

export const HOW_TO_SUBSCRIBE = [
  'Subscribe to it in your calendar app:',
  '  Google Calendar: Other calendars > + > From URL (needs a public address, see --public-url)',
  '  Apple Calendar:  File > New Calendar Subscription',
  '  Outlook:         Add calendar > Subscribe from web',
  'The calendar app reads it from the running server (justenough serve).',
];

/** `calendar url|reset|off`: the feed's secret address, a new one, or none. */
export function calendar(run: Run, action: string, flags: PublicUrlFlags): Promise<number> {
  const chosen = action.trim().toLowerCase();
  if (!(ACTIONS as readonly string[]).includes(chosen)) {
    throw new UsageError(
      `calendar: ${JSON.stringify(action)} is not an action; use url (the address), reset (a new address) or off`,
    );
  }
  const appUrl = appUrlOf(run, flags);
  return withApp(run, async (ctx) => {
    const work: Record<string, () => Promise<CalendarView>> = {
      url: () => openCalendar(ctx),
      reset: () => resetCalendar(ctx),
      off: () => revokeCalendar(ctx),
    };
    const view = await (work[chosen] as () => Promise<CalendarView>)();
    const url = view.path && `${appUrl}${view.path}`;
    if (run.options.json) {
      run.io.stdout(JSON.stringify({ on: view.on, url, since: view.since }, null, 2));
      return 0;
    }
    if (!url) {
      run.io.stdout(
        'Calendar feed turned off: its address answers 404 now. `justenough calendar url` turns it on with a new address.',
      );
      return 0;
    }
    run.io.stdout(
      [
        chosen === 'reset'
          ? 'A new address for your calendar feed (the old one no longer works):'
          : 'Your calendar feed:',
        url,
        '',
        run.io.color.dim(HOW_TO_SUBSCRIBE.join('\n')),
      ].join('\n'),
    );
    return 0;
  });
}
