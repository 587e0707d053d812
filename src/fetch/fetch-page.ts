import { request as httpRequest, type IncomingMessage } from 'node:http';
import {
  AddressRefusal,
  type AddressRules,
  allowedAddress,
  pinnedLookup,
} from './private-address.js';

export const FETCH_LIMITS = { timeoutMs: 10_000, redirects: 5, bytes: 5 * 1024 * 1024 } as const;

/** Which addresses a page may be fetched from (`allowPrivate`: also loopback, private, link-local). */
export type FetchOptions = AddressRules;

export type FetchResult =
  | { readonly ok: true; readonly html: string; readonly url: string }
  | { readonly ok: false; readonly message: string };

class FetchRefusal extends Error {}

/**
 * One request, connected to the checked address only (no second lookup to rebind). node:https
 * (and TLS) loads with the first https page: a server that never fetches one starts without it.
 */
async function get(url: URL, address: string, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? (await import('node:https')).request : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        lookup: pinnedLookup(address),
        signal,
        headers: { accept: 'text/html,application/xhtml+xml', 'user-agent': 'JustEnough' },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

async function body(res: IncomingMessage): Promise<string> {
  const declared = Number(res.headers['content-length']);
  if (declared > FETCH_LIMITS.bytes) throw new FetchRefusal('the page is larger than 5 MB');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    if (size > FETCH_LIMITS.bytes) {
      res.destroy();
      throw new FetchRefusal('the page is larger than 5 MB');
    }
    chunks.push(chunk as Buffer);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

function webUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FetchRefusal(`${JSON.stringify(text.slice(0, 60))} is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefusal(`only http and https addresses are fetched, not ${url.protocol}`);
  return url;
}

/**
 * A posting page by its address: http(s) only, 10 s in all, at most 5 redirects (each one's
 * addresses checked again), at most 5 MB, never a private address unless `allowPrivate`.
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchResult> {
  const signal = AbortSignal.timeout(FETCH_LIMITS.timeoutMs);
  try {
    let url = webUrl(address);
    for (let hop = 0; ; hop++) {
      const res = await get(url, await allowedAddress(url.hostname, options), signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if ([301, 302, 303, 307, 308].includes(status) && location) {
        res.resume();
        if (hop >= FETCH_LIMITS.redirects) throw new FetchRefusal('more than 5 redirects');
        url = webUrl(location, url);
        continue;
      }
      if (status < 200 || status > 299) {
        res.resume();
        throw new FetchRefusal(`the server answered ${status}`);
      }
      return { ok: true, html: await body(res), url: url.toString() };
    }
  } catch (error) {
    if (error instanceof FetchRefusal || error instanceof AddressRefusal)
      return { ok: false, message: `cannot fetch the page: ${error.message}` };
    if (signal.aborted)
      return { ok: false, message: 'cannot fetch the page: no answer within 10 s' };
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `cannot fetch the page: ${why}` };
  }
}
