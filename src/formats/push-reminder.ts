// What a pushed reminder says: the morning's list in one line, and a thank-you due today
// with its buttons. Shown by the service worker (web/src/sw.ts).
import type { TodayItem } from '../contract/index.js';
import { personOf, stepSummary } from './reminder-text.js';

export interface PushReminder {
  readonly title: string;
  readonly body: string;
  /** Replaces an earlier notification of the same tag instead of piling up. */
  readonly tag: string;
  /** The page a tap opens. */
  readonly url: string;
  readonly opportunityId?: string;
  readonly actions?: readonly { readonly action: string; readonly title: string }[];
}

const NAMES_SHOWN = 3;

/** "3 people to call today: Jane Doe, Raj Patel, Maria Garcia"; null when nothing is due. */
export function morningReminder(items: readonly TodayItem[]): PushReminder | null {
  if (items.length === 0) return null;
  const names = [...new Set(items.map((i) => i.contact ?? personOf(i)))];
  const calls = items.every((i) => i.channel === 'call');
  const who = names.length === 1 ? '1 person' : `${names.length} people`;
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : '';
  const overdue = items.filter((i) => i.overdue).length;
  return {
    title: `${who} to ${calls ? 'call' : 'contact'} today: ${shown}${more}`,
    body: overdue
      ? `${overdue} of them overdue. Open Today for the words to say.`
      : 'Open Today for the words to say.',
    tag: 'today',
    url: '/',
  };
}

/** A thank-you call due today, with "Left voicemail" and "Snooze until tomorrow". */
export function thankYouReminder(item: TodayItem, maxFollowUps: number): PushReminder {
  return {
    title: stepSummary(item, maxFollowUps),
    body: 'The day after an interview: call to thank them, then write the note by hand.',
    tag: `thank-you-${item.opportunityId}`,
    url: `/opportunities/${item.opportunityId}`,
    opportunityId: item.opportunityId,
    actions: [
      { action: 'voicemail', title: 'Left voicemail' },
      { action: 'snooze', title: 'Snooze until tomorrow' },
    ],
  };
}
