import type { Queries } from '../../store/queries.js';
import type {
  DigestSendRecord,
  DigestSettingsRecord,
  SettingsRecord,
} from '../../store/records.js';
import type { AppContext } from '../context.js';
import { attempt, type Result, refuse } from '../result.js';
import type { SecretBox } from '../secret-box.js';
import { optionalLine } from '../validate.js';
import { password, recipientList, sendAt, sender, smtpHost, smtpPort } from './validate.js';

/** How to reach an SMTP server, from the settings or the server's environment. */
export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS, required unless `allowUnencrypted`. */
  readonly secure: boolean;
  /**
   * Mail may go out in clear text when the server offers no STARTTLS. Off by
   * default; a server on this machine (loopback) is always allowed.
   */
  readonly allowUnencrypted: boolean;
  readonly user: string | null;
  readonly password: string | null;
  /** The From address: "Name <address>" or an address. */
  readonly sender: string | null;
}

/** SMTP settings as shown back: never the password, only whether there is one. */
export interface SmtpView {
  readonly host: string | null;
  readonly port: number | null;
  readonly secure: boolean;
  readonly allowUnencrypted: boolean;
  readonly user: string | null;
  readonly sender: string | null;
  readonly passwordSet: boolean;
}

/** One day's morning e-mail as Settings shows it. */
export interface DigestSendView {
  readonly day: string;
  readonly status: DigestSendRecord['status'];
  readonly attempts: number;
  readonly sentAt: string | null;
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
  readonly recipients: string | null;
  readonly subject: string | null;
}

export interface DigestSettingsView {
  readonly enabled: boolean;
  /** Local time of day, HH:MM. */
  readonly sendAt: string;
  /** The addresses set for the e-mail, or null for the user's own. */
  readonly recipient: string | null;
  /** Where it goes: the recipient set, else the user's e-mail. */
  readonly recipients: readonly string[];
  readonly timeZone: string;
  /** The SMTP server set here (never its password). */
  readonly smtp: SmtpView;
  /** Which SMTP server is used: the one set here, else the server's environment. */
  readonly smtpSource: 'settings' | 'environment' | 'none';
  /** The environment's SMTP server, if the server was started with one (never its password). */
  readonly environmentSmtp: SmtpView | null;
  /** The latest day's e-mail: sent, failed (and when it is tried again), or nothing due. */
  readonly last: DigestSendView | null;
}

export interface DigestSettingsInput {
  readonly enabled?: boolean | undefined;
  readonly sendAt?: string | undefined;
  /** One address or several separated by commas; null or "" for the user's own. */
  readonly recipient?: string | null | undefined;
  readonly smtp?:
    | {
        readonly host?: string | null | undefined;
        readonly port?: number | string | null | undefined;
        readonly secure?: boolean | undefined;
        readonly allowUnencrypted?: boolean | undefined;
        readonly user?: string | null | undefined;
        /**
         * Write-only: a new password, null or "" to remove it; absent keeps it,
         * unless the host, port or user change: the old password is then removed.
         */
        readonly password?: string | null | undefined;
        readonly sender?: string | null | undefined;
      }
    | undefined;
}

export const DEFAULT_SEND_AT = '08:00';

const DEFAULTS: DigestSettingsRecord = {
  enabled: false,
  sendAt: DEFAULT_SEND_AT,
  recipient: null,
  smtpHost: null,
  smtpPort: null,
  smtpUser: null,
  smtpPasswordSealed: null,
  smtpSecure: false,
  smtpAllowUnencrypted: false,
  sender: null,
};

export async function digestSettingsOf(
  q: Queries,
  accountId: number,
): Promise<DigestSettingsRecord> {
  return (await q.digestSettings(accountId)) ?? DEFAULTS;
}

