import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type PacedResult, pacedLoad } from './paced-load.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

/** Starts `justenough serve` as its own process and resolves once it listens. */
export function startServer(dataDir: string, port: number, now: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--data', dataDir, '--port', String(port), '--now', now],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 20_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('http://')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${output}`));
    });
  });
}

/** A steady load's figures (bench/paced-load.ts). */
export type LoadResult = PacedResult;

/** `/api/today` under a steady load of `rate` requests a second from this process. */
export function loadToday(port: number, rate: number, seconds: number): Promise<LoadResult> {
  // As a browser asks: gzip accepted.
  return pacedLoad({
    port,
    path: '/api/today',
    rate,
    seconds,
    headers: () => ({ 'accept-encoding': 'gzip, deflate, br' }),
  });
}

/**
 * Milliseconds from starting `justenough serve` to its first answer of `/api/today`, asked as
 * soon as the server says it listens (as a browser it opens would): polling for it instead
 * would add the poller's own delays to the figure.
 */
export async function firstTodayMs(dataDir: string, port: number, now: string): Promise<number> {
  const start = performance.now();
  const child = await startServer(dataDir, port, now);
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/today`);
    await response.text();
    if (!response.ok) throw new Error(`GET /api/today: ${response.status}`);
    return performance.now() - start;
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

/** The size on the wire, brotli at its highest quality as the build precompresses, of the start page's JavaScript. */
export function initialJsBrotliBytes(): number {
  const webRoot = join(ROOT, 'dist', 'web');
  return initialJsGzipBytes().files.reduce(
    (sum, f) =>
      sum +
      brotliCompressSync(readFileSync(join(webRoot, f.replace(/^\//, ''))), {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    0,
  );
}

/** The gzip size of the JavaScript the built web app's start page loads (scripts and module preloads). */
export function initialJsGzipBytes(): { files: string[]; bytes: number } {
  const webRoot = join(ROOT, 'dist', 'web');
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
    ),
  ].map((m) => m[1] ?? '');
  const bytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(webRoot, f.replace(/^\//, '')))).length,
    0,
  );
  return { files, bytes };
}

/**
 * The gzip size of the JavaScript the Progress page loads besides the start page's: its chunk
 * (charts included) and the chunks it imports that the start page does not.
 */
export function progressJsGzipBytes(): { files: string[]; bytes: number } {
  const webRoot = join(ROOT, 'dist', 'web');
  const initial = new Set(initialJsGzipBytes().files.map((f) => f.replace(/^\//, '')));
  const assets = readdirSync(join(webRoot, 'assets'));
  const page = assets.find((f) => /^progress-[\w-]+\.js$/.test(f));
  if (!page) throw new Error('no progress chunk in dist/web/assets: run npm run build');
  const files: string[] = [];
  const visit = (file: string): void => {
    if (initial.has(file) || files.includes(file)) return;
    files.push(file);
    const code = readFileSync(join(webRoot, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g))
      visit(`assets/${m[1] ?? ''}`);
  };
  visit(`assets/${page}`);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(webRoot, f))).length, 0);
  return { files, bytes };
}

/** What the service worker precaches (the files its manifest names): their count and size, raw and brotli. */
export function precache(): { files: number; bytes: number; brotli: number } {
  const webRoot = join(ROOT, 'dist', 'web');
  const sw = readFileSync(join(webRoot, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');
  let bytes = 0;
  let brotli = 0;
  for (const url of urls) {
    const file = readFileSync(join(webRoot, url));
    bytes += file.length;
    brotli += brotliCompressSync(file).length;
  }
  return { files: urls.length, bytes, brotli };
}
