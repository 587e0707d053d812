import { Temporal } from '../../core/dates.js';
import { escapeControlCharacters } from '../../core/text.js';
import type { DigestOutcome } from '../../store/queries/reminders.js';
import type { DigestSendRecord } from '../../store/records.js';
import { dayOf } from '../account.js';
import type { AppContext } from '../context.js';
import { attempt, type Result, refuse } from '../result.js';
import type { SecretBox } from '../secret-box.js';
import { buildDigest, type Digest, isEmpty } from './content.js';
import {
  type DigestSendView,
  type DigestSettingsInput,
  digestSettingsOf,
  digestSettingsWith,
  recipientsOf,
  type SmtpSettings,
  sendView,
  smtpOf,
} from './settings.js';

/** What the mail adapter is asked to send. */
export type DigestMail =
  | { readonly kind: 'digest'; readonly digest: Digest; readonly recipients: readonly string[] }
  | {
      readonly kind: 'test';
      readonly date: string;
      readonly timeZone: string;
      readonly recipients: readonly string[];
    };

/** Sends one e-mail; rejects with the SMTP server's answer when it fails. */
export type SendMail = (mail: DigestMail, smtp: SmtpSettings) => Promise<{ subject: string }>;

export interface DigestDeps {
  readonly send: SendMail;
  /** The SMTP server of the server's environment, used when the settings name none. */
  readonly environmentSmtp: SmtpSettings | null;
  /** Opens the SMTP password stored in the settings. */
  readonly secrets: SecretBox;
}

/** What a run did for one account. */
export type DigestRun =
  | { readonly outcome: 'off' }
  | { readonly outcome: 'not-yet'; readonly sendAt: string }
  | { readonly outcome: 'not-configured'; readonly message: string }
  /** Today's e-mail is settled: sent, nothing due, or given up. */
  | { readonly outcome: 'done'; readonly send: DigestSendView }
  /** It failed; the next attempt is later. */
  | { readonly outcome: 'waiting'; readonly send: DigestSendView }
  /** Another process claimed it and is sending it now. */
  | { readonly outcome: 'busy' }
  | { readonly outcome: 'nothing-due'; readonly day: string }
  | { readonly outcome: 'sent'; readonly send: DigestSendView }
  | { readonly outcome: 'failed'; readonly send: DigestSendView };

/** Attempts per day before giving up; the waits between them double from five minutes. */
export const MAX_ATTEMPTS = 6;
const FIRST_WAIT_MINUTES = 5;
/** A claim this old belongs to a process that stopped while sending: it may be taken again. */
const ABANDONED_AFTER_MINUTES = 15;

/** The wait after failed attempt `n`: 5, 10, 20, 40, 80 minutes. */
export const retryWait = (attempt: number): number => FIRST_WAIT_MINUTES * 2 ** (attempt - 1);

const instant = (t: Temporal.ZonedDateTime | Temporal.Instant): string =>
  ('toInstant' in t ? t.toInstant() : t).toString({ smallestUnit: 'second' });
const before = (a: string, b: string) =>
  Temporal.Instant.compare(Temporal.Instant.from(a), Temporal.Instant.from(b)) < 0;

/** An SMTP failure in one line: no control characters, no password, not too long. */
export function errorLine(error: unknown, secret: string | null): string {
  let text = error instanceof Error ? error.message : String(error);
  if (secret) text = text.split(secret).join('***');
  text = escapeControlCharacters(text.replace(/\s*\n\s*/g, ' ').trim());
  return text.length > 300 ? `${text.slice(0, 297)}...` : text || 'the e-mail could not be sent';
}

/** Whether a day's record lets this caller try (again), and how to claim it. */
function nextMove(
  row: DigestSendRecord | undefined,
  at: string,
  now: boolean,
): 'claim' | 'reclaim' | 'busy' | 'wait' | 'settled' {
  if (!row) return 'claim';
  switch (row.status) {
    case 'sent':
      return 'settled';
    case 'nothing-due':
    case 'gave-up':
      return now ? 'reclaim' : 'settled';
    case 'failed':
      return now || row.nextAttemptAt === null || !before(at, row.nextAttemptAt)
        ? 'reclaim'
        : 'wait';
    case 'sending': {
      const since = row.claimedAt ?? at;
      const abandoned = Temporal.Instant.from(since)
        .add({ minutes: ABANDONED_AFTER_MINUTES })
        .toString({ smallestUnit: 'second' });
      return before(abandoned, at) ? 'reclaim' : 'busy';
    }
  }
}

/**
 * The morning e-mail, at most once per account and day however many servers
 * run: when it is due (after its time of day, or `now`), the day's row is
 * claimed in a transaction (the primary key (account, day) lets one caller
 * win), the e-mail is sent outside any transaction, and the outcome recorded.
 * A failure is tried again later with a doubling wait, up to MAX_ATTEMPTS.
 */
