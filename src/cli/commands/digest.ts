import { isEmpty, previewDigest } from '../../app/digest/content.js';
import { type DigestRun, sendDueDigest, sendTestMail } from '../../app/digest/digest.js';
import { sealStoredSmtpPasswords } from '../../app/digest/seal-passwords.js';
import {
  type DigestSendView,
  type DigestSettingsInput,
  type DigestSettingsView,
  getDigestSettings,
  updateDigestSettings,
} from '../../app/digest/settings.js';
import { dayInWords } from '../../core/in-words.js';
import { composeDigest } from '../../mail/compose.js';
import { smtpSender } from '../../mail/smtp.js';
import { smtpFromEnvironment } from '../../mail/smtp-env.js';
import { isLoopbackHost } from '../../mail/smtp-transport.js';
import { secretBox } from '../../secrets/secret-key.js';
import { dataDirectory } from '../../wiring/open-app.js';
import { UsageError } from '../../wiring/usage-error.js';
import { type Io, safe } from '../io.js';
import { finish, type Run, withApp } from '../run-command.js';
import { appUrlOf, type PublicUrlFlags } from './calendar.js';

export interface DigestFlags extends PublicUrlFlags {
  readonly dryRun?: boolean;
  readonly send?: boolean;
  readonly test?: boolean;
  readonly on?: boolean;
  readonly off?: boolean;
  readonly time?: string;
  readonly to?: string;
  readonly smtpHost?: string;
  readonly smtpPort?: string;
  readonly smtpUser?: string;
  readonly smtpPassword?: string;
  readonly smtpSecure?: boolean;
  readonly smtpAllowUnencrypted?: boolean;
  readonly from?: string;
}

const blankToNull = (v: string | undefined) => (v === undefined ? undefined : v.trim() || null);

function changesOf(flags: DigestFlags): DigestSettingsInput | undefined {
  if (flags.on && flags.off) throw new UsageError('digest: give --on or --off, not both');
  const smtp = {
    host: blankToNull(flags.smtpHost),
    port: blankToNull(flags.smtpPort),
    user: blankToNull(flags.smtpUser),
    password: flags.smtpPassword === undefined ? undefined : flags.smtpPassword || null,
    secure: flags.smtpSecure,
    allowUnencrypted: flags.smtpAllowUnencrypted,
    sender: blankToNull(flags.from),
  };
  const input: DigestSettingsInput = {
    enabled: flags.on ? true : flags.off ? false : undefined,
    sendAt: flags.time,
    recipient: blankToNull(flags.to),
    smtp,
  };
  const changing =
    Object.values(smtp).some((v) => v !== undefined) ||
    [input.enabled, input.sendAt, input.recipient].some((v) => v !== undefined);
  return changing ? input : undefined;
}

function lastSend(s: DigestSendView): string {
  const day = dayInWords(s.day);
  switch (s.status) {
    case 'sent':
      return `${day}: sent to ${safe(s.recipients)} at ${s.sentAt}`;
    case 'nothing-due':
      return `${day}: nothing was due, nothing was sent`;
    case 'sending':
      return `${day}: being sent (attempt ${s.attempts})`;
    case 'failed':
      return `${day}: not sent (attempt ${s.attempts}): ${safe(s.lastError)}; next attempt at ${s.nextAttemptAt}`;
    case 'gave-up':
      return `${day}: not sent after ${s.attempts} attempts: ${safe(s.lastError)}`;
  }
}

export function renderDigestSettings(io: Io, v: DigestSettingsView): string {
  const smtp =
    v.smtpSource === 'settings'
      ? v.smtp
      : v.smtpSource === 'environment'
        ? v.environmentSmtp
        : null;
  return [
    `Morning e-mail: ${v.enabled ? io.color.green('on') : 'off'}, at ${v.sendAt} (${v.timeZone})`,
    `To:             ${v.recipients.length ? safe(v.recipients.join(', ')) : io.color.yellow('no address (give --to, or your e-mail in settings)')}`,
    `SMTP server:    ${
      smtp
        ? `${safe(smtp.host)}:${smtp.port} (${smtp.secure ? 'TLS' : smtp.allowUnencrypted || isLoopbackHost(smtp.host ?? '') ? 'STARTTLS when offered' : 'STARTTLS required'})${smtp.user ? `, user ${safe(smtp.user)}` : ''}${smtp.passwordSet ? ', password set' : ''}${v.smtpSource === 'environment' ? ', from the environment' : ''}`
        : io.color.yellow('none (give --smtp-host, or set JUSTENOUGH_SMTP_URL)')
    }`,
    ...(smtp?.sender ? [`From:           ${safe(smtp.sender)}`] : []),
    `Last:           ${v.last ? lastSend(v.last) : 'never sent'}`,
  ].join('\n');
}

