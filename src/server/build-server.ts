import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SignUpMode } from '../app/accounts/invitations.js';
import type { AppContext, Clock } from '../app/context.js';
import type { DigestDeps } from '../app/digest/digest.js';
import type { InboxDeps } from '../app/inbox/deps.js';
import type { SendOutgoing } from '../app/inbox/send-follow-up.js';
import { smtpFollowUpSender } from '../mail/follow-up-mail.js';
import { smtpSender } from '../mail/smtp.js';
import { memoryVapidKeys } from '../push/vapid.js';
import { webPushSender } from '../push/web-push.js';
import { memorySecretBox } from '../secrets/secret-key.js';
import type { Store } from '../store/store.js';
import { accountRoutes } from './auth/account-routes.js';
import { authRoutes } from './auth/auth-routes.js';
import { invitationRoutes } from './auth/invitation-routes.js';
import { passkeyRoutes } from './auth/passkey-routes.js';
import type { CookiePolicy } from './auth/session-cookie.js';
import { requireSignIn } from './auth/sign-in-hook.js';
import { compressAnswers } from './compress.js';
import { extensionCors } from './extension-origin.js';
import { openApiDocument } from './openapi.js';
import { answerProblem } from './problem.js';
import { type ContextOf, personalContext, sharedContext } from './request-context.js';
import { calendarRoutes } from './routes/calendar.js';
import { type CaptureDeps, captureRoutes } from './routes/capture.js';
import { contactRoutes } from './routes/contacts.js';
import { digestRoutes } from './routes/digest.js';
import { eventRoutes } from './routes/events.js';
import { followUpMailRoutes } from './routes/follow-up-mail.js';
import { importExportRoutes } from './routes/import-export.js';
import { inboxRoutes } from './routes/inbox.js';
import { opportunityRoutes } from './routes/opportunities.js';
import { type PushDeps, pushRoutes } from './routes/push.js';
import { settingsRoutes } from './routes/settings.js';
import { statsRoutes } from './routes/stats.js';
import { todayRoutes } from './routes/today.js';
import { ZOD_COMPILERS } from './schema-compilers.js';
import { guard } from './security.js';
import { serveWebApp } from './web-app.js';

export interface ServerDeps {
  /** Personal mode: the store, the one account and the clock every use case runs with. */
  readonly ctx?: AppContext | undefined;
  /**
   * Shared mode (`serve --accounts`): the whole store, the clock and the
   * session cookie's flags; every request signs in and runs as its account.
   */
  readonly shared?: SharedMode | undefined;
  /** The built web app (`dist/web`); none or unbuilt: a page saying how to build it. */
  readonly webRoot?: string | undefined;
  /** `Host` values this server answers to ("127.0.0.1:4545"); anything else is refused. */
  readonly allowedHosts: readonly string[];
  /** Log the server's own failures (not every request) on stderr. */
  readonly logger?: boolean;
  /**
   * The web app's address as calendar apps and e-mail readers reach it, for the
   * feed's address and the links back; default: http:// and the first allowed Host.
   */
  readonly appUrl?: (() => string) | undefined;
  /** How the morning e-mail is sent; default: by SMTP, no server from the environment. */
  readonly mail?: DigestDeps | undefined;
  /** How a follow-up e-mail is composed and sent; default: by SMTP with nodemailer. */
  readonly followUpMail?: SendOutgoing | undefined;
  /** Web push: the VAPID keys and how a reminder is sent; default: keys of this process. */
  readonly push?: PushDeps | undefined;
  /** How `POST /api/capture` fetches a page by its address; default: public addresses only. */
  readonly capture?: CaptureDeps | undefined;
  /** The inbox's IMAP adapter and secret box; without them, no /api/inbox routes. */
  readonly inbox?: InboxDeps | undefined;
}

export interface SharedMode {
  readonly store: Store;
  readonly clock: Clock;
  readonly cookies: CookiePolicy;
  /** How people get an account: by invitation (default) or open. */
  readonly signUp?: SignUpMode | undefined;
}

function defaultPush(): PushDeps {
  const keys = memoryVapidKeys();
  return { publicKey: async () => (await keys()).publicKey, send: webPushSender(keys) };
}

/** The HTTP server, ready to `inject()` or `listen()`: the JSON API under /api and the web app. */
export function buildServer(deps: ServerDeps): FastifyInstance {
  const app = Fastify({
    logger: deps.logger ? { level: 'warn', stream: process.stderr } : false,
    schemaController: ZOD_COMPILERS,
  }).withTypeProvider<ZodTypeProvider>();
  app.setErrorHandler(answerProblem);
  const appUrl = deps.appUrl ?? (() => `http://${deps.allowedHosts[0] ?? '127.0.0.1'}`);
  guard(app, deps.allowedHosts, appUrl);
  extensionCors(app);
  const shared = deps.shared;
  let ctx: ContextOf;
  if (shared) {
    app.register(fastifyCookie);
    requireSignIn(app, shared);
    ctx = sharedContext(shared.store, shared.clock);
  } else if (deps.ctx) {
    ctx = personalContext(deps.ctx);
  } else {
    throw new Error('buildServer: a personal account (ctx) or the shared mode, please');
  }
  compressAnswers(app);
  const openApi = openApiDocument(app, shared !== undefined);
  const mail = deps.mail ?? {
    send: smtpSender(appUrl),
    environmentSmtp: null,
    secrets: deps.inbox?.secrets ?? memorySecretBox(),
  };
  // Declared after openApiDocument, so that the document has every route.
  app.register(async (api) => {
    todayRoutes(api, ctx);
    opportunityRoutes(api, ctx);
    eventRoutes(api, ctx);
    contactRoutes(api, ctx);
    settingsRoutes(api, ctx);
    calendarRoutes(api, ctx, { appUrl });
    digestRoutes(api, ctx, { appUrl, mail });
    followUpMailRoutes(api, ctx, {
      send: deps.followUpMail ?? smtpFollowUpSender,
      mail,
      inbox: deps.inbox,
    });
    importExportRoutes(api, ctx);
    captureRoutes(api, ctx, deps.capture);
    pushRoutes(api, ctx, deps.push ?? defaultPush());
    if (deps.inbox) inboxRoutes(api, ctx, deps.inbox);
    statsRoutes(api, ctx);
    if (shared) {
      const auth = { ...shared, smtp: mail.environmentSmtp, appUrl };
      authRoutes(api, auth);
      invitationRoutes(api, { ...auth, signUp: shared.signUp ?? 'invitation' });
      passkeyRoutes(api, { ...shared, appUrl });
      accountRoutes(api, ctx, shared.cookies);
    }
    api.get('/api/openapi.json', { schema: { hide: true } }, openApi);
  });
  serveWebApp(app, deps.webRoot);
  return app;
}
