import { CONTACT_ROLES } from '../../core/names.js';
import type { ContactRow } from '../../formats/contact-row.js';
import { readDate } from '../../formats/dates.js';
import { Refusal } from '../result.js';
import {
  MAX_NOTE,
  optionalEmail,
  optionalLine,
  optionalNote,
  optionalPhone,
  optionalUrl,
  quote,
} from '../validate.js';

/** A contact's fields as an import writes them; the company by name. */
export interface ContactFields {
  name: string;
  email: string | null;
  phone: string | null;
  role: string | null;
  company: string | null;
  position: string | null;
  linkedinUrl: string | null;
  connectedOn: string | null;
  notes: string | null;
}

/** The fields an import may fill in on a contact that has them blank, in words. */
export const FILLABLE: readonly (readonly [keyof ContactFields, string])[] = [
  ['email', 'e-mail'],
  ['phone', 'phone'],
  ['company', 'company'],
  ['position', 'position'],
  ['linkedinUrl', 'LinkedIn'],
  ['connectedOn', 'connected on'],
  ['role', 'role'],
  ['notes', 'notes'],
];

/** A value checked by one of the validators of validate.ts, or the words of its refusal. */
export function checked<T>(work: () => T): { ok: true; value: T } | { ok: false; reason: string } {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.failure.message };
    throw error;
  }
}

/** An optional value that, when bad, is left out with a warning rather than refusing the row. */
export function lenient<T>(warnings: string[], work: () => T | null): T | null {
  const result = checked(work);
  if (result.ok) return result.value;
  warnings.push(`${result.reason}; left out`);
  return null;
}

/**
 * A LinkedIn profile's address in one form, so that the same profile matches
 * however it was written: https://www.linkedin.com/in/<name>, in lower case.
 * @example linkedInKey('http://linkedin.com/in/JaneDoe/?trk=x') // 'https://www.linkedin.com/in/janedoe'
 * @example linkedInKey('https://www.linkedin.com/in/José') // 'https://www.linkedin.com/in/jos%c3%a9'
 */
export function linkedInKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(parsed.hostname)) return null;
  // The path as the URL parser writes it (é as %c3%a9), so that the key reads back the same.
  const path = parsed.pathname.replace(/\/+$/, '').toLowerCase();
  return `https://www.linkedin.com${path}`;
}

function linkedInOf(warnings: string[], value: string | null): string | null {
  const url = lenient(warnings, () => optionalUrl('url', value));
  if (url === null) return null;
  const key = linkedInKey(url);
  if (key === null) {
    warnings.push(`url: ${quote(url)} is not a LinkedIn profile; left out`);
    return null;
  }
  return key;
}

function connectedOn(warnings: string[], text: string | null): string | null {
  if (text === null) return null;
  const date = readDate(text);
  if (date.ok) return date.date;
  warnings.push(`connected on: ${date.reason}; left out`);
  return null;
}

/** Notes made of the card's own note and the values beyond the first, so nothing is lost. */
function notesOf(row: ContactRow, extraRole: string | null, warnings: string[]): string | null {
  const lines = [
    row.notes,
    extraRole && `Role: ${extraRole}`,
    row.otherEmails.length > 0 && `Other e-mail: ${row.otherEmails.join(', ')}`,
    row.otherPhones.length > 0 && `Other phone: ${row.otherPhones.join(', ')}`,
    row.otherUrls.length > 0 && `Web: ${row.otherUrls.join(', ')}`,
  ].filter((l): l is string => typeof l === 'string' && l !== '');
  if (lines.length === 0) return null;
  let text = lines.join('\n');
  if (text.length > MAX_NOTE) {
    warnings.push(`notes: ${text.length} characters; the first ${MAX_NOTE} are kept`);
    text = text.slice(0, MAX_NOTE);
  }
  return lenient(warnings, () => optionalNote('notes', text));
}

/**
 * The fields of a person from a LinkedIn row or a vCard. A missing or unusable
 * name refuses the row; any other bad value is left out with a warning.
 */
export function contactFields(
  row: ContactRow,
  noName: string,
): { ok: true; fields: ContactFields; warnings: string[] } | { ok: false; reason: string } {
  const name = checked(() => optionalLine('name', row.name));
  if (!name.ok) return name;
  if (name.value === null) return { ok: false, reason: noName };
  const warnings: string[] = [];
  const roleText = row.role?.trim().toLowerCase() ?? null;
  const role =
    roleText && (CONTACT_ROLES as readonly string[]).includes(roleText) ? roleText : null;
  const fields: ContactFields = {
    name: name.value,
    email: lenient(warnings, () => optionalEmail('email', row.email)),
    phone: lenient(warnings, () => optionalPhone('phone', row.phone)),
    role,
    company: lenient(warnings, () => optionalLine('company', row.company)),
    position: lenient(warnings, () => optionalLine('position', row.position)),
    linkedinUrl: linkedInOf(warnings, row.linkedinUrl),
    connectedOn: connectedOn(warnings, row.connectedOn),
    notes: notesOf(row, role === null ? row.role : null, warnings),
  };
  return { ok: true, fields, warnings };
}
