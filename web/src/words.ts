// The product's words for events, roles and statuses.
import type { Status } from './api.js';

/** Every event type, in the order the method meets them, with its name in a list. */
export const EVENT_LABELS: Readonly<Record<string, string>> = {
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

export const EVENT_TYPES = Object.keys(EVENT_LABELS);

export function eventLabel(type: string): string {
  return EVENT_LABELS[type] ?? type;
}

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

export const ROLE_LABELS: Readonly<Record<string, string>> = {
  'hiring-manager': 'Hiring manager',
  hr: 'HR',
  recruiter: 'Recruiter',
  other: 'Other',
};

export function roleLabel(role: string | null | undefined): string | null {
  return role ? (ROLE_LABELS[role] ?? role) : null;
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
