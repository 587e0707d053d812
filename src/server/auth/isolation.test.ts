import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { softAuthenticator } from '../../app/accounts/test-support/soft-authenticator.js';
import { writeTokenUses } from '../../app/accounts/token-uses.js';
import { type Person, type SharedServer, sharedServer } from '../test-support/shared-server.js';
import { expectProblem, HOST } from '../test-support/test-server.js';
import { CLIENT_HEADER } from './sign-in-hook.js';

// Every route of /api/openapi.json, tried by people who must not reach the first
// account's data: a route added later is tried too, without a change here.

// What only the first account's data holds: none of it may show in another's answer.
const MARKERS = ['Zanzibar', 'Quentin', 'quentin@zanzibar.example', 'ana@example.com', 'kumquat'];

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema read from the document
type Schema = any;
type Operation = { path: string; method: string; op: Schema };

/** A body that fits a JSON Schema: required fields only, the first choice of each. */
function sample(schema: Schema): unknown {
  if (!schema) return undefined;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf) return sample(schema.anyOf[0]);
  if (schema.oneOf) return sample(schema.oneOf[0]);
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sample(schema.properties?.[key]);
      return out;
    }
    case 'array':
      return [];
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'x';
  }
}

let server: SharedServer;
let ana: Person;
let ben: Person;
let cleo: Person;
let dev: Person;
let fay: Person;
let operations: Operation[];
const ids: Record<string, string> = {};

/** The first account's id for a path's parameter. */
function fill(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'coach') return dev.email;
    if (path.startsWith('/api/events/')) return ids.event as string;
    if (path.startsWith('/api/tokens/')) return ids.token as string;
    if (path.startsWith('/api/auth/sessions/')) return ids.session as string;
    if (path.startsWith('/api/auth/passkeys/')) return ids.passkey as string;
    return ids.opportunity as string;
  });
}