export async function sendDueDigest(
  ctx: AppContext,
  deps: DigestDeps,
  options: { readonly now?: boolean } = {},
): Promise<DigestRun> {
  const {
    settings,
    now,
    today: day,
    digest,
    row,
  } = await ctx.store.read(async (q) => {
    const found = await dayOf(q, ctx);
    return {
      ...found,
      digest: await digestSettingsOf(q, ctx.accountId),
      row: await q.digestSend(ctx.accountId, found.today.toString()),
    };
  });
  const date = day.toString();
  const at = instant(now);
  if (!options.now) {
    if (!digest.enabled) return { outcome: 'off' };
    if (Temporal.PlainTime.compare(now.toPlainTime(), Temporal.PlainTime.from(digest.sendAt)) < 0)
      return { outcome: 'not-yet', sendAt: digest.sendAt };
  }
  const smtp = smtpOf(digest, deps.environmentSmtp, deps.secrets);
  const recipients = recipientsOf(digest, settings);
  if (!smtp || recipients.length === 0) {
    return {
      outcome: 'not-configured',
      message: !smtp
        ? 'no SMTP server: set one in Settings or start the server with JUSTENOUGH_SMTP_URL'
        : 'no address to send to: set one in Settings, or your own e-mail',
    };
  }

  const move = nextMove(row, at, options.now === true);
  if (move === 'busy') return { outcome: 'busy' };
  if (row && move === 'settled') return { outcome: 'done', send: sendView(row) };
  if (row && move === 'wait') return { outcome: 'waiting', send: sendView(row) };

  const content = await buildDigest(ctx);
  if (isEmpty(content) && move === 'claim') {
    // Recorded, so the rest of the day is not looked at again; `now` records nothing.
    if (!options.now)
      await ctx.store.transaction((q) => q.claimDigest(ctx.accountId, date, 'nothing-due', at));
    return { outcome: 'nothing-due', day: date };
  }
  const won = await ctx.store.transaction((q) =>
    move === 'claim'
      ? q.claimDigest(ctx.accountId, date, 'sending', at)
      : q.reclaimDigest(ctx.accountId, date, row as DigestSendRecord, at),
  );
  if (!won) return { outcome: 'busy' };
  const attemptNumber = move === 'claim' ? 1 : (row as DigestSendRecord).attempts + 1;

  const finish = async (outcome: DigestOutcome): Promise<DigestSendView> => {
    const done = instant(ctx.clock(settings.timeZone));
    await ctx.store.transaction((q) =>
      q.finishDigest(ctx.accountId, date, attemptNumber, outcome, done),
    );
    const saved = await ctx.store.read((q) => q.digestSend(ctx.accountId, date));
    return sendView(saved as DigestSendRecord);
  };

  if (isEmpty(content)) {
    // Everything was done since the last attempt: nothing to send after all.
    await finish({ status: 'nothing-due' });
    return { outcome: 'nothing-due', day: date };
  }
  try {
    const { subject } = await deps.send({ kind: 'digest', digest: content, recipients }, smtp);
    return {
      outcome: 'sent',
      send: await finish({ status: 'sent', recipients: recipients.join(', '), subject }),
    };
  } catch (error) {
    const last = attemptNumber >= MAX_ATTEMPTS;
    return {
      outcome: 'failed',
      send: await finish({
        status: last ? 'gave-up' : 'failed',
        error: errorLine(error, smtp.password),
        nextAttemptAt: last
          ? null
          : instant(now.toInstant().add({ minutes: retryWait(attemptNumber) })),
      }),
    };
  }
}

export type TestMailResult =
  | { readonly sent: true; readonly recipients: readonly string[]; readonly subject: string }
  | { readonly sent: false; readonly error: string };

/**
 * A short test e-mail through the configured server; it does not count as the day's e-mail.
 * `unsaved`: the changes on the form, in the shape a save takes; the test sends with them
 * (checked as a save checks them) and saves nothing.
 */
export function sendTestMail(
  ctx: AppContext,
  deps: DigestDeps,
  unsaved: DigestSettingsInput = {},
): Promise<Result<TestMailResult>> {
  return attempt(async () => {
    const {
      settings,
      today: day,
      digest,
    } = await ctx.store.read(async (q) => ({
      ...(await dayOf(q, ctx)),
      digest: digestSettingsWith(await digestSettingsOf(q, ctx.accountId), unsaved, deps.secrets),
    }));
    const smtp = smtpOf(digest, deps.environmentSmtp, deps.secrets);
    if (!smtp) {
      refuse(
        'invalid-input',
        'smtp-host: no SMTP server to send through; give its host, or start the server with JUSTENOUGH_SMTP_URL',
        'smtp-host',
      );
    }
    const recipients = recipientsOf(digest, settings);
    if (recipients.length === 0) {
      refuse('invalid-input', 'to: no address to send to; give one, or your own e-mail', 'to');
    }
    try {
      const mail: DigestMail = {
        kind: 'test',
        date: day.toString(),
        timeZone: settings.timeZone,
        recipients,
      };
      const { subject } = await deps.send(mail, smtp);
      return { sent: true, recipients, subject };
    } catch (error) {
      return { sent: false, error: errorLine(error, smtp.password) };
    }
  });
}
