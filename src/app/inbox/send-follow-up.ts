import { randomUUID } from 'node:crypto';
import type { MailboxConnectionRecord } from '../../store/queries/inbox.js';
import type { AppContext } from '../context.js';
import { errorLine } from '../digest/digest.js';
import { digestSettingsOf, type SmtpSettings, smtpOf } from '../digest/settings.js';
import { logEventIn } from '../events.js';
import { findOpportunity, viewOpportunity } from '../opportunities.js';
import { attempt, fail, type Result, refuse } from '../result.js';
import type { SecretBox } from '../secret-box.js';
import { optionalLine } from '../validate.js';
import type { OpportunityView } from '../views.js';
import { loginOf } from './connection.js';
import type { InboxDeps } from './deps.js';
import { MailboxError } from './mailbox.js';
import { shortSubject } from './message-key.js';

/** A follow-up e-mail as the mail adapter is asked to compose and send it. */
export interface OutgoingMail {
  /** The From header: "Name <address>". */
  readonly from: string;
  readonly fromAddress: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** With angle brackets, as in the header. */
  readonly messageId: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  readonly date: Date;
}

/** Composes and sends one e-mail; resolves with the message as sent (for the Sent folder). */
export type SendOutgoing = (smtp: SmtpSettings, mail: OutgoingMail) => Promise<Buffer>;

export interface FollowUpMailDeps {
  readonly send: SendOutgoing;
  readonly environmentSmtp: SmtpSettings | null;
  readonly secrets: SecretBox;
  /** The mailbox adapter, for the copy in the Sent folder; null: no copy is made. */
  readonly inbox: InboxDeps | null;
}

export interface FollowUpMailInput {
  readonly opportunity: string;
  /** Absent: the step's own e-mail words. */
  readonly subject?: string | null | undefined;
  readonly body?: string | null | undefined;
}

/**
 * Where the copy in Sent came from: `appended` by JustEnough, `server` (the
 * server files sent mail itself, as Gmail does), `none` (no mailbox connected),
 * `failed` (sent and logged, but the copy could not be made: `sentCopyError`).
 */
export type SentCopy = 'appended' | 'server' | 'none' | 'failed';

export interface FollowUpMailSent {
  readonly eventId: string;
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly inReplyTo: string | null;
  readonly sentCopy: SentCopy;
  readonly sentCopyError: string | null;
  readonly opportunity: OpportunityView;
}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+$/;

// Servers that file what their SMTP sends in the Sent folder by themselves.
const FILES_SENT_ITSELF = /(^|\.)(gmail\.com|googlemail\.com)$/i;

/** Whether the IMAP server copies sent mail to Sent itself (Gmail does). */
export function serverFilesSent(imapHost: string): boolean {
  return FILES_SENT_ITSELF.test(imapHost.trim());
}

function fromOf(
  settings: { name: string | null; email: string | null },
  smtp: SmtpSettings,
): { from: string; address: string } {
  const named = (address: string) => ({
    from: settings.name ? `"${settings.name.replace(/["\\]/g, '')}" <${address}>` : address,
    address,
  });
  if (settings.email && ADDRESS.test(settings.email)) return named(settings.email);
  const sender = smtp.sender ? (/<([^>]+)>/.exec(smtp.sender)?.[1] ?? smtp.sender) : null;
  if (sender && ADDRESS.test(sender)) return named(sender);
  if (smtp.user && ADDRESS.test(smtp.user)) return named(smtp.user);
  refuse(
    'invalid-input',
    'email: no address to send from; give your own e-mail in the settings',
    'email',
    'justenough settings --email E',
  );
}

/**
 * Sends the step's follow-up by e-mail through the user's SMTP server (or the
 * deployment's), threaded to the last message with that contact, copies it
 * to the Sent folder unless the server does it itself, and logs it as the
 * `email` attempt once: the message is marked handled by its Message-ID, so
 * the inbox sync that later finds it in Sent logs nothing more (I6).
 */
