import * as z from 'zod';
import { DIGEST_SEND_STATUSES, SMTP_SOURCES } from '../core/names.js';
import { clearable, nullableText, open } from './shapes.js';

// The calendar feed's and the morning e-mail's requests and answers.

export const TokenFileParams = z.object({
  token: z.string().describe('the secret of the feed address'),
});

export const Calendar = open({
  on: z.boolean(),
  url: nullableText.describe('the feed address to subscribe to; null while the feed is off'),
  since: nullableText,
});

export const CalendarFile = z.string().describe('an iCalendar file (RFC 5545), text/calendar');

export const SmtpAnswer = open({
  host: nullableText,
  port: z.number().int().nullable(),
  secure: z.boolean(),
  allowUnencrypted: z
    .boolean()
    .describe('mail may go out without TLS (always allowed to this machine); off by default'),
  user: nullableText,
  sender: nullableText,
  passwordSet: z.boolean().describe('the password itself is never sent back'),
});

export const DigestSendAnswer = open({
  day: z.string(),
  status: z.enum(DIGEST_SEND_STATUSES),
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
  smtpSource: z.enum(SMTP_SOURCES),
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
      allowUnencrypted: z
        .boolean()
        .optional()
        .describe(
          'let mail go out without TLS when the server offers no STARTTLS (a server on this machine always may); default false',
        ),
      user: clearable.optional(),
      password: clearable
        .optional()
        .describe(
          'write-only; null or "" removes it; a change of host, port or user without a new password removes it too',
        ),
      sender: clearable.optional().describe('the From address: Name <address>'),
    })
    .optional(),
});

/** What a run did (`DigestRun` of src/app/digest/digest.ts), told apart by its outcome. */
export const DigestRun = z.discriminatedUnion('outcome', [
  open({ outcome: z.literal(['off', 'busy']) }),
  open({ outcome: z.literal('not-yet'), sendAt: z.string() }),
  open({ outcome: z.literal('not-configured'), message: z.string() }),
  open({ outcome: z.literal('nothing-due'), day: z.string() }),
  open({ outcome: z.literal(['done', 'waiting', 'sent', 'failed']), send: DigestSendAnswer }),
]);

export const TestMail = z.discriminatedUnion('sent', [
  open({ sent: z.literal(true), recipients: z.array(z.string()).readonly(), subject: z.string() }),
  open({ sent: z.literal(false), error: z.string() }),
]);

export const DigestPreview = open({
  date: z.string(),
  empty: z.boolean().describe('nothing due: no e-mail would be sent'),
  recipients: z.array(z.string()).readonly(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  enabled: z.boolean(),
  sendAt: z.string(),
  smtpSource: z.enum(SMTP_SOURCES),
  today: DigestSendAnswer.nullable(),
});

export type CalendarAnswer = z.infer<typeof Calendar>;
export type DigestSettingsView = z.infer<typeof DigestSettings>;
export type DigestSettingsInput = z.input<typeof DigestSettingsBody>;
export type DigestRun = z.infer<typeof DigestRun>;
export type TestMailResult = z.infer<typeof TestMail>;
export type DigestPreview = z.infer<typeof DigestPreview>;
