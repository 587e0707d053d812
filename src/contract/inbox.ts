import * as z from 'zod';
import { Opportunity } from './answers.js';
import { nullableText, open } from './shapes.js';

// The inbox's requests and answers: the connection on Settings, the proposals on Today.

export const InboxConnectBody = z.object({
  imapUrl: z.string().max(500).describe('imaps://USER@HOST[:PORT]; imap:// only on this machine'),
  password: z.string().min(1).max(1000).describe('write-only: stored encrypted, never sent back'),
  sentFolder: z.string().max(200).nullish(),
  since: z
    .string()
    .max(10)
    .nullish()
    .describe('the first sync reads from this date (default: 60 days ago)'),
});

export const InboxStatus = open({
  connected: z.boolean(),
  imapUrl: nullableText,
  sentFolder: nullableText,
  since: nullableText,
  password: z.enum(['stored', 'environment']).nullable(),
  lastSyncAt: nullableText,
  lastError: nullableText,
  lastErrorAt: nullableText,
  counts: open({
    logged: z.number().int(),
    proposed: z.number().int(),
    waiting: z.number().int(),
    sent: z.number().int(),
  }),
  folders: z.array(
    open({ role: z.string(), path: z.string(), uidValidity: z.string(), lastUid: z.number() }),
  ),
});

export const InboxProposal = open({
  id: z.string(),
  opportunityId: z.string(),
  type: z.string(),
  date: z.string(),
  reason: z.string().describe('same-company | thread | out-of-office | invitation'),
  at: nullableText,
  until: nullableText,
  from: nullableText,
  subject: nullableText,
  summary: nullableText,
  messageId: nullableText,
  status: z.string(),
  eventId: nullableText,
  text: z.string().describe('one sentence for the user'),
  opportunity: z.string(),
});

export const InboxProposals = open({ proposals: z.array(InboxProposal) });

export const InboxSyncReport = open({
  logged: z.array(
    open({
      opportunityId: z.string(),
      eventId: z.string(),
      type: z.string(),
      date: z.string(),
      messageId: nullableText,
    }),
  ),
  proposed: z.array(
    open({
      id: z.string(),
      opportunityId: z.string(),
      type: z.string(),
      date: z.string(),
      reason: z.string(),
    }),
  ),
  skipped: z.number().int(),
});

export const ProposalParams = z.object({ id: z.string().max(20) });

export type InboxStatusView = z.infer<typeof InboxStatus>;
export type InboxProposalView = z.infer<typeof InboxProposal>;

export const FollowUpEmailBody = z.object({
  subject: z
    .string()
    .max(1000)
    .nullish()
    .describe("the e-mail's subject; absent: the step's own e-mail words"),
  body: z
    .string()
    .max(40_000)
    .nullish()
    .describe("the e-mail's text; absent: the step's own words"),
});

export const FollowUpEmailSent = open({
  eventId: z.string().describe('the `email` event logged for it'),
  messageId: z.string(),
  to: z.string(),
  subject: z.string(),
  inReplyTo: nullableText.describe('the Message-ID it answers: the last message with the contact'),
  sentCopy: z
    .enum(['appended', 'server', 'none', 'failed'])
    .describe(
      'the copy in Sent: appended by JustEnough, made by the server itself (Gmail), none (no mailbox), or failed',
    ),
  sentCopyError: nullableText,
  opportunity: Opportunity,
});

export type InboxConnectInput = z.input<typeof InboxConnectBody>;
export type InboxSyncReportView = z.infer<typeof InboxSyncReport>;
export type FollowUpEmailInput = z.input<typeof FollowUpEmailBody>;
export type FollowUpEmailSentView = z.infer<typeof FollowUpEmailSent>;
