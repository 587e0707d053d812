// GET /api/openapi.json, made at its first request. @fastify/swagger, and the YAML library it
// loads, cost tens of milliseconds at start that no other request needs: the routes are noted
// as they are declared, and the document is made from them, once, when it is first asked for.
import type { SwaggerOptions } from '@fastify/swagger';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { compilers } from './schema-compilers.js';

// Shared mode: every route needs a token or the session cookie, unless it says `security: []`.
const SIGN_IN_SECURITY = {
  components: {
    securitySchemes: {
      token: { type: 'http' as const, scheme: 'bearer', description: 'a personal access token' },
      session: { type: 'apiKey' as const, in: 'cookie' as const, name: 'je_session' },
    },
  },
  security: [{ token: [] }, { session: [] }],
};

function swaggerOptions(shared: boolean): SwaggerOptions {
  return {
    openapi: {
      info: {
        title: 'JustEnough',
        description: 'Follow up just enough: the JSON API of the web app.',
        version: '1.0.0',
      },
      ...(shared ? SIGN_IN_SECURITY : {}),
    },
    transform: jsonSchemaTransform,
  };
}

/** Checks nothing: the document's server only lists the routes, it never answers. */
const UNCHECKED = compilers(() => () => true);

async function documentOf(routes: readonly RouteOptions[], shared: boolean): Promise<unknown> {
  const { default: swagger } = await import('@fastify/swagger');
  const lister = Fastify({ exposeHeadRoutes: false, schemaController: UNCHECKED });
  await lister.register(swagger, swaggerOptions(shared));
  lister.register(async (api) => {
    for (const { method, url, schema, config } of routes) {
      api.route({
        method,
        url,
        ...(schema ? { schema } : {}),
        ...(config ? { config } : {}),
        handler: () => null,
      });
    }
  });
  await lister.ready();
  const document = lister.swagger();
  await lister.close();
  return document;
}

/**
 * Notes every route declared from now on; gives the OpenAPI document of them, made at the
 * first call (a failure is not kept: the next call tries again).
 */
export function openApiDocument(app: FastifyInstance, shared: boolean): () => Promise<unknown> {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    // A HEAD route is the GET's twin, which Fastify adds itself; the document leaves it out.
    if (route.method !== 'HEAD') routes.push(route);
  });
  let made: Promise<unknown> | undefined;
  return () => {
    made ??= documentOf(routes, shared).catch((error: unknown) => {
      made = undefined;
      throw error;
    });
    return made;
  };
}
