import * as z from 'zod';
import {
  OPPORTUNITY_KINDS,
  OUTCOMES,
  SOURCES,
  STATUSES,
  STEP_ACTIONS,
  STEP_CHANNELS,
} from '../core/names.js';
import { pageAnswer } from './paging.js';
import { isoDate, list, nullableText, open } from './shapes.js';

// Answers: the views of src/app as the OpenAPI document describes them. The routes'
// return types are checked against them when compiled, the answers by the server's tests.

const stepShape = {
  action: z.enum(STEP_ACTIONS),
  dueOn: isoDate,
  dueBy: isoDate,
  followUpNumber: z.number().int().optional(),
  overdue: z.boolean(),
  script: z.string(),
  voicemail: z.string(),
  email: open({ subject: z.string(), body: z.string() }),
  label: z.string(),
  channel: z
    .enum(STEP_CHANNELS)
    .describe('email when the contact has only an e-mail address; note for the handwritten note'),
};
export const Step = open(stepShape);

export const Event = open({
  id: z.string(),
  type: z.string(),
  date: isoDate,
  at: nullableText,
  until: nullableText,
  note: nullableText,
  inbox: open({
    subject: z.string(),
    sent: z.boolean().describe('a message the user sent (Sent folder, or sent from JustEnough)'),
  })
    .nullable()
    .optional()
    .describe('the message the event came from, when the inbox logged it'),
});

export const Contact = open({
  name: z.string(),
  email: nullableText,
  phone: nullableText,
  role: nullableText,
});

export const Opportunity = open({
  id: z.string(),
  kind: z.enum(OPPORTUNITY_KINDS),
  company: nullableText,
  title: nullableText,
  contact: Contact.nullable(),
  status: z.enum(STATUSES),
  followUps: z.number().int(),
  heldOn: nullableText,
  next: list(Step),
  events: list(Event),
  holdsOn: nullableText,
  maxFollowUps: z.number().int(),
  postingUrl: nullableText,
  notes: nullableText,
  version: z.number().int().describe('also sent as the ETag'),
  source: z.enum(SOURCES).nullable().describe('where it came from; null if unknown'),
  outcome: z.enum(OUTCOMES).nullable().describe('how it closed; null while open'),
  asOf: isoDate,
});

export const Logged = open({
  event: Event,
  opportunity: Opportunity,
  warnings: list(z.string()).describe('e.g. "too soon"'),
});

export const TodayItem = open({
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

export const InterviewItem = open({
  opportunityId: z.string(),
  at: nullableText,
  date: isoDate,
  type: z.string(),
  contact: nullableText,
  company: nullableText,
  title: nullableText,
});

export const ToStartItem = open({
  opportunityId: z.string(),
  kind: z.string(),
  company: nullableText,
  title: nullableText,
  postingUrl: nullableText,
  contact: nullableText,
  contactPhone: nullableText,
  contactEmail: nullableText,
});

export const BusinessDays = open({
  nextBusinessDay: isoDate.describe('the first business day after today'),
  weekendDays: list(z.number().int()).describe(
    'ISO weekdays not worked: 1 = Monday ... 7 = Sunday',
  ),
  holidays: list(open({ date: isoDate, name: z.string() })).describe(
    'public holidays of the holiday region, today and the coming 12 months',
  ),
  daysOff: list(isoDate).describe('the days off set in the settings, today and later'),
});

export const Today = open({
  date: isoDate,
  items: list(TodayItem).describe('due today or overdue'),
  upcoming: list(TodayItem).describe('due in the coming 14 days'),
  interviews: list(InterviewItem),
  maxFollowUps: z.number().int(),
  toStart: list(ToStartItem).describe(
    'open opportunities not applied to (or reached out to) yet, oldest first: nothing is due until they are',
  ),
  businessDays: BusinessDays,
});

export const HoldingItem = open({
  opportunityId: z.string(),
  heldOn: isoDate,
  kind: z.string(),
  company: nullableText,
  title: nullableText,
  contact: nullableText,
  contactPhone: nullableText,
  contactEmail: nullableText,
  followUps: z.number().int(),
});

export const Holding = open({
  items: list(HoldingItem),
  ...pageAnswer,
});

export const OpportunitySummary = open({
  id: z.string(),
  kind: z.string(),
  company: nullableText,
  title: nullableText,
  contact: nullableText,
  status: z.enum(STATUSES),
  followUps: z.number().int(),
  heldOn: nullableText,
  source: z.enum(SOURCES).nullable(),
  outcome: z.enum(OUTCOMES).nullable().describe('how it closed; null while open'),
  next: open({
    label: z.string(),
    dueOn: isoDate,
    dueBy: isoDate,
    overdue: z.boolean(),
  }).nullable(),
});

export const Opportunities = open({
  items: list(OpportunitySummary),
  ...pageAnswer,
});

export const ContactSummary = open({
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
});

/** `listEvents` (src/app/event-pages.ts): an opportunity's events, newest first. */
export const Events = open({
  items: list(Event),
  ...pageAnswer,
});

export const Contacts = open({
  items: list(ContactSummary),
  ...pageAnswer,
});

export const Holiday = open({ date: isoDate, name: z.string() });

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
export const HolidayRegions = open({
  items: list(
    open({
      code: z.string().describe('US, US-IL, DE-BY: what the settings take'),
      name: z.string().describe('in words: "United States — Illinois"'),
    }),
  ),
});

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

// What the server answers, as the web app reads it.
export type StepView = z.infer<typeof Step>;
export type EventView = z.infer<typeof Event>;
export type ContactView = z.infer<typeof Contact>;
export type OpportunityView = z.infer<typeof Opportunity>;
export type Logged = z.infer<typeof Logged>;
export type TodayItem = z.infer<typeof TodayItem>;
export type InterviewItem = z.infer<typeof InterviewItem>;
export type TodayView = z.infer<typeof Today>;
export type ToStartItem = z.infer<typeof ToStartItem>;
export type BusinessDaysView = z.infer<typeof BusinessDays>;
export type HoldingItem = z.infer<typeof HoldingItem>;
export type OpportunitySummary = z.infer<typeof OpportunitySummary>;
export type ContactSummary = z.infer<typeof ContactSummary>;
export type HolidayView = z.infer<typeof Holiday>;
export type HolidaysView = z.infer<typeof Holidays>;
export type HolidayRegionsView = z.infer<typeof HolidayRegions>;
export type SettingsView = z.infer<typeof Settings>;
export type ProblemView = z.infer<typeof Problem>;
