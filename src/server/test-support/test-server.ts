import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { openAccount } from '../../app/account.js';
import type { AppContext } from '../../app/context.js';
import { parseMoment } from '../../core/time.js';
import type { Dialect } from '../../store/dialect.js';
import { openTestStore, testDatabase } from '../../store/test-support/test-store.js';
import { buildServer } from '../build-server.js';
import type { CaptureDeps } from '../routes/capture.js';
import type { PushDeps } from '../routes/push.js';

/** The Host the test server answers to, as a browser on http://127.0.0.1:4545 sends it. */
export const HOST = '127.0.0.1:4545';
export const ORIGIN = `http://${HOST}`;

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface TestServer {
  readonly app: FastifyInstance;
  readonly ctx: AppContext;
  /** A request as the web app sends it: our Host, JSON bodies. */
  call(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  /** The JSON of an answer that must have succeeded. */
  // biome-ignore lint/suspicious/noExplicitAny: JSON read back from the server is checked by the assertions
  json(method: Method, url: string, body?: unknown, headers?: Record<string, string>): Promise<any>;
  /** Everything the account holds, to check that a refused request wrote nothing. */
  snapshot(): Promise<unknown>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** The clock, as --now takes it (default 2026-11-23, noon local time). */
  readonly now?: string;
  readonly webRoot?: string;
  readonly logger?: boolean;
  /** The database: by default the one this test file runs on (`testDatabase()`). */
  readonly database?: Dialect;
  /** How a capture fetches a page (default: public addresses only). */
  readonly capture?: CaptureDeps;
  /** Web push: keys and sender (default: keys of this process, public push services only). */
  readonly push?: PushDeps;
}

/**
 * A server over a private store (in-memory SQLite, or a fresh PostgreSQL
 * schema in the `postgres` project), in America/Chicago with US holidays, at
 * a fixed moment.
 */
export async function testServer(options: TestServerOptions = {}): Promise<TestServer> {
  const now = options.now ?? '2026-11-23';
  const store = await openTestStore(options.database ?? testDatabase());
  const ctx = await openAccount(
    store,
    (zone) => {
      const at = parseMoment(now, zone);
      if (!at) throw new Error(`test clock: ${now} is not a moment`);
      return at;
    },
    () => 'America/Chicago',
  );
  const app = buildServer({
    ctx,
    allowedHosts: [HOST, 'localhost:4545'],
    webRoot: options.webRoot,
    logger: options.logger ?? false,
    capture: options.capture,
    push: options.push,
  });
  const call: TestServer['call'] = (method, url, body, headers = {}) => {
    const request: InjectOptions = { method, url, headers: { host: HOST, ...headers } };
    return app.inject(body === undefined ? request : { ...request, payload: body as object });
  };
  return {
    app,
    ctx,
    call,
    async json(method, url, body, headers) {
      const res = await call(method, url, body, headers);
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      return res.json();
    },
    snapshot: () =>
      store.read(async (q) => {
        const opportunities = await q.opportunities(ctx.accountId);
        const events = [];
        for (const o of opportunities) events.push(await q.events(ctx.accountId, o.id));
        return {
          settings: await q.settings(ctx.accountId),
          opportunities,
          events,
          contacts: await q.contacts(ctx.accountId),
          steps: await q.dueSteps(ctx.accountId, '9999-12-31'),
        };
      }),
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** An answer must be an RFC 9457 problem with this status, naming this field. */
export function expectProblem(
  res: LightMyRequestResponse,
  status: number,
  field?: string,
): { detail: string; reason?: string; field?: string } {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({ type: 'about:blank', status });
  expect(body.title).toEqual(expect.any(String));
  expect(body.detail).toEqual(expect.any(String));
  if (field !== undefined) expect(body.field).toBe(field);
  return body;
}

/** A job at Acme, applied on 2026-11-18: follow-up 1 is due on Monday 2026-11-23. */
export const ACME = {
  kind: 'job',
  company: 'Acme',
  title: 'Data Analyst',
  contact: { name: 'Jane Doe', phone: '312 555 0199', email: 'jane@acme.example' },
  appliedOn: '2026-11-18',
} as const;
