import { readFile } from 'node:fs/promises';
import {
  connectInbox,
  type InboxStatus,
  inboxOff,
  inboxStatus,
} from '../../app/inbox/connection.js';
import {
  acceptProposal,
  dismissProposal,
  type ProposalView,
  reviewProposals,
} from '../../app/inbox/proposals.js';
import { sendFollowUpEmail } from '../../app/inbox/send-follow-up.js';
import { type SyncReport, syncInbox } from '../../app/inbox/sync.js';
import { dayInWords } from '../../core/in-words.js';
import { smtpFollowUpSender } from '../../mail/follow-up-mail.js';
import { inboxDeps } from '../../mail/inbox-deps.js';
import { smtpFromEnvironment } from '../../mail/smtp-env.js';
import { dataDirectory } from '../../wiring/open-app.js';
import { UsageError } from '../../wiring/usage-error.js';
import { safe } from '../io.js';
import { finish, type Run, withApp } from '../run-command.js';

export interface ConnectFlags {
  readonly imapUrl: string;
  readonly passwordStdin?: boolean;
  readonly sentFolder?: string;
  readonly since?: string;
}

const deps = (run: Run) => inboxDeps(run.env, dataDirectory(run.options, run.env));

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

function renderStatus(s: InboxStatus): string {
  if (!s.connected)
    return 'No mailbox is connected. Connect one: justenough inbox connect --imap-url imaps://you@imap.example.com --password-stdin';
  const lines = [
    `Connected: ${safe(s.imapUrl)} (password ${s.password === 'stored' ? 'stored encrypted' : 'from $JUSTENOUGH_IMAP_PASSWORD'})`,
    `Sent folder: ${s.sentFolder ? safe(s.sentFolder) : 'none found (give --sent-folder)'}; reading from ${s.since}`,
    `Last sync: ${s.lastSyncAt ?? 'never'}`,
    `Logged ${s.counts.logged} replies and ${s.counts.sent} sent e-mails; ${s.counts.waiting} proposal(s) waiting (inbox review)`,
  ];
  if (s.lastError) lines.push(`Last error (${s.lastErrorAt}): ${safe(s.lastError)}`);
  return lines.join('\n');
}

function renderSync(r: SyncReport): string {
  const lines = [`Logged ${r.logged.length}, proposed ${r.proposed.length}, skipped ${r.skipped}.`];
  for (const l of r.logged)
    lines.push(
      `  logged ${l.type} on ${dayInWords(l.date)} for opportunity ${l.opportunityId} (event ${l.eventId})`,
    );
  for (const p of r.proposed)
    lines.push(
      `  proposal ${p.id}: ${p.type} on ${dayInWords(p.date)} for opportunity ${p.opportunityId} (${p.reason})`,
    );
  if (r.proposed.length > 0) lines.push('Review them: justenough inbox review');
  return lines.join('\n');
}

function renderProposals(list: readonly ProposalView[]): string {
  if (list.length === 0)
    return 'Nothing waiting: every message the inbox found was logged or decided.';
  return list
    .map(
      (p) =>
        `${p.id}  ${safe(p.text)}\n    justenough inbox accept ${p.id}   |   justenough inbox dismiss ${p.id}`,
    )
    .join('\n');
}

export function connect(run: Run, flags: ConnectFlags): Promise<number> {
  return withApp(run, async (ctx) => {
    const password = flags.passwordStdin ? await readStdin() : null;
    const result = await connectInbox(ctx, deps(run), {
      imapUrl: flags.imapUrl,
      password,
      sentFolder: flags.sentFolder,
      since: flags.since,
    });
    return finish(run, result, (s) => `${renderStatus(s)}\nNext: justenough inbox sync`);
  });
}

export function sync(run: Run): Promise<number> {
  return withApp(run, async (ctx) => finish(run, await syncInbox(ctx, deps(run)), renderSync));
}

export function status(run: Run): Promise<number> {
  return withApp(run, async (ctx) =>
    finish(run, { ok: true, value: await inboxStatus(ctx) }, renderStatus),
  );
}

export function review(run: Run): Promise<number> {
  return withApp(run, async (ctx) =>
    finish(run, { ok: true, value: await reviewProposals(ctx) }, renderProposals, (list) => ({
      proposals: list,
    })),
  );
}

export function accept(run: Run, id: string): Promise<number> {
  return withApp(run, async (ctx) => {
    const result = await acceptProposal(ctx, id);
    if (result.ok) for (const w of result.value.warnings) run.io.stderr(`warning: ${safe(w)}`);
    return finish(
      run,
      result,
      (a) =>
        `Logged ${a.event.type} on ${dayInWords(a.event.date)} (event ${a.event.id}) for opportunity ${a.proposal.opportunityId}.`,
    );
  });
}

export function dismiss(run: Run, id: string): Promise<number> {
  return withApp(run, async (ctx) =>
    finish(
      run,
      await dismissProposal(ctx, id),
      (p) => `Dismissed proposal ${p.id}; nothing logged.`,
    ),
  );
}

export function off(run: Run): Promise<number> {
  return withApp(run, async (ctx) =>
    finish(
      run,
      await inboxOff(ctx),
      () => 'The mailbox is disconnected and its password forgotten; what it logged stays.',
    ),
  );
}

export interface SendFlags {
  readonly subject?: string;
  readonly body?: string;
  readonly bodyFile?: string;
}

const COPY_WORDS: Record<string, string> = {
  appended: 'copied to your Sent folder',
  server: 'your mail server keeps it in Sent',
  none: 'no mailbox connected, so no copy in Sent',
  failed: 'not copied to Sent',
};

/** `inbox send OPPORTUNITY`: the step's follow-up by e-mail, threaded, copied to Sent, logged as email. */
export async function send(run: Run, opportunity: string, flags: SendFlags): Promise<number> {
  if (flags.body !== undefined && flags.bodyFile !== undefined)
    throw new UsageError('inbox send: give --body or --body-file, not both');
  let body = flags.body;
  if (flags.bodyFile !== undefined) {
    try {
      body = await readFile(flags.bodyFile, 'utf8');
    } catch (error) {
      throw new UsageError(
        `--body-file: cannot read ${JSON.stringify(flags.bodyFile)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  const inbox = deps(run);
  const mail = {
    send: smtpFollowUpSender,
    environmentSmtp: smtpFromEnvironment(run.env),
    secrets: inbox.secrets,
    inbox,
  };
  return withApp(run, async (ctx) => {
    const result = await sendFollowUpEmail(ctx, mail, {
      opportunity,
      subject: flags.subject,
      body,
    });
    if (result.ok && result.value.sentCopyError)
      run.io.stderr(`warning: not copied to Sent: ${safe(result.value.sentCopyError)}`);
    return finish(
      run,
      result,
      (s) =>
        `Sent "${safe(s.subject)}" to ${safe(s.to)}${s.inReplyTo ? ' (in reply to their last message)' : ''}; ${COPY_WORDS[s.sentCopy]}. Logged as email (event ${s.eventId}).`,
    );
  });
}
