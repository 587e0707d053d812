import { z } from 'zod';
import { EVENT_TYPES } from '../core/events.js';

// Requests: the shapes only. What a value may be (a real date, a known event
// type, a region) is the use case's to judge, so its refusal names the field (422).

const text = z.string();
/** A field an edit can clear: `null` or `""`. */
const clearable = z.string().nullable();
const isoDate = z.string().describe('YYYY-MM-DD');

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

const contactInput = z.strictObject({
  name: clearable.optional(),
  email: clearable.optional(),
  phone: clearable.optional(),
  role: clearable.optional().describe('hiring-manager, hr, recruiter or other'),
});

export const AddOpportunityBody = z.strictObject({
  kind: z.enum(['job', 'networking']),
  company: text.optional().describe('required for a job'),
  title: text.optional().describe('required for a job'),
  contact: contactInput.optional().describe('the name is required for networking'),
  postingUrl: text.optional(),
  notes: text.optional(),
  appliedOn: isoDate
    .optional()
    .describe('also logs applied (job) or reached-out (networking) on this date'),
});

export const EditOpportunityBody = z.strictObject({
  company: clearable.optional(),
  title: clearable.optional(),
  contact: contactInput.optional(),
  postingUrl: clearable.optional(),
  notes: clearable.optional(),
});

const eventFields = {
  on: isoDate.optional().describe('the date it happened; default today'),
  at: text
    .optional()
    .describe('date and time, e.g. 2026-12-03T10:00 (local) or with an offset; not with on'),
  until: isoDate.optional().describe('for callback: the date they asked you to wait for'),
  note: clearable.optional(),
};

export const LogEventBody = z.strictObject({
  type: text.describe(`one of ${EVENT_TYPES.join(', ')}`),
  ...eventFields,
});

export const EditEventBody = z.strictObject({
  type: text.optional().describe(`one of ${EVENT_TYPES.join(', ')}`),
  ...eventFields,
});

export const ListQuery = z.object({
  search: text.optional(),
  status: text.optional().describe('active, interviewing, holding or closed'),
});

export const SearchQuery = z.object({ search: text.optional() });

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

// Answers: the views of src/app as the OpenAPI document describes them. The routes'
// return types are checked against them when compiled, the answers by schemas.test.ts.

/** An answer's object: its known fields, and maybe more (a view may gain a field first). */
export function open<T extends z.core.$ZodLooseShape>(shape: T): z.ZodObject<T> {
  // Typed as a plain object: an index signature would not match the views' interfaces.
  return z.looseObject(shape) as unknown as z.ZodObject<T>;
}

/** The views' lists are read-only. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const nullableText = z.string().nullable();

const stepShape = {
  action: z.enum(['follow-up', 'thank-you-call', 'thank-you-note', 'check-in']),
  dueOn: isoDate,
  dueBy: isoDate,
  followUpNumber: z.number().int().optional(),
  overdue: z.boolean(),
  script: z.string(),
  voicemail: z.string(),
  email: open({ subject: z.string(), body: z.string() }),
  label: z.string(),
};
const Step = open(stepShape);

const Event = open({
  id: z.string(),
  type: z.string(),
  date: isoDate,
  at: nullableText,
  until: nullableText,
  note: nullableText,
});

export const Opportunity = open({
  id: z.string(),
  kind: z.enum(['job', 'networking']),
  company: nullableText,
  title: nullableText,
  contact: open({
    name: z.string(),
    email: nullableText,
    phone: nullableText,
    role: nullableText,
  }).nullable(),
  status: z.enum(['active', 'interviewing', 'holding', 'closed']),
  followUps: z.number().int(),
  heldOn: nullableText,
  next: list(Step),
  events: list(Event),
  holdsOn: nullableText,
  maxFollowUps: z.number().int(),
  postingUrl: nullableText,
  notes: nullableText,
  version: z.number().int().describe('also sent as the ETag'),
  asOf: isoDate,
});

export const Logged = open({
  event: Event,
  opportunity: Opportunity,
  warnings: list(z.string()).describe('e.g. "too soon"'),
});

const TodayItem = open({
  ...stepShape,
  opportunityId: z.string(),
  contact: nullableText,
  company: nullableText,
  title: nullableText,
  kind: z.string(),
  contactPhone: nullableText,
  contactEmail: nullableText,
  contactRole: nullableText,
  followUps: z.number().int(),
});

export const Today = open({
  date: isoDate,
  items: list(TodayItem).describe('due today or overdue'),
  upcoming: list(TodayItem).describe('due in the coming 14 days'),
  interviews: list(
    open({
      opportunityId: z.string(),
      at: nullableText,
      date: isoDate,
      type: z.string(),
      contact: nullableText,
      company: nullableText,
      title: nullableText,
    }),
  ),
  maxFollowUps: z.number().int(),
});

export const Holding = open({
  items: list(
    open({
      opportunityId: z.string(),
      heldOn: isoDate,
      kind: z.string(),
      company: nullableText,
      title: nullableText,
      contact: nullableText,
      contactPhone: nullableText,
      contactEmail: nullableText,
      followUps: z.number().int(),
    }),
  ),
});

export const Opportunities = open({
  items: list(
    open({
      id: z.string(),
      kind: z.string(),
      company: nullableText,
      title: nullableText,
      contact: nullableText,
      status: z.string(),
      followUps: z.number().int(),
      heldOn: nullableText,
      next: open({
        label: z.string(),
        dueOn: isoDate,
        dueBy: isoDate,
        overdue: z.boolean(),
      }).nullable(),
    }),
  ),
});

export const Contacts = open({
  items: list(
    open({
      id: z.string(),
      name: z.string(),
      email: nullableText,
      phone: nullableText,
      role: nullableText,
      company: nullableText,
      opportunities: z.number().int(),
      linkedinUrl: nullableText.describe('their LinkedIn profile'),
      position: nullableText.describe('their job title at their company'),
      connectedOn: nullableText.describe('YYYY-MM-DD, the day you connected on LinkedIn'),
      notes: nullableText,
    }),
  ),
});

const Holiday = open({ date: isoDate, name: z.string() });

export const Settings = open({
  timeZone: z.string(),
  holidays: z.string(),
  name: nullableText,
  phone: nullableText,
  email: nullableText,
  weekendDays: list(z.string()),
  daysOff: list(isoDate),
  playbook: open({
    firstFollowUpDays: z.number().int(),
    followUpDays: z.number().int(),
    followUpDayKind: z.enum(['business', 'calendar']),
    maxFollowUps: z.number().int(),
    holdAfterDays: z.number().int(),
    checkInMinDays: z.number().int(),
    checkInMaxDays: z.number().int(),
    thankYouDays: z.number().int(),
  }),
  upcomingHolidays: list(Holiday),
});

export const Holidays = open({ region: z.string(), items: list(Holiday) });

/** RFC 9457, as `application/problem+json`. */
export const Problem = open({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  field: z.string().optional().describe('the request field at fault'),
  reason: z.string().optional(),
});

export const NoContent = z.undefined().describe('deleted');