export async function sendFollowUpEmail(
  ctx: AppContext,
  deps: FollowUpMailDeps,
  input: FollowUpMailInput,
): Promise<Result<FollowUpMailSent>> {
  const prepared = await attempt(() =>
    ctx.store.read(async (q) => {
      const o = await findOpportunity(q, ctx.accountId, input.opportunity);
      const view = await viewOpportunity(q, ctx, o.id);
      const to = o.contact?.email ?? null;
      if (!to)
        refuse(
          'invalid-input',
          'contact-email: the contact has no e-mail address; add one first',
          'contact-email',
        );
      const step = view.next[0];
      const subject = optionalLine('subject', input.subject ?? step?.email.subject ?? '', 300);
      const body = (input.body ?? step?.email.body ?? '').replace(/\r\n?/g, '\n');
      if (!subject) refuse('invalid-input', 'subject: the e-mail needs a subject', 'subject');
      if (!body.trim()) refuse('invalid-input', 'body: the e-mail needs some words', 'body');
      if (body.length > 20_000)
        refuse('invalid-input', 'body: longer than 20,000 characters; shorten it', 'body');
      const smtp = smtpOf(
        await digestSettingsOf(q, ctx.accountId),
        deps.environmentSmtp,
        deps.secrets,
      );
      if (!smtp)
        refuse(
          'invalid-input',
          'smtp-host: no SMTP server to send through; set one in Settings (morning e-mail), or start the server with JUSTENOUGH_SMTP_URL',
          'smtp-host',
        );
      const settings = await q.settings(ctx.accountId);
      const last = await q.lastMessageId(ctx.accountId, o.id);
      const connection = await q.mailboxConnection(ctx.accountId);
      return { o, to, subject, body, smtp, sender: fromOf(settings, smtp), last, connection };
    }),
  );
  if (!prepared.ok) return prepared;
  const { o, to, subject, body, smtp, sender, last, connection } = prepared.value;
  const domain = sender.address.split('@')[1] ?? 'justenough.invalid';
  const mail: OutgoingMail = {
    from: sender.from,
    fromAddress: sender.address,
    to,
    subject,
    text: body,
    messageId: `<${randomUUID()}@${domain}>`,
    inReplyTo: last,
    references: last ? [last] : [],
    date: new Date(ctx.clock('UTC').epochMilliseconds),
  };
  let raw: Buffer;
  try {
    raw = await deps.send(smtp, mail);
  } catch (error) {
    return fail('not-sent', `the e-mail was not sent: ${errorLine(error, smtp.password)}`);
  }
  // Logged at once, in one transaction with its mark: a sync that finds it in Sent skips it.
  const logged = await attempt(() =>
    ctx.store.transaction(async (q) => {
      const done = await logEventIn(q, ctx, {
        opportunity: String(o.id),
        type: 'email',
        note: `Sent from JustEnough: "${shortSubject(subject)}"`,
      });
      await q.insertHandled(ctx.accountId, {
        messageKey: `id:${mail.messageId}`,
        messageId: mail.messageId,
        outcome: 'sent',
        opportunityId: o.id,
        eventId: Number(done.event.id),
        subject: shortSubject(subject),
      });
      return done.event.id;
    }),
  );
  if (!logged.ok) return logged;
  const copy = await copyToSent(deps, connection, raw);
  const opportunity = await ctx.store.read((q) => viewOpportunity(q, ctx, o.id));
  return {
    ok: true,
    value: {
      eventId: logged.value,
      messageId: mail.messageId,
      to,
      subject,
      inReplyTo: last,
      sentCopy: copy.sentCopy,
      sentCopyError: copy.error,
      opportunity,
    },
  };
}

async function copyToSent(
  deps: FollowUpMailDeps,
  connection: MailboxConnectionRecord | undefined,
  raw: Buffer,
): Promise<{ sentCopy: SentCopy; error: string | null }> {
  if (!deps.inbox || !connection) return { sentCopy: 'none', error: null };
  try {
    const login = loginOf(connection, deps.inbox);
    if (serverFilesSent(login.host)) return { sentCopy: 'server', error: null };
    const session = await deps.inbox.open(login);
    try {
      const sent = connection.sent_folder ?? (await session.sentFolder());
      if (!sent) return { sentCopy: 'failed', error: 'the mailbox has no Sent folder' };
      await session.append(sent, raw);
      return { sentCopy: 'appended', error: null };
    } finally {
      await session.close();
    }
  } catch (error) {
    if (error instanceof MailboxError || (error as Error).name === 'UsageError')
      return { sentCopy: 'failed', error: (error as Error).message };
    throw error;
  }
}
