import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

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

export interface LoadResult {
  readonly requests: number;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

/** `/api/today` under a steady load of `rate` requests a second from this process. */
export async function loadToday(port: number, rate: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/today`,
    connections: 10,
    overallRate: rate,
    duration: seconds,
    // As a browser asks: gzip accepted.
    headers: { host: `127.0.0.1:${port}`, 'accept-encoding': 'gzip, deflate, br' },
  });
  return {
    requests: result.requests.total,
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
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
