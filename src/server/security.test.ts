import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from './security.js';
import {
  ACME,
  expectProblem,
  HOST,
  ORIGIN,
  type TestServer,
  testServer,
} from './test-support/test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
  // Opportunity 1 with its "applied" event 1.
  await server.json('POST', '/api/opportunities', ACME);
});
afterEach(() => server.close());

interface Request {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly body?: object;
}
const request = (method: Request['method'], url: string, body?: object): Request =>
  body === undefined ? { method, url } : { method, url, body };

const WRITES: readonly Request[] = [
  request('POST', '/api/opportunities', ACME),
  request('PATCH', '/api/opportunities/1', { title: 'Changed' }),
  request('DELETE', '/api/opportunities/1'),
  request('POST', '/api/opportunities/1/events', { type: 'voicemail' }),
  request('PATCH', '/api/events/1', { type: 'reached-out' }),
  request('DELETE', '/api/events/1'),
  request('PATCH', '/api/settings', { name: 'Changed' }),
];

const READS: readonly Request[] = [
  request('GET', '/api/today'),
  request('GET', '/api/holding'),
  request('GET', '/api/opportunities'),
  request('GET', '/api/opportunities/1'),
  request('GET', '/api/contacts'),
  request('GET', '/api/settings'),
  request('GET', '/api/holidays?region=US'),
  request('GET', '/api/openapi.json'),
  request('GET', '/'),
];

describe('the Host check (DNS rebinding)', () => {
  it.each([...READS, ...WRITES])(
    '$method $url answers 421 for a foreign Host and writes nothing',
    async ({ method, url, body }) => {
      const before = await server.snapshot();
      for (const host of ['evil.example', 'evil.example:4545', '127.0.0.1:4546', '127.0.0.1', '']) {
        expectProblem(await server.call(method, url, body, { host }), 421, 'host');
      }
      expect(await server.snapshot()).toEqual(before);
    },
  );

  it('takes any of its own names, in any case', async () => {
    for (const host of ['127.0.0.1:4545', 'localhost:4545', 'LOCALHOST:4545']) {
      expect((await server.call('GET', '/api/today', undefined, { host })).statusCode).toBe(200);
    }
  });
});

/** Sends raw request text to a listening server and resolves with the whole answer (the request says
 * `Connection: close`: the server ends the connection once it has answered; a half-closed socket
 * could be dropped before a slower answer is written). */
async function rawRequest(text: string): Promise<string> {
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('two Host headers (request smuggling past a proxy)', () => {
  it('refuses a request that names its Host twice, even twice the same', async () => {
    for (const second of ['evil.example', HOST]) {
      const answer = await rawRequest(
        `GET /api/today HTTP/1.1\r\nHost: ${HOST}\r\nHost: ${second}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain('two Host headers');
      await server.app.close();
      server = await testServer();
    }
  });

  it('answers the same request with one Host', async () => {
    const answer = await rawRequest(
      `GET /api/today HTTP/1.1\r\nHost: ${HOST}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});

describe('the Origin check (other web pages)', () => {
  const FOREIGN = [
    'http://evil.example',
    'null',
    'https://127.0.0.1:4545',
    'http://127.0.0.1:4546',
    'http://127.0.0.1:4545.evil.example',
  ];

  it.each(WRITES)(
    '$method $url answers 403 for a foreign Origin and writes nothing',
    async ({ method, url, body }) => {
      const before = await server.snapshot();
      for (const origin of FOREIGN) {
        expectProblem(await server.call(method, url, body, { origin }), 403, 'origin');
      }
      expect(await server.snapshot()).toEqual(before);
    },
  );

  it.each(WRITES)('$method $url is taken from its own Origin', async ({ method, url, body }) => {
    const res = await server.call(method, url, body, { origin: ORIGIN });
    expect(res.statusCode, res.body).toBeLessThan(300);
  });

  it('takes the other loopback name as Origin when it is an allowed Host', async () => {
    const res = await server.call(
      'PATCH',
      '/api/settings',
      { name: 'Sam' },
      { origin: 'http://localhost:4545' },
    );
    expect(res.statusCode).toBe(200);
  });

  it.each(READS)(
    '$method $url still answers a foreign Origin (the browser keeps the answer from it)',
    async ({ method, url }) => {
      const res = await server.call(method, url, undefined, { origin: 'http://evil.example' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    },
  );
});

describe('headers', () => {
  it('sends the hardening headers on JSON, problems and HTML alike', async () => {
    const answers = [
      await server.call('GET', '/api/today'),
      await server.call('GET', '/api/opportunities/99'),
      await server.call('GET', '/api/today', undefined, { host: 'evil.example' }),
      await server.call('GET', '/'),
    ];
    for (const res of answers) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'permissions-policy': PERMISSIONS_POLICY,
      });
    }
  });

  it('keeps forms, the base URL and framing to the page itself', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
      ]),
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(PERMISSIONS_POLICY).toContain('camera=()');
    expect(PERMISSIONS_POLICY).toContain('geolocation=()');
  });

  it('keeps API answers out of every cache', async () => {
    expect((await server.call('GET', '/api/today')).headers['cache-control']).toBe('no-store');
  });
});

describe('hostile text', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const NOTE = `</script><img src=x onerror=alert(1)>\n"quoted" & 'single'`;

  it('round-trips as JSON text, never as markup', async () => {
    const added = await server.json('POST', '/api/opportunities', {
      kind: 'job',
      company: SCRIPT,
      title: `"><svg onload=alert(1)>`,
      contact: { name: SCRIPT },
      notes: NOTE,
    });
    const res = await server.call('GET', `/api/opportunities/${added.id}`);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toMatchObject({
      company: SCRIPT,
      title: `"><svg onload=alert(1)>`,
      contact: { name: SCRIPT },
      notes: NOTE,
    });
    const list = await server.json('GET', '/api/opportunities?search=%3Cscript%3E');
    expect(list.items.map((o: { company: string }) => o.company)).toEqual([SCRIPT]);
    const today = await server.json('GET', '/api/contacts');
    expect(today.items.map((c: { name: string }) => c.name)).toContain(SCRIPT);
  });

  it('comes back in a problem as JSON text too', async () => {
    const res = await server.call('POST', '/api/opportunities', { ...ACME, postingUrl: SCRIPT });
    const problem = expectProblem(res, 422, 'postingUrl');
    expect(problem.detail).toContain(SCRIPT);
    const missing = await server.call('GET', `/api/${encodeURIComponent(SCRIPT)}`);
    expectProblem(missing, 404);
  });
});
