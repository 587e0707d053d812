// The product's words for events, roles and statuses; the names themselves come from core.
import { EVENT_WORDS, eventInWords } from '../../src/core/event-words.js';
import {
  CONTACT_ROLES,
  type ContactRole,
  EVENT_TYPES,
  isOneOf,
  type Status,
} from '../../src/core/names.js';

export { EVENT_TYPES };

/** Every event type, in the order the method meets them, with its name in a list. */
export const EVENT_LABELS = EVENT_WORDS;

/** An event in words; a thank-you call left as a voicemail says so (method.md). */
export const eventLabel = eventInWords;

/** Events that happen at a time of day worth keeping. */
export const TIMED_EVENTS = new Set(['interview', 'meeting']);

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  active: 'Active',
  interviewing: 'Interviewing',
  holding: 'Holding file',
  closed: 'Closed',
};

export const STATUS_COLORS: Readonly<Record<Status, string>> = {
  active: 'teal',
  interviewing: 'violet',
  holding: 'yellow',
  closed: 'gray',
};

export const ROLE_LABELS: Readonly<Record<ContactRole, string>> = {
  'hiring-manager': 'Hiring manager',
  hr: 'HR',
  recruiter: 'Recruiter',
  other: 'Other',
};

export function roleLabel(role: string | null | undefined): string | null {
  if (!role) return null;
  return isOneOf(CONTACT_ROLES, role) ? ROLE_LABELS[role] : role;
}

/** "Acme · Data Analyst", leaving out what is missing. */
export function companyAndTitle(company: string | null, title: string | null): string {
  return [company, title].filter(Boolean).join(' · ');
}

/** A name for an opportunity when there is little to go on. */
export function opportunityName(o: {
  company: string | null;
  title: string | null;
  contact?: string | null;
}): string {
  return companyAndTitle(o.company, o.title) || o.contact || 'Untitled opportunity';
}
