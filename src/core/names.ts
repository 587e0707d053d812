// The names the product speaks in: one `as const` list each, the types derived from them.
// The HTTP contract (src/contract), the command line and the web app all read them here.

/** What an opportunity is: a job opening, or a person to meet. */
export const OPPORTUNITY_KINDS = ['job', 'networking'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

/** Where an opportunity stands, in the order the pipeline shows them. */
export const STATUSES = ['active', 'interviewing', 'holding', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/** What a step asks the user to do. */
export const STEP_ACTIONS = ['follow-up', 'thank-you-call', 'thank-you-note', 'check-in'] as const;
export type Action = (typeof STEP_ACTIONS)[number];

/** Why a step falls on its date, so the product can explain it. */
export const STEP_REASONS = [
  'after-start',
  'after-attempt',
  'after-contact',
  'after-interview',
  'callback',
  'revived',
] as const;
export type StepReason = (typeof STEP_REASONS)[number];

/** Who the contact of an opportunity is to the user. */
export const CONTACT_ROLES = ['hiring-manager', 'hr', 'recruiter', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** Every event of the method, in the order the product lists them. */
export const EVENT_TYPES = [
  'applied',
  'reached-out',
  'voicemail',
  'no-answer',
  'email',
  'message',
  'talked',
  'reply',
  'meeting',
  'interview',
  'thank-you-call',
  'thank-you-note',
  'callback',
  'offer',
  'rejected',
  'withdrawn',
  'hold',
  'revive',
  'note',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** What an event does to the cadence. */
export const EVENT_KINDS = [
  'start',
  'attempt',
  'connection',
  'interview',
  'thank-you',
  'callback',
  'decision',
  'hold',
  'revive',
  'note',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The files an import reads and an export writes (`csv`: an application tracker). */
export const FILE_FORMATS = ['linkedin', 'vcard', 'csv', 'json'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** What a column of an application tracker can hold. */
export const APPLICATION_FIELDS = [
  'company',
  'title',
  'applied',
  'status',
  'status-date',
  'contact',
  'email',
  'phone',
  'notes',
  'url',
  'source',
  'referral',
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/** Where the morning e-mail's SMTP server comes from. */
export const SMTP_SOURCES = ['settings', 'environment', 'none'] as const;
export type SmtpSource = (typeof SMTP_SOURCES)[number];

/** How a day's morning e-mail stands. */
export const DIGEST_SEND_STATUSES = [
  'sending',
  'sent',
  'failed',
  'gave-up',
  'nothing-due',
] as const;
export type DigestSendStatus = (typeof DIGEST_SEND_STATUSES)[number];

/**
 * Whether `value` is one of `names`, narrowing it.
 * @example isOneOf(STATUSES, 'holding') // true
 */
export function isOneOf<T extends string>(names: readonly T[], value: string): value is T {
  return (names as readonly string[]).includes(value);
}

/** Where an opportunity came from; `null` when unknown (shared/spec/progress.md). */
export const SOURCES = ['posting', 'referral', 'networking', 'recruiter', 'other'] as const;
export type Source = (typeof SOURCES)[number];

/** The kind of a follow-up attempt. */
export const CHANNELS = ['call', 'email', 'message'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How a step of the plan ended. */
export const STEP_OUTCOMES = ['onTime', 'early', 'late', 'missed'] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

/** How an opportunity closed (R7). */
export const OUTCOMES = ['offer', 'rejected', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How a step reaches the person: a call (voicemail if nobody answers), an e-mail, a handwritten note. */
export const STEP_CHANNELS = ['call', 'email', 'note'] as const;
export type StepChannel = (typeof STEP_CHANNELS)[number];
