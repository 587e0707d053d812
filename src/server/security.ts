import type { FastifyInstance } from 'fastify';
import { extensionMay, fromExtension } from './extension-origin.js';
import { HttpProblem } from './problem.js';

// Any web page the user visits can send requests to a server on their machine.
// The Host check stops DNS rebinding (a foreign name pointing at 127.0.0.1); the
// Origin check stops other pages from changing data. No CORS headers are sent,
// so other pages cannot read the answers either.

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  // No page of ours is framed, posts a form elsewhere, or needs a <base>.
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'none'",
].join('; ');

// Features the app never uses stay off, for it and anything it might embed.
export const PERMISSIONS_POLICY = [
  'camera',
  'microphone',
  'geolocation',
  'payment',
  'usb',
  'serial',
  'bluetooth',
  'display-capture',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

const HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  // Another site's window never gets a handle on ours, nor embeds our answers.
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': PERMISSIONS_POLICY,
};

/** How many Host headers a request came with (Node keeps only the first in `headers`). */
function hostHeaders(rawHeaders: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]?.toLowerCase() === 'host') count++;
  }
  return count;
}

/** Whether a request path is the JSON API's. */
export const isApi = (url: string): boolean => url === '/api' || /^\/api[/?]/.test(url);

/**
 * Refuses requests with two Host headers (400), for another Host (421) and state-changing requests from a
 * foreign Origin (403): pages of an allowed Host over http, or of the public
 * address (`publicOrigin`). `allowedHosts` ("127.0.0.1:4545") is read at every
 * request: a server started on port 0 learns its port only once listening.
 */
export function guard(
  app: FastifyInstance,
  allowedHosts: readonly string[],
  publicOrigin?: () => string,
): void {
  const allowed = (host: string) => allowedHosts.some((h) => h.toLowerCase() === host);
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(HEADERS);
    // Personal data: never kept in a cache.
    if (isApi(request.url)) reply.header('cache-control', 'no-store');
    // Two Host headers: a proxy and this server could each believe a different one.
    if (hostHeaders(request.raw.rawHeaders) > 1) {
      throw new HttpProblem(400, 'the request has two Host headers; send exactly one', 'host');
    }
    const host = (request.headers.host ?? '').toLowerCase();
    if (!allowed(host)) {
      throw new HttpProblem(
        421,
        `Host ${JSON.stringify(host)} is not this server's; open http://${allowedHosts[0] ?? '127.0.0.1'}/`,
        'host',
      );
    }
    const origin = request.headers.origin;
    if (STATE_CHANGING.has(request.method) && origin !== undefined) {
      const from = origin.toLowerCase();
      const own = from.startsWith('http://') && allowed(from.slice('http://'.length));
      // Behind a TLS proxy (--public-url https://...) pages come from the public address.
      // The browser extension may save a page, and do nothing else (extension-origin.ts).
      const extension = fromExtension(request) && extensionMay(request.url);
      if (!own && !extension && from !== publicOrigin?.().toLowerCase()) {
        throw new HttpProblem(
          403,
          `Origin ${JSON.stringify(origin)} may not change data here; only this server's own pages may`,
          'origin',
        );
      }
    }
  });
}
