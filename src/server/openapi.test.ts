import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, type TestServer, testServer } from './test-support/test-server.js';

// Every route of docs/api.md.
const ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/api/today': ['get'],
  '/api/holding': ['get'],
  '/api/opportunities': ['get', 'post'],
  '/api/opportunities/{id}': ['get', 'patch', 'delete'],
  '/api/opportunities/{id}/events': ['get', 'post'],
  '/api/opportunities/{id}/move': ['post'],
  '/api/opportunities/{id}/email': ['post'],
  '/api/events/{id}': ['patch', 'delete'],
  '/api/contacts': ['get'],
  '/api/settings': ['get', 'patch'],
  '/api/holidays': ['get'],
  '/api/holidays/regions': ['get'],
  '/api/calendar': ['get', 'post', 'delete'],
  '/api/calendar/reset': ['post'],
  '/api/events/{id}/calendar.ics': ['get'],
  '/api/digest': ['get', 'patch'],
  '/api/digest/preview': ['get'],
  '/api/digest/send': ['post'],
  '/api/digest/test': ['post'],
  '/api/import/preview': ['post'],
  '/api/import': ['post'],
  '/api/export': ['get'],
  '/api/capture': ['post'],
  '/api/push': ['get'],
  '/api/push/subscriptions': ['post', 'delete'],
  '/api/push/test': ['post'],
  '/api/stats': ['get'],
  '/api/stats/weeks': ['get'],
};

let server: TestServer;
// biome-ignore lint/suspicious/noExplicitAny: the document is checked by the assertions
let doc: any;
beforeAll(async () => {
  server = await testServer();
  doc = await server.json('GET', '/api/openapi.json');
});
afterAll(() => server.close());

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3 document', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('JustEnough');
  });

  it('lists every /api path with its methods, and nothing else', () => {
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(ROUTES).sort());
    for (const [path, methods] of Object.entries(ROUTES)) {
      expect(Object.keys(doc.paths[path]).sort(), path).toEqual([...methods].sort());
    }
  });

  it('describes every answer, and a problem for every 4xx', () => {
    for (const [path, methods] of Object.entries(ROUTES)) {
      for (const method of methods) {
        const { responses } = doc.paths[path][method];
        const ok = Object.keys(responses).find((s) => s.startsWith('2'));
        expect(ok, `${method} ${path}`).toBeDefined();
        expect(responses['4XX'], `${method} ${path}`).toBeDefined();
        const problem = responses['4XX'].content['application/problem+json'].schema;
        expect(problem.required).toEqual(
          expect.arrayContaining(['type', 'title', 'status', 'detail']),
        );
      }
    }
  });

  it('describes the request bodies, parameters and If-Match', () => {
    const post = doc.paths['/api/opportunities'].post;
    const body = post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['kind']);
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining([
        'kind',
        'company',
        'title',
        'contact',
        'postingUrl',
        'notes',
        'appliedOn',
      ]),
    );
    const patch = doc.paths['/api/opportunities/{id}'].patch;
    expect(patch.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['path:id', 'header:if-match']),
    );
    const today = doc.paths['/api/today'].get.responses['200'].content['application/json'].schema;
    expect(today.properties).toHaveProperty('maxFollowUps');
    const holidays = doc.paths['/api/holidays'].get.parameters;
    expect(holidays).toEqual([
      expect.objectContaining({ in: 'query', name: 'region', required: true }),
    ]);
  });

  it('answers a foreign Host with 421 like every route', async () => {
    expectProblem(
      await server.call('GET', '/api/openapi.json', undefined, { host: 'evil.example' }),
      421,
    );
  });
});
