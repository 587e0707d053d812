// The morning e-mail's settings, checked field by field; each refusal names the field as the
// command line's option (--time, --to, --smtp-host ...).
import { controlCharacterIn } from '../../core/text.js';
import { refuse } from '../result.js';
import { optionalEmail, optionalLine, quote } from '../validate.js';

/** HH:MM from 00:00 to 23:59; 7:05 is read as 07:05. */
export function sendAt(value: string): string {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!match) {
    refuse(
      'invalid-input',
      `time: ${quote(value)} is not a time of day; expected HH:MM from 00:00 to 23:59, e.g. 08:00`,
      'time',
    );
  }
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2]}`;
}

/** One to ten addresses separated by commas or semicolons, or null. */
export function recipientList(value: string | null): string | null {
  const text = optionalLine('to', value, 2000);
  if (text === null) return null;
  const addresses = text
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean);
  if (addresses.length > 10)
    refuse('invalid-input', `to: ${addresses.length} addresses; at most 10 are accepted`, 'to');
  return addresses.map((a) => optionalEmail('to', a)).join(', ') || null;
}

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/;

/** A host name or an IP address. */
export function smtpHost(value: string | null): string | null {
  const text = optionalLine('smtp-host', value, 253);
  if (text !== null && !HOST.test(text)) {
    refuse(
      'invalid-input',
      `smtp-host: ${quote(text)} is not a host name; expected e.g. smtp.example.com or 192.0.2.10`,
      'smtp-host',
    );
  }
  return text;
}

/** 1 to 65535, or null for the usual port. */
export function smtpPort(value: number | string | null): number | null {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  const text = String(value).trim();
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) {
    refuse(
      'invalid-input',
      `smtp-port: ${quote(text)} is not a port; use a whole number from 1 to 65535 (587 for STARTTLS, 465 for TLS)`,
      'smtp-port',
    );
  }
  return port;
}

/** Kept as typed (spaces included); null or "" removes it. */
export function password(value: string | null): string | null {
  if (value === null || value === '') return null;
  const bad = controlCharacterIn(value);
  if (bad || value.length > 1000) {
    refuse(
      'invalid-input',
      `smtp-password: ${bad ? `contains a control character (${bad})` : 'longer than 1000 characters'}; type it again`,
      'smtp-password',
    );
  }
  return value;
}

/** "Name <address>" or an address; the name may not hold the characters that break a header. */
export function sender(value: string | null): string | null {
  const text = optionalLine('from', value, 300);
  if (text === null) return null;
  const named = /^(.*)<([^<>]+)>$/.exec(text);
  const address = optionalEmail('from', named ? (named[2] ?? '') : text);
  const name = named?.[1]?.trim().replace(/^"(.*)"$/, '$1') ?? '';
  if (/["\\<>,;]/.test(name)) {
    refuse(
      'invalid-input',
      `from: ${quote(text)} has a name with quotes, commas or angle brackets; use Name <address> with a plain name`,
      'from',
    );
  }
  return name ? `${name} <${address}>` : address;
}
