// Sends a follow-up through SMTP with nodemailer: composed once with its
// MailComposer, so the very bytes sent are the ones copied to the Sent folder.
import type { SendOutgoing } from '../app/inbox/send-follow-up.js';
import { sendErrorInWords, transportOptions } from './smtp-transport.js';

/** Composes the follow-up (Message-ID, In-Reply-To, References set), sends it, returns its bytes. */
export const smtpFollowUpSender: SendOutgoing = async (smtp, mail) => {
  // Loaded on first use: most runs never send an e-mail.
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const { createTransport } = await import('nodemailer');
  const raw = await new MailComposer({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: mail.messageId,
    date: mail.date,
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references.length ? { references: [...mail.references] } : {}),
  })
    .compile()
    .build();
  const transport = createTransport(transportOptions(smtp));
  try {
    await transport.sendMail({ envelope: { from: mail.fromAddress, to: [mail.to] }, raw });
  } catch (error) {
    throw sendErrorInWords(error, smtp);
  } finally {
    transport.close();
  }
  return raw;
};
