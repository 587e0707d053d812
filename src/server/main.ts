import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { SIGN_UP_MODES, type SignUpMode } from '../app/accounts/invitations.js';
import { writeTokenUses } from '../app/accounts/token-uses.js';
import { sealStoredSmtpPasswords } from '../app/digest/seal-passwords.js';
import { inboxDeps } from '../mail/inbox-deps.js';
import { smtpSender } from '../mail/smtp.js';
import { smtpFromEnvironment } from '../mail/smtp-env.js';
import { vapidKeys } from '../push/vapid.js';
import { webPushSender } from '../push/web-push.js';
import {
  clockOf,
  dataDirectory,
  type GlobalOptions,
  openApp,
  openStoreOf,
} from '../wiring/open-app.js';
import { packageRoot } from '../wiring/package-root.js';
import { DEFAULT_HOST, DEFAULT_PORT, publicUrlOf } from '../wiring/public-url.js';
import { UsageError } from '../wiring/usage-error.js';
import { buildServer } from './build-server.js';
import { type InboxLoop, startInboxLoop } from './inbox-loop.js';
import { type PushLoop, startPushLoop } from './push-loop.js';
import { startDigestLoop } from './reminders/digest-loop.js';

export { DEFAULT_HOST, DEFAULT_PORT, publicUrlOf } from '../wiring/public-url.js';

export interface ServeOptions extends GlobalOptions {
  /** The address to listen on: loopback unless told otherwise. */
  readonly host?: string | undefined;
  /** 0 takes any free port. */
  readonly port?: string | number | undefined;
  /**
   * The address others reach the server by (behind a proxy, or for Google
   * Calendar): the calendar feed's address and the e-mail's links use it, and
   * its host is accepted. Also $JUSTENOUGH_PUBLIC_URL. Default: where it listens.
   */
  readonly publicUrl?: string | undefined;
  /** Shared mode: many accounts, each signed in (also $JUSTENOUGH_ACCOUNTS=1). */
  readonly accounts?: boolean | undefined;
  /** Shared mode: who may make an account, `invitation` (default) or `open` (also $JUSTENOUGH_SIGN_UP). */
  readonly signUp?: string | undefined;
  /** A capture by address may fetch pages on loopback and private networks (off by default). */
  readonly allowPrivate?: boolean | undefined;
}

export interface RunningServer {
  /** Where it answers, e.g. http://127.0.0.1:4545 */
  readonly url: string;
  close(): Promise<void>;
}

const TRUE = new Set(['1', 'true', 'yes', 'on']);

/** Shared mode: the whole store and the clock, no one account. */
async function sharedApp(options: ServeOptions, env: NodeJS.ProcessEnv) {
  return { store: await openStoreOf(options, env), clock: clockOf(options, env) };
}

function portOf(value: string | number | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const text = String(value).trim();
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new UsageError(
      `--port: ${JSON.stringify(String(value))} is not a port; use a whole number from 1 to 65535`,
    );
  }
  return port;
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;
const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

/** A host as it stands in a URL or a Host header: IPv6 addresses in brackets. */
const urlHost = (host: string) =>
  host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;

/** The Host values browsers send for this server: the names it is reached by, with the port. */
export function hostsFor(host: string, port: number): string[] {
  const names = new Set([host]);
  if (LOOPBACK.test(host) || WILDCARD.has(host)) {
    for (const name of ['localhost', '127.0.0.1', '::1']) names.add(name);
  }
  // Listening on every interface: reachable by each of their addresses and by the machine's name.
  if (WILDCARD.has(host)) {
    names.add(hostname());
    for (const a of Object.values(networkInterfaces()).flat()) if (a) names.add(a.address);
  }
  return [...names].flatMap((name) => {
    const withPort = `${urlHost(name)}:${port}`;
    // Browsers leave the default port out of Host and Origin.
    return port === 80 ? [withPort, urlHost(name)] : [withPort];
  });
}

/** Seconds between two looks for a due morning e-mail: 60, or $JUSTENOUGH_DIGEST_CHECK_SECONDS. */
function checkEvery(env: NodeJS.ProcessEnv): number {
  const text = env.JUSTENOUGH_DIGEST_CHECK_SECONDS?.trim();
  if (!text) return 60;
  const seconds = /^\d{1,4}$/.test(text) ? Number(text) : 0;
  if (seconds < 1 || seconds > 3600) {
    throw new UsageError(
      `$JUSTENOUGH_DIGEST_CHECK_SECONDS: ${JSON.stringify(text)} is not accepted; use a whole number of seconds from 1 to 3600 (default 60)`,
    );
  }
  return seconds;
}

/** Who may make an account in shared mode: --sign-up, else $JUSTENOUGH_SIGN_UP, else by invitation. */
export function signUpModeOf(options: ServeOptions, env: NodeJS.ProcessEnv): SignUpMode {
  const text = (options.signUp ?? env.JUSTENOUGH_SIGN_UP ?? '').trim().toLowerCase();
  if (text === '') return 'invitation';
  if ((SIGN_UP_MODES as readonly string[]).includes(text)) return text as SignUpMode;
  const where = options.signUp === undefined ? '$JUSTENOUGH_SIGN_UP' : '--sign-up';
  throw new UsageError(
    `${where}: ${JSON.stringify(text)} is not accepted; use invitation (only with a link from a coach or an admin, the default) or open (anyone who reaches the server)`,
  );
}

/** The address the server is reached by when it listens on `host`: a name, not 0.0.0.0. */
export function reachableUrl(host: string, port: number): string {
  const name = WILDCARD.has(host) ? hostname() : host;
  return `http://${urlHost(name)}:${port}`;
}

