// The product's words for events, as every timeline says them: the command line's `show`,
// the web app's event list and timeline. One list, so the two never drift apart.
import { EVENT_TYPES, type EventType, isOneOf } from './names.js';

/** The note that marks a thank-you call left as a voicemail (method.md: "connected or voicemail"). */
export const VOICEMAIL_NOTE = 'Left a voicemail';

/** Every event type in words, as a list of events names it. */
export const EVENT_WORDS: Readonly<Record<EventType, string>> = {
  applied: 'Applied',
  'reached-out': 'Reached out',
  voicemail: 'Left a voicemail',
  'no-answer': 'No answer',
  email: 'Sent an e-mail',
  message: 'Sent a message',
  talked: 'Talked',
  reply: 'They replied',
  meeting: 'Meeting',
  interview: 'Interview',
  'thank-you-call': 'Thank-you call done',
  'thank-you-note': 'Thank-you note sent',
  callback: 'Asked to call back',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  hold: 'Moved to the holding file',
  revive: 'Tried again',
  note: 'Note',
};

/**
 * Whether a thank-you call was left as a voicemail: its note starts with `VOICEMAIL_NOTE`.
 * @example isVoicemailThankYou('thank-you-call', 'Left a voicemail. Friendly') // true
 */
export function isVoicemailThankYou(type: string, note: string | null | undefined): boolean {
  return (
    type === 'thank-you-call' &&
    (note ?? '').trimStart().toLowerCase().startsWith(VOICEMAIL_NOTE.toLowerCase())
  );
}

/**
 * An event in words, as a timeline shows it; an unknown type is shown as it is.
 * @example eventInWords('thank-you-call', 'Left a voicemail') // 'Thank-you call (voicemail)'
 * @example eventInWords('voicemail', null) // 'Left a voicemail'
 */
export function eventInWords(type: string, note?: string | null): string {
  if (isVoicemailThankYou(type, note)) return 'Thank-you call (voicemail)';
  return isOneOf(EVENT_TYPES, type) ? EVENT_WORDS[type] : type;
}

/**
 * The note of a thank-you call left as a voicemail: the marker, then what the user wrote.
 * @example voicemailNote('Friendly') // 'Left a voicemail. Friendly'
 */
export function voicemailNote(note: string | null): string {
  const rest = note?.trim();
  return rest ? `${VOICEMAIL_NOTE}. ${rest}` : VOICEMAIL_NOTE;
}
