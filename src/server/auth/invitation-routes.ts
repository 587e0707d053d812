import {
  endGroupLink,
  groupLinkUntil,
  invitationOf,
  invite,
  newGroupLink,
  type SignUpMode,
  signUp,
} from '../../app/accounts/invitations.js';
import { startSession } from '../../app/accounts/sessions.js';
import {
  Account,
  GroupLink,
  InviteBody,
  Invited,
  NoContent,
  SignUpBody,
  SignUpInfo,
  SignUpQuery,
} from '../../contract/index.js';
import { invitationMail, sendAccountMail } from '../../mail/account-mail.js';
import { HttpProblem, unwrap } from '../problem.js';
import { type Api, answers } from '../routes/api.js';
import type { AuthDeps } from './auth-routes.js';
import { callerOf } from './auth-routes.js';
import { setSessionCookie } from './session-cookie.js';

export interface InvitationDeps extends AuthDeps {
  /** How people get an account: by invitation only, or open (`--sign-up`, $JUSTENOUGH_SIGN_UP). */
  readonly signUp: SignUpMode;
}

/** Sign-up (by invitation or open), a coach's invitations and group link (shared mode). */
export function invitationRoutes(app: Api, deps: InvitationDeps): void {
  const { store } = deps;
  const linkOf = (secret: string) =>
    `${deps.appUrl()}/sign-up?invitation=${encodeURIComponent(secret)}`;

  app.get(
    '/api/auth/sign-up',
    {
      config: { open: true },
      schema: {
        summary:
          'how people sign up here, and what an invitation link is (who invites, to share what)',
        security: [],
        querystring: SignUpQuery,
        response: answers({ 200: SignUpInfo }),
      },
    },
    async (req) => {
      const secret = req.query.invitation?.trim();
      if (!secret) return { mode: deps.signUp, invitation: null };
      return { mode: deps.signUp, invitation: unwrap(await invitationOf(store, secret)) };
    },
  );

  app.post(
    '/api/auth/sign-up',
    {
      config: { open: true },
      schema: {
        summary:
          'make an account (with an invitation, or without when sign-up is open) and sign in; a group link also shares progress with its coach',
        security: [],
        body: SignUpBody,
        response: answers({ 201: Account }),
      },
    },
    async (req, reply) => {
      const account = unwrap(await signUp(store, deps.signUp, { ...req.body, client: req.ip }));
      const secret = await startSession(
        store,
        Number(account.id),
        req.headers['user-agent'] ?? null,
      );
      setSessionCookie(reply, deps.cookies, secret);
      return reply.code(201).send(account);
    },
  );

  app.post(
    '/api/invitations',
    {
      schema: {
        summary:
          'a coach or an admin invites someone by e-mail: a link that makes one account, within a week',
        body: InviteBody,
        response: answers({ 201: Invited }),
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      const mail = unwrap(await invite(store, caller.callerId, req.body));
      const link = linkOf(mail.secret);
      const sent = await sendAccountMail(
        deps.smtp,
        invitationMail(mail.email, mail.inviterName, link),
      ).catch((error: unknown) => {
        req.log.error(error);
        throw new HttpProblem(
          502,
          'the invitation was made but not sent: the SMTP server refused it',
        );
      });
      return reply.code(201).send({ email: mail.email, sent, link });
    },
  );

  app.get(
    '/api/invitations/group',
    {
      schema: {
        summary:
          "whether the coach's group link works, and until when (the link itself is shown once)",
        response: answers({ 200: GroupLink }),
      },
    },
    async (req) => ({ link: null, until: await groupLinkUntil(store, callerOf(req).callerId) }),
  );

  app.post(
    '/api/invitations/group',
    {
      schema: {
        summary:
          'a new group link (the old one stops working): who signs up with it shares progress with you',
        response: answers({ 201: GroupLink }),
      },
    },
    async (req, reply) => {
      const made = unwrap(await newGroupLink(store, callerOf(req).callerId));
      return reply.code(201).send({ link: linkOf(made.secret), until: made.until });
    },
  );

  app.delete(
    '/api/invitations/group',
    {
      schema: {
        summary: 'the group link stops working at once',
        response: answers({ 204: NoContent }),
      },
    },
    async (req, reply) => {
      await endGroupLink(store, callerOf(req).callerId);
      return reply.code(204).send();
    },
  );
}
