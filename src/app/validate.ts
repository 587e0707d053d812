import { type PlainDate, parseIsoDate } from '../core/dates.js';
import { EVENT_TYPES, type EventType, isEventType } from '../core/events.js';
import { controlCharacterIn, hasVisibleCharacter } from '../core/text.js';
import { refuse } from './result.js';

/** Longest accepted single-line text (names, titles) and note. */
export const MAX_LINE = 200;
export const MAX_NOTE = 5000;

/** Shows a user's value back in a message: quoted, control characters escaped, cut short. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}

/** A trimmed single line of text, or null when absent or blank. */
export function optionalLine(
  field: string,
  value: string | null | undefined,
  max = MAX_LINE,
): string | null {
  if (value === undefined || value === null) return null;
  const bad = controlCharacterIn(value);
  if (bad === 'U+2028' || bad === 'U+2029')
    refuse(
      'invalid-input',
      `${field}: ${quote(value)} contains a line or paragraph separator (${bad}); use one line of plain text`,
      field,
    );
  if (bad)
    refuse(
      'invalid-input',
      `${field}: ${quote(value)} contains a control character (${bad}); use plain text`,
      field,
    );
  const text = value.trim();
  if (text.length > max)
    refuse(
      'invalid-input',
      `${field}: too long (${text.length} characters); at most ${max} are accepted`,
      field,
    );
  // Zero-width characters alone look blank wherever the value is shown: they are no value.
  return hasVisibleCharacter(text) ? text : null;
}

/** A trimmed single line of text that must be there. */
export function requiredLine(
  field: string,
  value: string | null | undefined,
  what: string,
): string {
  const text = optionalLine(field, value);
  if (text === null)
    refuse('invalid-input', `${field}: ${what} is required and cannot be blank`, field);
  return text;
}

/** A free note: several lines allowed. */
export function optionalNote(field: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const bad = controlCharacterIn(value, { lines: true });
  if (bad)
    refuse(
      'invalid-input',
      `${field}: contains a control character (${bad}); use plain text`,
      field,
    );
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (text.length > MAX_NOTE)
    refuse(
      'invalid-input',
      `${field}: too long (${text.length} characters); at most ${MAX_NOTE} are accepted`,
      field,
    );
  return hasVisibleCharacter(text) ? text : null;
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

export function optionalEmail(field: string, value: string | null | undefined): string | null {
  const text = optionalLine(field, value, 254);
  if (text !== null && !EMAIL.test(text)) {
    refuse(
      'invalid-input',
      `${field}: ${quote(text)} is not an e-mail address; expected name@example.com`,
      field,
    );
  }
  return text;
}

const PHONE = /^\+?[0-9 ().\-/]+(?:\s*(?:x|ext\.?)\s*[0-9]+)?$/i;

export function optionalPhone(field: string, value: string | null | undefined): string | null {
  const text = optionalLine(field, value, 40);
  if (text !== null && (!PHONE.test(text) || (text.match(/[0-9]/g)?.length ?? 0) < 3)) {
    refuse(
      'invalid-input',
      `${field}: ${quote(text)} is not a phone number; use digits, spaces, + ( ) - and an optional "x123" extension`,
      field,
    );
  }
  return text;
}

export function optionalUrl(field: string, value: string | null | undefined): string | null {
  const text = optionalLine(field, value, 2000);
  if (text === null) return null;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    refuse(
      'invalid-input',
      `${field}: ${quote(text)} is not a web address; expected https://...`,
      field,
    );
  }
  return url.toString();
}

export function isoDate(field: string, value: string): PlainDate {
  const date = parseIsoDate(value.trim());
  if (!date)
    refuse(
      'invalid-input',
      `${field}: ${quote(value)} is not a date; expected YYYY-MM-DD, e.g. 2026-11-23`,
      field,
    );
  return date;
}

export function eventType(field: string, value: string): EventType {
  const type = value.trim().toLowerCase();
  if (!isEventType(type)) {
    refuse(
      'invalid-input',
      `${field}: unknown event ${quote(value)}; accepted: ${EVENT_TYPES.join(', ')}`,
      field,
    );
  }
  return type;
}

/** The largest id a row can have: PostgreSQL's serial is a 32-bit integer. */
export const MAX_ID = 2_147_483_647;

/** The ids users type: whole numbers from 1. */
export function idNumber(value: string | number): number | undefined {
  const text = String(value).trim().replace(/^#/, '');
  // Ids are 32-bit on PostgreSQL (serial): a larger number names nothing, on either database.
  return /^[1-9][0-9]{0,9}$/.test(text) && Number(text) <= MAX_ID ? Number(text) : undefined;
}

export function oneOf<T extends string>(field: string, value: string, accepted: readonly T[]): T {
  const text = value.trim().toLowerCase();
  if (!(accepted as readonly string[]).includes(text)) {
    refuse(
      'invalid-input',
      `${field}: ${quote(value)} is not accepted; use one of ${accepted.join(', ')}`,
      field,
    );
  }
  return text as T;
}