/** `dist/web` of the package this code runs from, the source tree or the built bundle alike. */
export function defaultWebRoot(): string {
  return join(packageRoot(import.meta.url), 'dist', 'web');
}

function listenError(error: unknown, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new UsageError(
      `--port: ${port} is already in use on ${host}; stop what uses it or choose another port with --port`,
    );
  }
  if (code === 'EACCES') {
    return new UsageError(
      `--port: not allowed to listen on port ${port}; choose one from 1024 to 65535`,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new UsageError(
      `--host: cannot listen on ${JSON.stringify(host)}: not an address of this machine; the default is ${DEFAULT_HOST}`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * `justenough serve`: opens the store, the account and the clock as the
 * command line does (--data, --now, $JUSTENOUGH_NOW ...), and listens.
 */
export async function startServer(
  options: ServeOptions,
  env: NodeJS.ProcessEnv,
): Promise<RunningServer> {
  const host = (options.host ?? DEFAULT_HOST).trim();
  const port = portOf(options.port);
  const publicText = options.publicUrl ?? env.JUSTENOUGH_PUBLIC_URL;
  const publicUrl =
    publicText === undefined || publicText === ''
      ? undefined
      : publicUrlOf(
          publicText,
          options.publicUrl === undefined ? '$JUSTENOUGH_PUBLIC_URL' : '--public-url',
        );
  const shared = options.accounts === true || TRUE.has(env.JUSTENOUGH_ACCOUNTS?.trim() ?? '');
  if (!shared && !LOOPBACK.test(host)) {
    throw new UsageError(
      `--host: ${JSON.stringify(host)} lets other computers in, and without sign-in anyone could read and change this job search; add --accounts (each person signs in; see justenough accounts add) or keep the default ${DEFAULT_HOST}`,
    );
  }
  const signUp = signUpModeOf(options, env);
  const environmentSmtp = smtpFromEnvironment(env);
  const everyMs = checkEvery(env) * 1000;
  const personal = shared ? undefined : await openApp(options, env);
  const ctx = personal ?? (await sharedApp(options, env));
  const inbox = inboxDeps(env, dataDirectory(options, env));
  const inboxEvery = Number(env.JUSTENOUGH_INBOX_SYNC_SECONDS?.trim() || 300);
  // Filled once listening: with port 0 the port is known only then.
  const allowedHosts: string[] = [];
  let appUrl = publicUrl ? publicUrl.origin : `http://${DEFAULT_HOST}:${port}`;
  const mail = { send: smtpSender(() => appUrl), environmentSmtp, secrets: inbox.secrets };
  const vapid = vapidKeys(env, dataDirectory(options, env), () => appUrl);
  const pushSend = webPushSender(vapid, { allowPrivate: options.allowPrivate === true });
  // SMTP passwords stored in plain text by older versions are sealed before anything reads them.
  await sealStoredSmtpPasswords(ctx.store, inbox.secrets);
  const app = buildServer({
    ...(shared
      ? {
          shared: {
            store: ctx.store,
            clock: ctx.clock,
            cookies: { secure: publicUrl?.protocol === 'https:' },
            signUp,
          },
        }
      : { ctx: personal }),
    webRoot: defaultWebRoot(),
    allowedHosts,
    logger: true,
    appUrl: () => appUrl,
    mail,
    inbox,
    capture: {
      // The fetcher (and its check of addresses) loads with the first capture by address.
      fetch: async (url) =>
        (await import('../fetch/fetch-page.js')).fetchPage(url, {
          allowPrivate: options.allowPrivate === true,
        }),
    },
    push: {
      publicKey: async () => (await vapid()).publicKey,
      send: pushSend,
      allowPrivate: options.allowPrivate === true,
    },
  });
  const warn = (line: string) => process.stderr.write(`${line.replace(/\n/g, ' ')}\n`);
  let digests: ReturnType<typeof startDigestLoop> | undefined;
  let inboxLoop: InboxLoop | undefined;
  let pushLoop: PushLoop | undefined;
  app.addHook('onClose', async () => {
    await inboxLoop?.stop();
    await pushLoop?.stop();
    // The e-mail under way finishes and is recorded before the database closes.
    await digests?.stop();
    await writeTokenUses(ctx.store);
    await ctx.store.close();
  });
  try {
    await app.listen({ host, port });
  } catch (error) {
    await app.close();
    throw listenError(error, host, port);
  }
  const actual = (app.server.address() as AddressInfo).port;
  allowedHosts.push(...hostsFor(host, actual));
  if (publicUrl) {
    allowedHosts.push(publicUrl.host);
    if (!publicUrl.port)
      allowedHosts.push(`${publicUrl.hostname}:${publicUrl.protocol === 'https:' ? 443 : 80}`);
  } else {
    appUrl = reachableUrl(host, actual);
  }
  digests = startDigestLoop({
    store: ctx.store,
    clock: ctx.clock,
    mail,
    warn,
    everyMs,
  });
  pushLoop = startPushLoop({ store: ctx.store, clock: ctx.clock, send: pushSend, everyMs, warn });
  // Every 5 minutes ($JUSTENOUGH_INBOX_SYNC_SECONDS), and at once when IDLE tells of new mail.
  inboxLoop = startInboxLoop({
    store: ctx.store,
    clock: ctx.clock,
    inbox,
    warn,
    everyMs: (inboxEvery >= 1 && inboxEvery <= 86_400 ? inboxEvery : 300) * 1000,
  });
  return { url: `http://${urlHost(host)}:${actual}`, close: () => app.close() };
}
