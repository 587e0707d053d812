import { z } from 'zod';

// The calendar feed's and the morning e-mail's requests and answers (see schemas.ts for the rules).

const nullableText = z.string().nullable();
const clearable = z.string().nullable();
const open = <T extends z.core.$ZodLooseShape>(shape: T): z.ZodObject<T> =>
  z.looseObject(shape) as unknown as z.ZodObject<T>;

export const TokenFileParams = z.object({
  token: z.string().describe('the secret of the feed address'),
});

export const Calendar = open({
  on: z.boolean(),
  url: nullableText.describe('the feed address to subscribe to; null while the feed is off'),
  since: nullableText,
});

export const CalendarFile = z.string().describe('an iCalendar file (RFC 5545), text/calendar');

const SmtpAnswer = open({
  host: nullableText,
  port: z.number().int().nullable(),
  secure: z.boolean(),
  user: nullableText,
  sender: nullableText,
  passwordSet: z.boolean().describe('the password itself is never sent back'),
});

const DigestSendAnswer = open({
  day: z.string(),
  status: z.enum(['sending', 'sent', 'failed', 'gave-up', 'nothing-due']),
  attempts: z.number().int(),
  sentAt: nullableText,
  nextAttemptAt: nullableText,
  lastError: nullableText,
  recipients: nullableText,
  subject: nullableText,
});

export const DigestSettings = open({
  enabled: z.boolean(),
  sendAt: z.string().describe('HH:MM, local time'),
  recipient: nullableText,
  recipients: z.array(z.string()).readonly(),
  timeZone: z.string(),
  smtp: SmtpAnswer,
  smtpSource: z.enum(['settings', 'environment', 'none']),
  environmentSmtp: SmtpAnswer.nullable(),
  last: DigestSendAnswer.nullable(),
});

export const DigestSettingsBody = z.strictObject({
  enabled: z.boolean().optional(),
  sendAt: z.string().optional().describe('HH:MM, local time; default 08:00'),
  recipient: clearable
    .optional()
    .describe('one address or several separated by commas; null for your own e-mail'),
  smtp: z
    .strictObject({
      host: clearable.optional(),
      port: z.union([z.number(), z.string()]).nullable().optional(),
      secure: z.boolean().optional().describe('TLS from the start (port 465)'),
      user: clearable.optional(),
      password: clearable.optional().describe('write-only; null or "" removes it'),
      sender: clearable.optional().describe('the From address: Name <address>'),
    })
    .optional(),
});

export const DigestRun = open({
  outcome: z.enum([
    'off',
    'not-yet',
    'not-configured',
    'done',
    'waiting',
    'busy',
    'nothing-due',
    'sent',
    'failed',
  ]),
  send: DigestSendAnswer.optional(),
  message: z.string().optional(),
});

export const TestMail = open({
  sent: z.boolean(),
  recipients: z.array(z.string()).readonly().optional(),
  subject: z.string().optional(),
  error: z.string().optional(),
});

export const DigestPreview = open({
  date: z.string(),
  empty: z.boolean().describe('nothing due: no e-mail would be sent'),
  recipients: z.array(z.string()).readonly(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  enabled: z.boolean(),
  sendAt: z.string(),
  smtpSource: z.enum(['settings', 'environment', 'none']),
  today: DigestSendAnswer.nullable(),
});
