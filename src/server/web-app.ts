import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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

// Vite names the files of a build after their content ("index-DxK4E6fp.js"): a new
// build gives new names, so a browser may keep these for good. Nothing else is kept.
const HASHED = /^assets\/[^/]+-[\w-]{8}\.[a-z\d]+$/i;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Whether a web file (as a path below the web root, "assets/index-DxK4E6fp.js") is named after its content. */
export const isHashed = (file: string): boolean => HASHED.test(file);

/** Source maps and the build's own files: never answered with the page either. */
const isFileRequest = (path: string) => path.startsWith('/assets/') || path.endsWith('.map');

/**
 * The built web app from `webRoot`, with the single-page fallback: any GET
 * outside /api that is not a file answers index.html, so the app's own routes
 * survive a reload. Files go out as they were compressed at build time (brotli
 * or gzip, by Accept-Encoding); source maps never. Without a build, a page
 * saying how to build it.
 */
export function serveWebApp(app: FastifyInstance, webRoot: string | undefined): void {
  const built = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (built) {
    app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      preCompressed: true,
      cacheControl: false,
      allowedPath: (path) => !path.endsWith('.map'),
      setHeaders: (reply, path) => {
        const file = relative(webRoot, path)
          .split(sep)
          .join('/')
          .replace(/\.(?:br|gz)$/, '');
        reply.header('cache-control', isHashed(file) ? IMMUTABLE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (
      isApi(request.url) ||
      isFileRequest(path) ||
      (request.method !== 'GET' && request.method !== 'HEAD')
    ) {
      throw new HttpProblem(
        404,
        isFileRequest(path)
          ? `${request.method} ${path}: no such file in this build of the web app`
          : `${request.method} ${path}: no such route; the API is described at /api/openapi.json`,
      );
    }
    // The page changes with every build: never kept.
    reply.header('cache-control', 'no-cache');
    if (built) return reply.sendFile('index.html');
    return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
  });
}