function request(o: Operation) {
  const query = Object.hasOwn(o.op, 'parameters')
    ? (o.op.parameters as Schema[])
        .filter((p) => p.in === 'query' && p.required)
        .map(
          (p) =>
            `${p.name}=${encodeURIComponent(p.name === 'token' ? (ids.import as string) : 'x')}`,
        )
    : [];
  const url = `${fill(o.path)}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  const schema = o.op.requestBody?.content?.['application/json']?.schema;
  const body = o.method === 'get' || o.method === 'delete' ? undefined : (sample(schema) ?? {});
  return { url, body };
}

/** The same request for ids that no account has. */
function missingUrl(o: Operation, url: string): string {
  const [path = '', query] = url.split('?');
  const filled = fill(o.path);
  const missing = o.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'coach'
      ? 'nobody@example.com'
      : name === 'id' && o.path.startsWith('/api/auth/sessions/')
        ? '0123456789abcdef'
        : '987654321',
  );
  return `${path === filled ? missing : path}${query === undefined ? '' : `?${query}`}`;
}

/** Everything the first account holds, to see that nothing was written. */
async function anasData() {
  const id = Number(ana.id);
  return server.store.read(async (q) => ({
    settings: await q.settings(id),
    opportunities: await q.opportunities(id),
    events: await q.allEvents(id),
    contacts: await q.contacts(id),
    tokens: await q.tokens(id),
    sessions: (await q.sessions(id, '2000-01-01')).map((s) => s.tokenHash),
    grants: await q.grantsOf(id),
    passkeys: await q.passkeys(id),
    person: await q.person(id),
  }));
}

function expectNothingOfAna(body: string, what: string) {
  for (const marker of MARKERS) expect(body.includes(marker), `${what}: ${marker}`).toBe(false);
}

beforeAll(async () => {
  server = await sharedServer();
  ana = await server.person('ana@example.com');
  ben = await server.person('ben@example.com');
  cleo = await server.person('cleo@example.com', 'coach');
  dev = await server.person('dev@example.com', 'coach');
  fay = await server.person('fay@example.com', 'coach');
  await server.grant(ana, dev, 'progress');
  await server.grant(ana, fay, 'full');
  const added = await server.call('POST', '/api/opportunities', {
    as: ana,
    body: {
      kind: 'job',
      company: 'Zanzibar Works',
      title: 'Analyst',
      contact: { name: 'Quentin Vale', email: 'quentin@zanzibar.example' },
      notes: 'kumquat',
      appliedOn: '2026-11-18',
    },
  });
  expect(added.statusCode, added.body).toBe(201);
  ids.opportunity = added.json().id;
  const shown = await server.call('GET', `/api/opportunities/${ids.opportunity}`, { as: ana });
  ids.event = shown.json().events[0].id;
  // Ids are each account's own, and every person here holds token 1: the one tried is Ana's
  // second, an id the others do not have.
  const second = await server.call('POST', '/api/tokens', { as: ana, body: { name: 'Scripts' } });
  expect(second.statusCode, second.body).toBe(201);
  ids.token = second.json().id;
  const signIn = await server.call('POST', '/api/auth/sign-in', {
    body: { email: ana.email, password: 'a long enough passphrase' },
  });
  expect(signIn.statusCode, signIn.body).toBe(200);
  const sessions = await server.call('GET', '/api/auth/sessions', { as: ana });
  ids.session = sessions.json().sessions[0].id;
  const key = softAuthenticator();
  const options = await server.call('POST', '/api/auth/passkeys/options', { as: ana });
  const passkey = await server.call('POST', '/api/auth/passkeys', {
    as: ana,
    body: { name: 'Laptop', response: key.register(options.json(), `http://${HOST}`) },
  });
  expect(passkey.statusCode, passkey.body).toBe(201);
  ids.passkey = passkey.json().id;
  const preview = await server.call('POST', '/api/import/preview?fileName=jobs.csv', {
    as: ana,
    body: 'Company,Title,Applied\nKumquat Labs,Engineer,2026-11-02\n',
    headers: { 'content-type': 'text/csv' },
  });
  ids.import = preview.json().token;
  const doc = (await server.call('GET', '/api/openapi.json', { as: ana })).json();
  // Ana's token uses of this set-up are written now, not during a test that compares her data.
  await writeTokenUses(server.store);
  operations = Object.entries(doc.paths as Record<string, Record<string, Schema>>).flatMap(
    ([path, methods]) =>
      Object.entries(methods)
        // Signing in needs no session: those routes say so with `security: []`.
        .filter(([, op]) => !(Array.isArray(op.security) && op.security.length === 0))
        .map(([method, op]) => ({ path, method, op })),
  );
});
afterAll(() => server.close());

