import type { DigestDeps } from '../../app/digest/digest.js';
import type { InboxDeps } from '../../app/inbox/deps.js';
import { type SendOutgoing, sendFollowUpEmail } from '../../app/inbox/send-follow-up.js';
import { FollowUpEmailBody, FollowUpEmailSent, IdParams } from '../../contract/index.js';
import { unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers } from './api.js';

export interface FollowUpMailRouteDeps {
  readonly send: SendOutgoing;
  readonly mail: DigestDeps;
  readonly inbox: InboxDeps | undefined;
}

/** Today's "Send by e-mail": the step's e-mail through the user's SMTP server, logged as `email`. */
export function followUpMailRoutes(app: Api, ctx: ContextOf, deps: FollowUpMailRouteDeps): void {
  app.post(
    '/api/opportunities/:id/email',
    {
      schema: {
        summary:
          "send the step's follow-up by e-mail (threaded to the last message with the contact, copied to Sent) and log it as the email attempt",
        params: IdParams,
        body: FollowUpEmailBody,
        response: answers({ 200: FollowUpEmailSent }),
      },
    },
    async (req) =>
      unwrap(
        await sendFollowUpEmail(
          ctx(req),
          {
            send: deps.send,
            environmentSmtp: deps.mail.environmentSmtp,
            secrets: deps.mail.secrets,
            inbox: deps.inbox ?? null,
          },
          {
            opportunity: req.params.id,
            subject: req.body?.subject,
            body: req.body?.body,
          },
        ),
      ),
  );
}
