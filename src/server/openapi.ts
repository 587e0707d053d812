// GET /api/openapi.json, made at its first request. @fastify/swagger, and the YAML library it
// loads, cost tens of milliseconds at start that no other request needs: the routes are noted
// as they are declared, and the document is made from them, once, when it is first asked for.
import type { SwaggerOptions } from '@fastify/swagger';
import Fastify, {
  type FastifyInstance,
  type FastifySchemaCompiler,
  type FastifyServerOptions,
  type RouteOptions,
} from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';

type SchemaController = NonNullable<FastifyServerOptions['schemaController']>;

/**
 * Fastify's compilers of route schemas, given up front so that it loads neither ajv nor
 * fast-json-stringify: `validate` checks what comes in; answers are the use cases' views,
 * checked against their schemas by the tests, so they go out as JSON.stringify makes them.
 * (Fastify's types know only ajv's compilers; at run time a factory may return any compiler.)
 */
function compilers(validate: FastifySchemaCompiler<unknown>): SchemaController {
  return {
    compilersFactory: {
      buildValidator: () => validate,
      buildSerializer: () => () => (data: unknown) => JSON.stringify(data),
    },
  } as unknown as SchemaController;
}

/** zod checks what comes in (fastify-type-provider-zod). */
export const ZOD_COMPILERS = compilers(validatorCompiler as FastifySchemaCompiler<unknown>);

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
