// How Fastify compiles the schemas of the routes: given up front, so that it loads neither ajv
// nor fast-json-stringify (scripts/build.mjs leaves them out of the bundle).
import type { FastifySchemaCompiler, FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';

type SchemaController = NonNullable<FastifyServerOptions['schemaController']>;

/**
 * Fastify's compilers of route schemas, given up front so that it loads neither ajv nor
 * fast-json-stringify: `validate` checks what comes in; answers are the use cases' views,
 * checked against their schemas by the tests, so they go out as JSON.stringify makes them.
 * (Fastify's types know only ajv's compilers; at run time a factory may return any compiler.)
 */
export function compilers(validate: FastifySchemaCompiler<unknown>): SchemaController {
  return {
    compilersFactory: {
      buildValidator: () => validate,
      buildSerializer: () => () => (data: unknown) => JSON.stringify(data),
    },
  } as unknown as SchemaController;
}

/** zod checks what comes in (fastify-type-provider-zod). */
export const ZOD_COMPILERS = compilers(validatorCompiler as FastifySchemaCompiler<unknown>);
