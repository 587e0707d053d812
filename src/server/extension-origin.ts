import type { FastifyInstance, FastifyRequest } from 'fastify';

// The browser extension (extension/) saves the open page from its own origin,
// chrome-extension://<id> or moz-extension://<uuid>. It asks for no host permission,
// so its requests are cross-origin: this server answers them with CORS headers,
// for /api/capture alone. In shared mode such a request must carry a personal
// access token (auth/sign-in-hook.ts): a session cookie never serves another origin.

const EXTENSION_ORIGIN = /^(?:chrome-extension|moz-extension):\/\/[a-z0-9-]{1,64}$/;
const CAPTURE_PATH = /^\/api\/capture(?:\?|$)/;

/** Whether the request comes from a browser extension's page or worker. */
export function fromExtension(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  return origin !== undefined && EXTENSION_ORIGIN.test(origin);
}

/** Whether an extension may send this request: a capture, nothing else. */
export const extensionMay = (url: string): boolean => CAPTURE_PATH.test(url);

/** The preflight of a capture, and the CORS headers on its answer. */
export function extensionCors(app: FastifyInstance): void {
  app.options(
    '/api/capture',
    { config: { open: true }, schema: { hide: true } },
    (request, reply) => {
      if (!fromExtension(request)) return reply.code(204).send();
      return reply
        .code(204)
        .header('access-control-allow-methods', 'POST')
        .header('access-control-allow-headers', 'authorization, content-type')
        .header('access-control-max-age', '600')
        .send();
    },
  );
  app.addHook('onRequest', async (request, reply) => {
    if (fromExtension(request) && extensionMay(request.url)) {
      reply.header('access-control-allow-origin', request.headers.origin).header('vary', 'origin');
    }
  });
}
