import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.js';
import type { DigestDeps } from '../app/digest.js';
import { answerProblem } from './problem.js';
import { smtpSender } from './reminders/smtp.js';
import { calendarRoutes } from './routes/calendar.js';
import { contactRoutes } from './routes/contacts.js';
import { digestRoutes } from './routes/digest.js';
import { eventRoutes } from './routes/events.js';
import { importExportRoutes } from './routes/import-export.js';
import { opportunityRoutes } from './routes/opportunities.js';
import { settingsRoutes } from './routes/settings.js';
import { todayRoutes } from './routes/today.js';
import { guard } from './security.js';
import { serveWebApp } from './web-app.js';

export interface ServerDeps {
  /** The store, the account and the clock every use case runs with. */
  readonly ctx: AppContext;
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
}

/** The HTTP server, ready to `inject()` or `listen()`: the JSON API under /api and the web app. */
export function buildServer(deps: ServerDeps): FastifyInstance {
  const app = Fastify({
    logger: deps.logger ? { level: 'warn', stream: process.stderr } : false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Answers are the use cases' views, checked against their schemas when compiled and by the
  // tests; checking them again at every request would cost more than making the today list.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(answerProblem);
  const appUrl = deps.appUrl ?? (() => `http://${deps.allowedHosts[0] ?? '127.0.0.1'}`);
  guard(app, deps.allowedHosts, appUrl);
  app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'JustEnough',
        description: 'Follow up just enough: the JSON API of the web app.',
        version: '1.0.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  const mail = deps.mail ?? { send: smtpSender(appUrl), environmentSmtp: null };
  // Registered after the document's plugin, so that it sees every route.
  app.register(async (api) => {
    todayRoutes(api, deps.ctx);
    opportunityRoutes(api, deps.ctx);
    eventRoutes(api, deps.ctx);
    contactRoutes(api, deps.ctx);
    settingsRoutes(api, deps.ctx);
    calendarRoutes(api, deps.ctx, { appUrl });
    digestRoutes(api, deps.ctx, { appUrl, mail });
    importExportRoutes(api, deps.ctx);
    api.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  });
  serveWebApp(app, deps.webRoot);
  return app;
}