/** The addresses the e-mail goes to. */
export function recipientsOf(digest: DigestSettingsRecord, settings: SettingsRecord): string[] {
  const list = digest.recipient ?? settings.email ?? '';
  return list
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

/** The port the settings' server is reached on: the one set, else the usual one for its TLS. */
const portOf = (digest: DigestSettingsRecord): number | null =>
  digest.smtpHost === null ? digest.smtpPort : (digest.smtpPort ?? (digest.smtpSecure ? 465 : 587));

/**
 * The stored password opened: sealed by `secrets`, or plain text in a row
 * written before passwords were sealed (sealed at the next start).
 */
function openPassword(stored: string | null, secrets: SecretBox): string | null {
  if (stored === null) return null;
  return secrets.isSealed(stored) ? secrets.open(stored) : stored;
}

/** The SMTP server to use: the one in the settings (its password opened), else the environment's. */
export function smtpOf(
  digest: DigestSettingsRecord,
  environment: SmtpSettings | null,
  secrets: SecretBox,
): SmtpSettings | null {
  if (digest.smtpHost === null) return environment;
  return {
    host: digest.smtpHost,
    port: portOf(digest) ?? 587,
    secure: digest.smtpSecure,
    allowUnencrypted: digest.smtpAllowUnencrypted,
    user: digest.smtpUser,
    password: openPassword(digest.smtpPasswordSealed, secrets),
    sender: digest.sender ?? environment?.sender ?? null,
  };
}

const shown = (s: SmtpSettings): SmtpView => ({
  host: s.host,
  port: s.port,
  secure: s.secure,
  allowUnencrypted: s.allowUnencrypted,
  user: s.user,
  sender: s.sender,
  passwordSet: s.password !== null,
});

export function sendView(r: DigestSendRecord): DigestSendView {
  return {
    day: r.day,
    status: r.status,
    attempts: r.attempts,
    sentAt: r.sentAt,
    nextAttemptAt: r.nextAttemptAt,
    lastError: r.lastError,
    recipients: r.recipients,
    subject: r.subject,
  };
}

async function view(
  q: Queries,
  ctx: AppContext,
  environment: SmtpSettings | null,
): Promise<DigestSettingsView> {
  const settings = await q.settings(ctx.accountId);
  const digest = await digestSettingsOf(q, ctx.accountId);
  const last = await q.lastDigestSend(ctx.accountId);
  return {
    enabled: digest.enabled,
    sendAt: digest.sendAt,
    recipient: digest.recipient,
    recipients: recipientsOf(digest, settings),
    timeZone: settings.timeZone,
    smtp: {
      host: digest.smtpHost,
      port: portOf(digest),
      secure: digest.smtpSecure,
      allowUnencrypted: digest.smtpAllowUnencrypted,
      user: digest.smtpUser,
      sender: digest.sender,
      passwordSet: digest.smtpPasswordSealed !== null,
    },
    smtpSource: digest.smtpHost !== null ? 'settings' : environment ? 'environment' : 'none',
    environmentSmtp: environment && shown(environment),
    last: last ? sendView(last) : null,
  };
}

/** The morning e-mail's settings and its latest send. */
export function getDigestSettings(
  ctx: AppContext,
  environment: SmtpSettings | null,
): Promise<DigestSettingsView> {
  return ctx.store.read((q) => view(q, ctx, environment));
}

// Where the password goes: the host, the port it will use, and the user it is for.
const destination = (d: DigestSettingsRecord) =>
  JSON.stringify([d.smtpHost?.toLowerCase() ?? null, portOf(d), d.smtpUser]);

/**
 * The settings with the old password removed when the host, port or user
 * change and no new password comes with them: pointing the e-mail at another
 * server must never send it the old server's password.
 */
function withoutStalePassword(
  current: DigestSettingsRecord,
  next: DigestSettingsRecord,
  passwordGiven: boolean,
): DigestSettingsRecord {
  if (passwordGiven || current.smtpPasswordSealed === null) return next;
  return destination(current) === destination(next) ? next : { ...next, smtpPasswordSealed: null };
}

function sealed(given: string | null, secrets: SecretBox): string | null {
  const plain = password(given);
  return plain === null ? null : secrets.seal(plain);
}

/**
 * The settings as `input` would make them, checked field by field (a bad one is refused,
 * naming it); nothing is saved. The test e-mail sends with these, the save stores them.
 * A new password is sealed by `secrets`.
 */
export function digestSettingsWith(
  current: DigestSettingsRecord,
  input: DigestSettingsInput,
  secrets: SecretBox,
): DigestSettingsRecord {
  const smtp = input.smtp ?? {};
  const changed: DigestSettingsRecord = {
    enabled: input.enabled ?? current.enabled,
    sendAt: input.sendAt === undefined ? current.sendAt : sendAt(input.sendAt),
    recipient: input.recipient === undefined ? current.recipient : recipientList(input.recipient),
    smtpHost: smtp.host === undefined ? current.smtpHost : smtpHost(smtp.host),
    smtpPort: smtp.port === undefined ? current.smtpPort : smtpPort(smtp.port),
    smtpSecure: smtp.secure ?? current.smtpSecure,
    smtpAllowUnencrypted: smtp.allowUnencrypted ?? current.smtpAllowUnencrypted,
    smtpUser:
      smtp.user === undefined ? current.smtpUser : optionalLine('smtp-user', smtp.user, 254),
    smtpPasswordSealed:
      smtp.password === undefined ? current.smtpPasswordSealed : sealed(smtp.password, secrets),
    sender: smtp.sender === undefined ? current.sender : sender(smtp.sender),
  };
  return withoutStalePassword(current, changed, smtp.password !== undefined);
}

/**
 * Changes the morning e-mail's settings; turning it on needs an SMTP server
 * and an address. A new SMTP password is stored sealed by `secrets`.
 */
export function updateDigestSettings(
  ctx: AppContext,
  input: DigestSettingsInput,
  environment: SmtpSettings | null,
  secrets: SecretBox,
): Promise<Result<DigestSettingsView>> {
  return attempt(() =>
    ctx.store.transaction(async (q) => {
      const next = digestSettingsWith(await digestSettingsOf(q, ctx.accountId), input, secrets);
      if (next.enabled) {
        if (next.smtpHost === null && environment === null) {
          refuse(
            'invalid-input',
            'smtp-host: the morning e-mail needs an SMTP server; give its host (with port, user and password), or start the server with JUSTENOUGH_SMTP_URL',
            'smtp-host',
          );
        }
        if (recipientsOf(next, await q.settings(ctx.accountId)).length === 0) {
          refuse(
            'invalid-input',
            'to: no address to send the morning e-mail to; give one, or your own e-mail in the settings',
            'to',
          );
        }
      }
      await q.saveDigestSettings(ctx.accountId, next);
      return view(q, ctx, environment);
    }),
  );
}
