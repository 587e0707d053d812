import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { SignUpMode } from '../../app/accounts/invitations.js';
import { addAccount } from '../../app/accounts/people.js';
import { createToken } from '../../app/accounts/tokens.js';
import type { Clock } from '../../app/context.js';
import type { SmtpSettings } from '../../app/digest/settings.js';
import { share } from '../../app/sharing/grants.js';
import { parseMoment } from '../../core/time.js';
import { smtpSender } from '../../mail/smtp.js';
import { memorySecretBox } from '../../secrets/secret-key.js';
import type { Dialect } from '../../store/dialect.js';
import type { Store } from '../../store/store.js';
import { openTestStore, testDatabase } from '../../store/test-support/test-store.js';
import { buildServer } from '../build-server.js';
import { HOST } from './test-server.js';

export const PASSWORD = 'a long enough passphrase';

/** A signed-up person of the test deployment, with a personal access token. */
export interface Person {
  readonly id: string;
  readonly email: string;
  readonly token: string;
}

export interface SharedServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly clock: Clock;
  /** Adds an account (password PASSWORD) with a token. */
  person(email: string, role?: string): Promise<Person>;
  /** A request as a browser or script sends it; `as` signs it with that person's token. */
  call(
    method: string,
    url: string,
    options?: {
      readonly as?: Person;
      readonly body?: unknown;
      readonly headers?: Record<string, string>;
    },
  ): Promise<LightMyRequestResponse>;
  grant(from: Person, to: Person, scope: 'progress' | 'full'): Promise<void>;
  close(): Promise<void>;
}

export interface SharedServerOptions {
  readonly database?: Dialect;
  readonly secure?: boolean;
  readonly now?: string;
  /** The deployment's SMTP server (as from JUSTENOUGH_SMTP_URL). */
  readonly smtp?: SmtpSettings;
  /** Who may make an account: by invitation (default) or open. */
  readonly signUp?: SignUpMode;
}

/** A shared-mode server (serve --accounts) over a private store, at a fixed moment. */
export async function sharedServer(options: SharedServerOptions = {}): Promise<SharedServer> {
  const store = await openTestStore(options.database ?? testDatabase());
  const now = options.now ?? '2026-11-23';
  const clock: Clock = (zone) => {
    const at = parseMoment(now, zone);
    if (!at) throw new Error(`test clock: ${now} is not a moment`);
    return at;
  };
  const app = buildServer({
    shared: {
      store,
      clock,
      cookies: { secure: options.secure ?? false },
      signUp: options.signUp ?? 'invitation',
    },
    allowedHosts: [HOST],
    appUrl: () => (options.secure ? 'https://je.example' : `http://${HOST}`),
    mail: {
      send: smtpSender(() => `http://${HOST}`),
      environmentSmtp: options.smtp ?? null,
      secrets: memorySecretBox(),
    },
  });
  return {
    app,
    store,
    clock,
    async person(email, role = 'member') {
      const added = await addAccount(store, {
        email,
        name: email.split('@')[0],
        role,
        password: PASSWORD,
        timeZone: 'America/Chicago',
      });
      if (!added.ok) throw new Error(added.message);
      const token = await createToken(store, Number(added.value.id), 'test');
      if (!token.ok) throw new Error(token.message);
      return { id: added.value.id, email, token: token.value.token };
    },
    call(method, url, { as, body, headers = {} } = {}) {
      const request: InjectOptions = {
        method: method as NonNullable<InjectOptions['method']>,
        url,
        headers: {
          host: HOST,
          ...(as ? { authorization: `Bearer ${as.token}` } : {}),
          ...headers,
        },
      };
      return app.inject(body === undefined ? request : { ...request, payload: body as object });
    },
    async grant(from, to, scope) {
      const granted = await share(store, Number(from.id), clock, { coach: to.email, scope });
      if (!granted.ok) throw new Error(granted.message);
    },
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
