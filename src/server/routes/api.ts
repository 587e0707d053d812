import type { IncomingMessage, ServerResponse } from 'node:http';
import { negotiate } from '@fastify/accept-negotiator';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { ETAG, Problem } from '../../contract/index.js';

/** The server as route modules see it: request types come from the zod schemas. */
export type Api = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

const PROBLEM = {
  description: 'a problem (RFC 9457): the request field at fault and why',
  content: { 'application/problem+json': { schema: Problem } },
};

/** A route's answers for the OpenAPI document: its own, and a problem for any 4xx. */
export function answers<S extends Record<number, ZodType>>(ok: S): S & { '4xx': typeof PROBLEM } {
  return { ...ok, '4xx': PROBLEM };
}

/**
 * A module loaded at the first request that needs it, and kept: what few requests need (the
 * importers, the page reader) stays out of the server's start.
 * @example const importing = onFirstUse(() => import('../../app/import/import.js'));
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

/** An opportunity's answer carries its version as the ETag, for a later If-Match. */
export function tagged<T extends { readonly version: number }>(reply: FastifyReply, view: T): T {
  reply.header('etag', `"${view.version}"`);
  return view;
}

/** A new opportunity: 201, where to find it, and its version. */
export function created<T extends { readonly id: string; readonly version: number }>(
  reply: FastifyReply,
  view: T,
): T {
  reply.code(201).header('location', `/api/opportunities/${view.id}`);
  return tagged(reply, view);
}

/** Deleted: 204, no body. */
export function deleted(reply: FastifyReply, _deleted: unknown): FastifyReply {
  return reply.code(204).send();
}

/** The version an If-Match names; none for `*` or no header (the schema refused any other form). */
export function versionOf(ifMatch: string | undefined): number | undefined {
  const tag = ifMatch === undefined ? undefined : ETAG.exec(ifMatch)?.[1];
  return tag === undefined ? undefined : Number(tag);
}

/**
 * Sends JSON already serialized (a cached answer) as it is, gzipped when the
 * client takes it; 304 when the client's copy (its If-None-Match) is current.
 */
export function sendJson(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: { readonly body: Buffer; gzipped(): Buffer; readonly etag: string },
): FastifyReply {
  reply.header('etag', answer.etag).header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === answer.etag) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  const accepted = request.headers['accept-encoding'];
  if (accepted !== undefined && negotiate(accepted, ['gzip', 'identity']) === 'gzip') {
    return reply.header('content-encoding', 'gzip').send(answer.gzipped());
  }
  return reply.send(answer.body);
}

/**
 * In a route's schema: a coach may read it under a `progress` grant (numbers only, never
 * notes). The document says so as `x-progress`; pair it with `config: { progress: true }`.
 */
export const PROGRESS_READ = { 'x-progress': true } as const;
