// Sends the e-mails of accounts (password resets, invitations) through the deployment's own SMTP server.
import type { SmtpSettings } from '../app/digest/settings.js';
import { escapeHtml } from './compose.js';
import { fromOf } from './smtp.js';
import { sendErrorInWords, transportOptions } from './smtp-transport.js';

export interface AccountMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Sends one e-mail; false when the deployment names no SMTP server (the operator's to set). */
export async function sendAccountMail(
  smtp: SmtpSettings | null,
  mail: AccountMail,
): Promise<boolean> {
  if (!smtp) return false;
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(transportOptions(smtp));
  try {
    await transport.sendMail({
      from: fromOf(smtp, [mail.to]),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
  } catch (error) {
    throw sendErrorInWords(error, smtp);
  } finally {
    transport.close();
  }
  return true;
}

export function resetMail(to: string, name: string, link: string): AccountMail {
  const asked = 'Someone (you, we hope) asked to reset the password of your JustEnough account.';
  const ignore = 'If it was not you, ignore this e-mail: your password stays as it is.';
  return {
    to,
    subject: 'Reset your JustEnough password',
    text: [
      `Hello ${name},`,
      '',
      asked,
      `Choose a new one here, within the hour: ${link}`,
      '',
      ignore,
    ].join('\n'),
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reset your JustEnough password</title></head><body>
<p>Hello ${escapeHtml(name)},</p><p>${asked}</p>
<p><a href="${escapeHtml(link)}">Choose a new password</a> (the link works for an hour, once).</p><p>${ignore}</p></body></html>`,
  };
}

export function invitationMail(to: string, inviter: string, link: string): AccountMail {
  const why = `${inviter} invites you to JustEnough, which keeps your job search's follow-ups on time.`;
  return {
    to,
    subject: `${inviter} invites you to JustEnough`,
    text: ['Hello,', '', why, `Make your account here, within a week: ${link}`].join('\n'),
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An invitation to JustEnough</title></head><body>
<p>Hello,</p><p>${escapeHtml(why)}</p>
<p><a href="${escapeHtml(link)}">Make your account</a> (the link works for a week, once).</p></body></html>`,
  };
}
