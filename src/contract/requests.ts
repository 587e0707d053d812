import * as z from 'zod';
import { EVENT_TYPES, OPPORTUNITY_KINDS, SOURCES } from '../core/names.js';
import { pageFields } from './paging.js';
import { clearable, isoDate, text } from './shapes.js';

// Requests: the shapes only. What a value may be (a real date, a known event
// type, a region) is the use case's to judge, so its refusal names the field (422).

export const IdParams = z.object({ id: z.string().describe('the id, a whole number from 1') });

/** `If-Match: "<version>"`, or `*` for whatever version is current. */
export const ETAG = /^(?:"(\d{1,15})"|\*)$/;
export const IfMatchHeaders = z.looseObject({
  'if-match': z
    .string()
    .regex(ETAG, 'expected an entity tag such as "3", the ETag of the last answer')
    .optional()
    .describe('the ETag the change was made on; a stale one answers 412'),
});

export const ContactBody = z.strictObject({
  name: clearable.optional(),
  email: clearable.optional(),
  phone: clearable.optional(),
  role: clearable.optional().describe('hiring-manager, hr, recruiter or other'),
});

export const AddOpportunityBody = z.strictObject({
  kind: z.enum(OPPORTUNITY_KINDS),
  company: text.optional().describe('required for a job'),
  title: text.optional().describe('required for a job'),
  contact: ContactBody.optional().describe('the name is required for networking'),
  postingUrl: text.optional(),
  notes: text.optional(),
  source: text.optional().describe(`where it came from: ${SOURCES.join(', ')}`),
  appliedOn: isoDate
    .optional()
    .describe('also logs applied (job) or reached-out (networking) on this date'),
});

export const EditOpportunityBody = z.strictObject({
  company: clearable.optional(),
  title: clearable.optional(),
  contact: ContactBody.optional(),
  postingUrl: clearable.optional(),
  notes: clearable.optional(),
  source: clearable
    .optional()
    .describe(`where it came from: ${SOURCES.join(', ')}; null or "" for unknown`),
});

const eventFields = {
  on: isoDate.optional().describe('the date it happened; default today'),
  at: text
    .optional()
    .describe('date and time, e.g. 2026-12-03T10:00 (local) or with an offset; not with on'),
  until: isoDate.optional().describe('for callback: the date they asked you to wait for'),
  note: clearable.optional(),
  voicemail: z
    .boolean()
    .optional()
    .describe(
      'for thank-you-call: it was left as a voicemail (it completes the step all the same)',
    ),
};

export const LogEventBody = z.strictObject({
  type: text.describe(`one of ${EVENT_TYPES.join(', ')}`),
  ...eventFields,
});

export const EditEventBody = z.strictObject({
  type: text.optional().describe(`one of ${EVENT_TYPES.join(', ')}`),
  ...eventFields,
});

export const MoveBody = z.strictObject({
  status: text.describe(
    'the column it goes to: active (from the holding file only), interviewing, holding or closed',
  ),
  type: text
    .optional()
    .describe(
      'the event that moves it: revive, interview or meeting, hold, offer, rejected or withdrawn',
    ),
  ...eventFields,
});

export const ListQuery = z.object({
  search: text.optional(),
  status: text.optional().describe('active, interviewing, holding or closed'),
  ...pageFields,
});

export const SearchQuery = z.object({ search: text.optional(), ...pageFields });

export const HolidaysQuery = z.object({
  region: text.min(1).describe('a country code with an optional subdivision: US, US-IL, DE-BY'),
});

export const SettingsBody = z.strictObject({
  timeZone: text.optional().describe('IANA name, e.g. America/Chicago'),
  holidays: text.optional().describe('holiday region: US, US-IL, GB, DE-BY'),
  name: clearable.optional(),
  phone: clearable.optional(),
  email: clearable.optional(),
  weekendDays: z.array(text).optional().describe('weekday names: mon ... sun'),
  addDaysOff: z.array(isoDate).optional(),
  removeDaysOff: z.array(isoDate).optional(),
  playbook: z
    .record(text, z.union([text, z.number()]))
    .optional()
    .describe('numbers of the method to change, e.g. { "maxFollowUps": 3 }'),
});

// What the web app sends, as it may write it (before the server's defaults and checks).
export type ContactInput = z.input<typeof ContactBody>;
export type NewOpportunity = z.input<typeof AddOpportunityBody>;
export type OpportunityPatch = z.input<typeof EditOpportunityBody>;
export type EventInput = z.input<typeof EditEventBody>;
export type NewEvent = z.input<typeof LogEventBody>;
export type MoveInput = z.input<typeof MoveBody>;
export type SettingsInput = z.input<typeof SettingsBody>;
