// Where the server is reached: light enough for the command line to import without the server.
import { UsageError } from './usage-error.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4545;

/** An origin given by --public-url: http(s), a host, maybe a port, no path. */
export function publicUrlOf(text: string, source = '--public-url'): URL {
  let url: URL | undefined;
  try {
    url = new URL(text.trim());
  } catch {
    url = undefined;
  }
  if (
    !url ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.pathname !== '/' ||
    url.search ||
    url.hash ||
    url.username
  ) {
    throw new UsageError(
      `${source}: ${JSON.stringify(text)} is not the address of this server; expected e.g. https://justenough.example.com or http://192.168.1.20:4545 (no path)`,
    );
  }
  return url;
}
