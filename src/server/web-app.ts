import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.js';
import { isApi } from './security.js';

const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>JustEnough</title></head>
<body>
<h1>JustEnough</h1>
<p>The web app is not built yet. Build it with <code>npm run build</code>, then reload this page.</p>
<p>The JSON API works already; it is described at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body>
</html>
`;

/**
 * The built web app from `webRoot`, with the single-page fallback: any GET
 * outside /api that is not a file answers index.html, so the app's own routes
 * survive a reload. Without a build, a page saying how to build it.
 */
export function serveWebApp(app: FastifyInstance, webRoot: string | undefined): void {
  const built = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (built) app.register(fastifyStatic, { root: webRoot, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    if (isApi(request.url) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      const path = request.url.split('?')[0] ?? '';
      throw new HttpProblem(
        404,
        `${request.method} ${path}: no such route; the API is described at /api/openapi.json`,
      );
    }
    // The page changes with every build: never kept.
    reply.header('cache-control', 'no-cache');
    if (built) return reply.sendFile('index.html');
    return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
  });
}
