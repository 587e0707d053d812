// Sending a page to JustEnough's POST /api/capture, and saying in words what came back.

/** Where JustEnough runs, and the token of a shared deployment. */
export interface Server {
  /** e.g. http://127.0.0.1:4545 (personal mode) or https://jobs.example.org */
  readonly address: string;
  /** A personal access token (Account, Access tokens); empty in personal mode. */
  readonly token: string;
}

export const DEFAULT_SERVER: Server = { address: 'http://127.0.0.1:4545', token: '' };

export type Outcome =
  | {
      readonly ok: true;
      readonly existing: boolean;
      readonly title: string;
      readonly company: string;
      /** The opportunity's page in the web app. */
      readonly link: string;
    }
  | { readonly ok: false; readonly message: string };

/** The address as typed, made a web origin: http(s) only, no path. */
export function serverAddress(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

interface Problem {
  readonly detail?: string;
}

/** Sends the page; never throws: an outcome says what happened, in a sentence. */
export async function capture(
  server: Server,
  page: { readonly html: string; readonly url: string },
  applied: boolean,
  send: typeof fetch = fetch,
): Promise<Outcome> {
  const address = serverAddress(server.address);
  if (!address)
    return { ok: false, message: `"${server.address}" is not a web address: see Server below.` };
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
  };
  if (server.token.trim()) headers.authorization = `Bearer ${server.token.trim()}`;
  let response: Response;
  try {
    response = await send(`${address}/api/capture`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ html: page.html, url: page.url, ...(applied ? { applied } : {}) }),
      credentials: 'omit',
    });
  } catch {
    return {
      ok: false,
      message: `JustEnough does not answer at ${address}. Is it running? Start it with "justenough serve", or correct the address below.`,
    };
  }
  const body = (await response.json().catch(() => ({}))) as Problem &
    Partial<{ id: string; title: string; company: string; existing: boolean }>;
  if (response.status === 401)
    return {
      ok: false,
      message:
        'This JustEnough asks who you are: make a personal access token on its Account page and paste it below.',
    };
  if (!response.ok)
    return { ok: false, message: body.detail ?? `JustEnough answered ${response.status}.` };
  return {
    ok: true,
    existing: body.existing === true,
    title: body.title ?? '',
    company: body.company ?? '',
    link: `${address}/opportunities/${encodeURIComponent(body.id ?? '')}`,
  };
}
