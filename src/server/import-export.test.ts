import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { Contacts, ImportPreviewAnswer } from '../contract/index.js';
import {
  expectProblem,
  HOST,
  ORIGIN,
  type TestServer,
  testServer,
} from './test-support/test-server.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

let server: TestServer;
beforeEach(async () => {
  server = await testServer({ now: '2026-11-23' });
});
afterEach(() => server.close());

/** A file sent as the web app sends it: the bytes as the body, the options in the query. */
function upload(url: string, body: Buffer | string, contentType = 'text/csv', origin = ORIGIN) {
  return server.app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { host: HOST, origin, 'content-type': contentType },
  });
}

function fits(schema: ZodType, body: unknown): void {
  const result = schema.safeParse(body);
  expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
}

describe('POST /api/import/preview and /api/import', () => {
  it('previews a file without writing, then imports exactly that with its token', async () => {
    const before = await server.snapshot();
    const preview = await upload(
      '/api/import/preview?fileName=Connections.csv',
      fixture('linkedin-connections.csv'),
    );
    expect(preview.statusCode, preview.body).toBe(200);
    const shown = preview.json();
    fits(ImportPreviewAnswer, shown);
    expect(shown).toMatchObject({
      format: 'linkedin',
      fileName: 'Connections.csv',
      counts: { add: 9, reject: 1 },
    });
    expect(await server.snapshot()).toEqual(before);
    const done = await upload(
      `/api/import?token=${shown.token}`,
      fixture('linkedin-connections.csv'),
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ written: true, token: shown.token });
    expect((await server.json('GET', '/api/contacts')).items).toHaveLength(9);
  });

  it('pages the rows of a preview: every row once, in the file order, the counts of the whole file', async () => {
    const file = fixture('linkedin-connections.csv');
    const whole = (await upload('/api/import/preview', file)).json();
    expect(whole).not.toHaveProperty('nextCursor');
    const items: unknown[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url = `/api/import/preview?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await upload(url, file);
      expect(page.statusCode, page.body).toBe(200);
      const answer = page.json();
      fits(ImportPreviewAnswer, answer);
      expect(answer.counts).toEqual(whole.counts);
      expect(answer.rows).toBe(whole.rows);
      expect(answer.token).toBe(whole.token);
      expect(answer.items.length).toBeLessThanOrEqual(3);
      items.push(...answer.items);
      cursor = answer.nextCursor;
      pages++;
    } while (cursor !== null && pages < 20);
    expect(items).toEqual(whole.items);
    expect(pages).toBe(Math.ceil(whole.items.length / 3));
    const before = await server.snapshot();
    expectProblem(
      await upload('/api/import/preview?limit=3&cursor=bm90LWEtY3Vyc29y', file),
      422,
      'cursor',
    );
    expectProblem(await upload('/api/import?limit=0&token=x', file), 422, 'limit');
    expect(await server.snapshot()).toEqual(before);
  });

  it('GET /api/contacts answers the LinkedIn profile, position and connected-on date imported', async () => {
    const shown = (await upload('/api/import/preview', fixture('linkedin-connections.csv'))).json();
    const done = await upload(
      `/api/import?token=${shown.token}`,
      fixture('linkedin-connections.csv'),
    );
    expect(done.statusCode, done.body).toBe(200);
    const all = await server.json('GET', '/api/contacts');
    fits(Contacts, all);
    expect(all.items.find((c: { name: string }) => c.name === 'Raj Patel')).toEqual({
      id: expect.any(String),
      name: 'Raj Patel',
      email: null,
      phone: null,
      role: null,
      company: 'Globex',
      opportunities: 0,
      linkedinUrl: 'https://www.linkedin.com/in/raj-patel-4b2a1',
      position: 'Talent Acquisition Partner, EMEA',
      connectedOn: '2025-12-03',
      notes: null,
    });
    const found = await server.json('GET', '/api/contacts?search=recruiter');
    expect(found.items.map((c: { position: string }) => c.position)).toEqual([
      'Senior Recruiter',
      'Recruiter',
    ]);
  });

  it('reads any content type as the file, a spreadsheet with its mapping and date format in the query', async () => {
    const url = '/api/import/preview?map=title%3DStelle&map=applied%3DBeworben%20am&dateFormat=dmy';
    const res = await upload(url, fixture('applications-excel-de.csv'), 'application/octet-stream');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    fits(ImportPreviewAnswer, body);
    expect(body.mapping.fields).toMatchObject({
      company: 'Firma',
      title: 'Stelle',
      applied: 'Beworben am',
    });
    expect(body.dateFormat).toMatchObject({ value: 'dmy', from: 'option', region: null });
    const json = await upload(
      '/api/import/preview',
      '{"format": "justenough-export"}',
      'application/json',
    );
    expect(expectProblem(json, 422, 'body').detail).toMatch(
      /^body: this export has version undefined/,
    );
  });

  it('refuses a stale token (412) or none (400), writing nothing', async () => {
    const file = fixture('linkedin-connections.csv');
    const { token } = (await upload('/api/import/preview', file)).json();
    await server.json('POST', '/api/opportunities', {
      kind: 'networking',
      contact: { name: 'Jane Doe', email: 'jane.doe@acme.example' },
    });
    const before = await server.snapshot();
    expect(
      expectProblem(await upload(`/api/import?token=${token}`, file), 412, 'token').detail,
    ).toContain('preview it again');
    expectProblem(await upload('/api/import', file), 400, 'token');
    expect(await server.snapshot()).toEqual(before);
  });

  it('answers a file that cannot be imported with a problem naming what is wrong', async () => {
    const garbage = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256));
    expect(
      expectProblem(await upload('/api/import/preview', garbage), 422, 'body').detail,
    ).toContain('it holds binary data');
    expect(expectProblem(await upload('/api/import/preview', ''), 422, 'body').detail).toBe(
      'body: the file is empty; expected a CSV file (LinkedIn connections or a spreadsheet of applications), a vCard file (.vcf) or a JustEnough export (.json)',
    );
    const form = `--x\r\nContent-Disposition: form-data; name="file"; filename="c.csv"\r\n\r\na,b\r\n--x--\r\n`;
    expectProblem(
      await upload('/api/import/preview', form, 'multipart/form-data; boundary=x'),
      415,
      'body',
    );
    const big = Buffer.alloc(26 * 1024 * 1024, 'a,b\n');
    expect(expectProblem(await upload('/api/import/preview', big), 413, 'body').detail).toContain(
      'larger than 25 MB',
    );
    expectProblem(
      await upload('/api/import/preview?format=xlsx', fixture('applications.csv')),
      422,
      'format',
    );
    expectProblem(
      await upload('/api/import/preview?map=title%3DJob', fixture('applications.csv')),
      422,
      'map',
    );
    expectProblem(
      await upload('/api/import/preview?dateFormat=ymd', fixture('applications.csv')),
      422,
      'dateFormat',
    );
    expectProblem(
      await upload('/api/import/preview?colour=red', fixture('applications.csv')),
      400,
      'colour',
    );
    expectProblem(
      await upload(
        '/api/import/preview',
        fixture('applications.csv'),
        'text/csv',
        'http://evil.example',
      ),
      403,
    );
  });

  it('restores an export only into an empty account: the preview says it will be refused, the import answers 409', async () => {
    await server.json('POST', '/api/opportunities', {
      kind: 'job',
      company: 'Acme',
      title: 'Analyst',
      appliedOn: '2026-11-16',
    });
    const exported = await server.call('GET', '/api/export');
    const preview = (await upload('/api/import/preview', exported.body, 'application/json')).json();
    expect(preview).toMatchObject({
      format: 'json',
      counts: { add: 0, newOpportunities: 0, newEvents: 0 },
      restore: {
        refused: expect.stringContaining('this one holds 1 opportunities') as unknown,
      },
    });
    expect(preview.restore.refused).toContain('will be refused');
    expect(preview.notes).toEqual([expect.stringContaining('will be refused')]);
    const refused = await upload(
      `/api/import?token=${preview.token}`,
      exported.body,
      'application/json',
    );
    expect(expectProblem(refused, 409, 'body').detail).toContain(
      'restores into an empty account only',
    );
  });
});

describe('GET /api/export', () => {
  beforeEach(async () => {
    await server.json('POST', '/api/opportunities', {
      kind: 'job',
      company: 'Acme',
      title: '=cmd|calc',
      contact: { name: 'Zoë Weiß', email: 'zoe@acme.example' },
      appliedOn: '2026-11-16',
    });
  });

  it('downloads everything as JSON, opportunities as CSV, contacts as vCard', async () => {
    const json = await server.call('GET', '/api/export');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['content-disposition']).toBe(
      'attachment; filename="justenough-2026-11-23.json"',
    );
    expect(json.headers['cache-control']).toBe('no-store');
    expect(json.json()).toMatchObject({
      format: 'justenough-export',
      version: 2,
      opportunities: [{ id: 1, title: '=cmd|calc' }],
    });
    const csv = await server.call('GET', '/api/export?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="justenough-opportunities-2026-11-23.csv"',
    );
    expect(csv.body).toContain("1,job,Acme,'=cmd|calc,active,Zoë Weiß");
    const vcard = await server.call('GET', '/api/export?format=vcard');
    expect(vcard.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(vcard.body).toContain('FN:Zoë Weiß\r\n');
  });

  it('answers an unknown format with a problem', async () => {
    expect(
      expectProblem(await server.call('GET', '/api/export?format=xlsx'), 422, 'format').detail,
    ).toBe('format: "xlsx" is not accepted; use one of json, csv, vcard');
  });
});
