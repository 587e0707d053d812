import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { privateAddress, resolveAll } from './private-address.js';

export const FETCH_LIMITS = { timeoutMs: 10_000, redirects: 5, bytes: 5 * 1024 * 1024 } as const;

export interface FetchOptions {
  /** Let the page be on loopback, private and link-local addresses (off: the default). */
  readonly allowPrivate?: boolean;
  /** Name resolution; every address it answers is checked (the default asks the system). */
  readonly resolve?: (host: string) => Promise<string[]>;
  /** Which addresses are refused (the default: every non-public one). */
  readonly isPrivate?: (address: string) => boolean;
}

export type FetchResult =
  | { readonly ok: true; readonly html: string; readonly url: string }
  | { readonly ok: false; readonly message: string };

class FetchRefusal extends Error {}

/** The address a request may connect to: every one the name resolves to must be allowed. */
async function checkedAddress(url: URL, options: FetchOptions): Promise<string> {
  const isPrivate = options.isPrivate ?? privateAddress;
  let addresses: string[];
  try {
    addresses = await (options.resolve ?? resolveAll)(url.hostname);
  } catch {
    throw new FetchRefusal(`cannot find the address of ${url.hostname}`);
  }
  if (addresses.length === 0) throw new FetchRefusal(`cannot find the address of ${url.hostname}`);
  const bad = addresses.find(isPrivate);
  if (bad !== undefined && !options.allowPrivate)
    throw new FetchRefusal(
      `${url.hostname} is on a private or local address (${bad}); add --allow-private to fetch it anyway`,
    );
  return addresses[0] as string;
}

/** One request, connected to the checked address only (no second lookup to rebind). */
function get(url: URL, address: string, signal: AbortSignal): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_host, opts, done) => {
    const family = address.includes(':') ? 6 : 4;
    if (opts.all) done(null, [{ address, family }]);
    else done(null, address, family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        lookup: pinned,
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
      const res = await get(url, await checkedAddress(url, options), signal);
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
    if (error instanceof FetchRefusal)
      return { ok: false, message: `cannot fetch the page: ${error.message}` };
    if (signal.aborted)
      return { ok: false, message: 'cannot fetch the page: no answer within 10 s' };
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `cannot fetch the page: ${why}` };
  }
}
