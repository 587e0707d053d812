import type { AppContext } from '../context.js';
import { lastWeekLine } from '../progress/last-week.js';
import { type InterviewItem, type TodayItem, today } from '../today.js';
import {
  type DigestSendView,
  digestSettingsOf,
  recipientsOf,
  type SmtpSettings,
  sendView,
} from './settings.js';

/** What one morning's e-mail lists: overdue and today's steps with their scripts, today's interviews. */
export interface Digest {
  readonly date: string;
  readonly timeZone: string;
  /** The user's name, to greet them. */
  readonly you: string | null;
  readonly overdue: readonly TodayItem[];
  readonly due: readonly TodayItem[];
  readonly interviews: readonly InterviewItem[];
  /** Steps due in the coming two weeks, mentioned by number. */
  readonly upcoming: number;
  readonly maxFollowUps: number;
  /** On Mondays, last week's numbers in one line; null on other days. */
  readonly lastWeek: string | null;
}

/** A day with nothing due sends nothing. */
export const isEmpty = (d: Digest): boolean =>
  d.overdue.length + d.due.length + d.interviews.length === 0;

/** The morning e-mail of today, as it would be sent now. */
export async function buildDigest(ctx: AppContext): Promise<Digest> {
  const [view, settings] = await Promise.all([
    today(ctx),
    ctx.store.read((q) => q.settings(ctx.accountId)),
  ]);
  return {
    date: view.date,
    timeZone: settings.timeZone,
    you: settings.name,
    overdue: view.items.filter((i) => i.overdue),
    due: view.items.filter((i) => !i.overdue),
    interviews: view.interviews.filter((i) => i.date === view.date),
    upcoming: view.upcoming.length,
    maxFollowUps: view.maxFollowUps,
    lastWeek: await lastWeekLine(ctx, view.date),
  };
}

/** `digest --dry-run`: what would be sent today, and to whom. */
export interface DigestPreview {
  readonly digest: Digest;
  readonly recipients: readonly string[];
  readonly enabled: boolean;
  readonly sendAt: string;
  readonly smtpSource: 'settings' | 'environment' | 'none';
  /** Today's record, if the e-mail was already sent, tried or found empty. */
  readonly today: DigestSendView | null;
}

export async function previewDigest(
  ctx: AppContext,
  environmentSmtp: SmtpSettings | null,
): Promise<DigestPreview> {
  const digest = await buildDigest(ctx);
  return ctx.store.read(async (q) => {
    const settings = await q.settings(ctx.accountId);
    const stored = await digestSettingsOf(q, ctx.accountId);
    const row = await q.digestSend(ctx.accountId, digest.date);
    return {
      digest,
      recipients: recipientsOf(stored, settings),
      enabled: stored.enabled,
      sendAt: stored.sendAt,
      smtpSource: stored.smtpHost !== null ? 'settings' : environmentSmtp ? 'environment' : 'none',
      today: row ? sendView(row) : null,
    };
  });
}