function runLine(run: DigestRun): { code: number; line: string } {
  switch (run.outcome) {
    case 'sent':
      return { code: 0, line: `Sent to ${safe(run.send.recipients)}: ${safe(run.send.subject)}` };
    case 'nothing-due':
      return { code: 0, line: 'Nothing is due today: no e-mail was sent.' };
    case 'done':
    case 'waiting':
      return run.send.status === 'sent' || run.send.status === 'nothing-due'
        ? { code: 0, line: `Today's e-mail: ${lastSend(run.send)}` }
        : { code: 1, line: `error: today's e-mail: ${lastSend(run.send)}` };
    case 'failed':
      return { code: 1, line: `error: not sent: ${lastSend(run.send)}` };
    case 'busy':
      return { code: 1, line: "error: today's e-mail is being sent by another server right now" };
    case 'not-configured':
      return { code: 1, line: `error: ${run.message}` };
    default:
      return { code: 0, line: run.outcome };
  }
}

/** `digest`: the morning e-mail's settings; --dry-run shows today's, --send sends it, --test checks SMTP. */
export function digest(run: Run, flags: DigestFlags): Promise<number> {
  const actions = [flags.dryRun, flags.send, flags.test].filter(Boolean).length;
  if (actions > 1) throw new UsageError('digest: give one of --dry-run, --send and --test');
  const changes = changesOf(flags);
  const appUrl = appUrlOf(run, flags);
  const environmentSmtp = smtpFromEnvironment(run.env);
  const secrets = secretBox(run.env, dataDirectory(run.options, run.env));
  const mail = { send: smtpSender(() => appUrl), environmentSmtp, secrets };
  return withApp(run, async (ctx) => {
    // Passwords stored in plain text by older versions are sealed first.
    await sealStoredSmtpPasswords(ctx.store, secrets);
    if (changes) {
      const result = await updateDigestSettings(ctx, changes, environmentSmtp, secrets);
      if (!result.ok || actions === 0)
        return finish(run, result, (v) => renderDigestSettings(run.io, v));
    }
    if (flags.dryRun) {
      const preview = await previewDigest(ctx, environmentSmtp);
      const message = composeDigest(preview.digest, appUrl);
      const empty = isEmpty(preview.digest);
      if (run.options.json) {
        run.io.stdout(
          JSON.stringify(
            { ...preview, empty, subject: message.subject, text: message.text, html: message.html },
            null,
            2,
          ),
        );
        return 0;
      }
      const notes = [
        ...(preview.enabled
          ? []
          : ['The morning e-mail is off: `justenough digest --on` turns it on.']),
        ...(preview.today ? [`Today's e-mail: ${lastSend(preview.today)}`] : []),
      ];
      run.io.stdout(
        empty
          ? [
              `Nothing is due today (${dayInWords(preview.digest.date)}): no e-mail would be sent.`,
              ...notes,
            ].join('\n')
          : [
              `Subject: ${message.subject}`,
              `To: ${preview.recipients.length ? safe(preview.recipients.join(', ')) : '(no address yet)'}`,
              '',
              safe(message.text).trimEnd(),
              ...(notes.length ? ['', ...notes.map((n) => run.io.color.dim(n))] : []),
            ].join('\n'),
      );
      return 0;
    }
    if (flags.send) {
      const result = await sendDueDigest(ctx, mail, { now: true });
      if (run.options.json) {
        run.io.stdout(JSON.stringify(result, null, 2));
        return runLine(result).code;
      }
      const { code, line } = runLine(result);
      if (code === 0) run.io.stdout(line);
      else run.io.stderr(line);
      return code;
    }
    if (flags.test) {
      const result = await sendTestMail(ctx, mail);
      if (result.ok && !result.value.sent) {
        if (run.options.json) run.io.stdout(JSON.stringify(result.value, null, 2));
        run.io.stderr(`error: the test e-mail was not sent: ${result.value.error}`);
        return 1;
      }
      return finish(run, result, (v) =>
        v.sent ? `Test e-mail sent to ${safe(v.recipients.join(', '))}.` : '',
      );
    }
    const view = await getDigestSettings(ctx, environmentSmtp);
    run.io.stdout(
      run.options.json ? JSON.stringify(view, null, 2) : renderDigestSettings(run.io, view),
    );
    return 0;
  });
}
