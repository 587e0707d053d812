// Sends the morning e-mail (or a test) through an SMTP server with nodemailer.
import type { DigestMail, SendMail } from '../app/digest/digest.js';
import type { SmtpSettings } from '../app/digest/settings.js';
import { type ComposedMail, composeDigest, composeTest } from './compose.js';
import { sendErrorInWords, transportOptions } from './smtp-transport.js';

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;

/** The From header: the sender set, else the SMTP user when it is an address, else the first recipient. */
export function fromOf(smtp: SmtpSettings, recipients: readonly string[]): string {
  if (smtp.sender) return smtp.sender.includes('<') ? smtp.sender : `JustEnough <${smtp.sender}>`;
  const address = smtp.user && ADDRESS.test(smtp.user) ? smtp.user : recipients[0];
  return `JustEnough <${address}>`;
}

export function compose(mail: DigestMail, appUrl: string): ComposedMail {
  return mail.kind === 'digest'
    ? composeDigest(mail.digest, appUrl)
    : composeTest(mail.date, appUrl);
}

/** A mailer for the use cases: composes the e-mail with links to `appUrl()` and sends it. */
export function smtpSender(appUrl: () => string): SendMail {
  return async (mail, smtp) => {
    const message = compose(mail, appUrl());
    // Loaded on first use: most runs of the command never send an e-mail.
    const { createTransport } = await import('nodemailer');
    const transport = createTransport(transportOptions(smtp));
    try {
      await transport.sendMail({
        from: fromOf(smtp, mail.recipients),
        to: [...mail.recipients],
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    } catch (error) {
      throw sendErrorInWords(error, smtp);
    } finally {
      transport.close();
    }
    return { subject: message.subject };
  };
}