describe('every route of the API, as someone who may not see the first account', () => {
  it('finds the routes in the document, the new ones of accounts among them', () => {
    const names = operations.map((o) => `${o.method} ${o.path}`);
    expect(names).toEqual(
      expect.arrayContaining(['get /api/today', 'get /api/me', 'post /api/tokens']),
    );
    expect(operations.length).toBeGreaterThan(25);
  });

  it("answers 404 to another account's import token, exactly as to a token that never was", async () => {
    const file = 'Company,Title,Applied\nKumquat Labs,Engineer,2026-11-02\n';
    const send = (token: string) =>
      server.call('POST', `/api/import?fileName=jobs.csv&token=${encodeURIComponent(token)}`, {
        as: ben,
        body: file,
        headers: { 'content-type': 'text/csv' },
      });
    const before = await anasData();
    const theirs = await send(ids.import as string);
    const never = await send('x'.repeat((ids.import as string).length));
    expectProblem(theirs, 404);
    expect(theirs.json().detail.replace(/"[^"]*"/, '')).toBe(
      never.json().detail.replace(/"[^"]*"/, ''),
    );
    expectNothingOfAna(theirs.body, 'import');
    expect(await anasData()).toEqual(before);
  });

  it('answers 401 to no one, and writes nothing', async () => {
    const before = await anasData();
    for (const o of operations) {
      const { url, body } = request(o);
      const res = await server.call(o.method.toUpperCase(), url, { body });
      expectProblem(res, 401);
      expectNothingOfAna(res.body, `${o.method} ${url}`);
    }
    expect(await anasData()).toEqual(before);
  });

  it("answers 404 to another account asking for the first account's ids, and shows nothing of it", async () => {
    const before = await anasData();
    // Ids are each account's own: the routes that name one go first, before Ben's own writes
    // (a token of his, say) give him rows of those ids.
    const named = (o: Operation) => (o.path.includes('{') ? 0 : 1);
    for (const o of [...operations].sort((a, b) => named(a) - named(b))) {
      const { url, body } = request(o);
      const res = await server.call(o.method.toUpperCase(), url, { as: ben, body });
      expectNothingOfAna(res.body, `${o.method} ${url}`);
      if (!o.path.includes('{')) continue;
      // Exactly the answer for ids that do not exist: 404 unless the request itself is refused first.
      const missing = await server.call(o.method.toUpperCase(), missingUrl(o, url), {
        as: ben,
        body,
      });
      expect(res.statusCode, `${o.method} ${url}`).toBe(missing.statusCode);
      if (missing.statusCode !== 422 && missing.statusCode !== 400) expectProblem(res, 404);
    }
    expect(await anasData()).toEqual(before);
  });

  it("numbers a new account's opportunities from 1, whatever the others hold", async () => {
    const gil = await server.person('gil@example.com');
    const added = await server.call('POST', '/api/opportunities', {
      as: gil,
      body: { kind: 'job', company: 'Ygg', title: 'Clerk', appliedOn: '2026-11-18' },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect([added.json().id, added.json().events[0]?.id]).toEqual(['1', '1']);
  });

  it('answers 404 to a coach without a grant who names the first account', async () => {
    const before = await anasData();
    for (const o of operations) {
      const { url, body } = request(o);
      const headers = { [CLIENT_HEADER]: ana.id };
      const res = await server.call(o.method.toUpperCase(), url, { as: cleo, body, headers });
      expectProblem(res, 404);
      expectNothingOfAna(res.body, `${o.method} ${url}`);
    }
    expect(await anasData()).toEqual(before);
  });

  it('answers 403 to a coach with a progress grant who tries to write, and writes nothing', async () => {
    const before = await anasData();
    const writes = operations.filter((o) => o.method !== 'get');
    expect(writes.length).toBeGreaterThan(10);
    for (const o of writes) {
      const { url, body } = request(o);
      const headers = { [CLIENT_HEADER]: ana.id };
      const res = await server.call(o.method.toUpperCase(), url, { as: dev, body, headers });
      expectProblem(res, 403);
      expectNothingOfAna(res.body, `${o.method} ${url}`);
    }
    expect(await anasData()).toEqual(before);
  });

  it('answers 403 to a coach with a full grant who tries to write: full is read-only', async () => {
    const before = await anasData();
    for (const o of operations.filter((x) => x.method !== 'get')) {
      const { url, body } = request(o);
      const headers = { [CLIENT_HEADER]: ana.id };
      const res = await server.call(o.method.toUpperCase(), url, { as: fay, body, headers });
      expectProblem(res, 403);
    }
    expect(await anasData()).toEqual(before);
    const today = await server.call('GET', '/api/today', {
      as: fay,
      headers: { [CLIENT_HEADER]: ana.id },
    });
    expect(today.statusCode).toBe(200);
  });

  it('shows a coach with a progress grant the numbers only: other reads are 403, notes never', async () => {
    const headers = { [CLIENT_HEADER]: ana.id };
    for (const o of operations.filter((x) => x.method === 'get')) {
      const { url } = request(o);
      const res = await server.call('GET', url, { as: dev, headers });
      if (o.op['x-progress'] === true || o.path === '/api/progress') {
        expect(res.statusCode, url).toBe(200);
      } else {
        expectProblem(res, 403);
      }
      expectNothingOfAna(res.body, `GET ${url}`);
    }
  });
});
