import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACME, expectProblem, type TestServer, testServer } from './test-support/test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(() => server.close());

describe('POST /api/opportunities', () => {
  it('adds a job and logs "applied" on appliedOn: 201, Location, ETag', async () => {
    const res = await server.call('POST', '/api/opportunities', ACME);
    expect(res.statusCode).toBe(201);
    const o = res.json();
    expect(res.headers.location).toBe(`/api/opportunities/${o.id}`);
    expect(res.headers.etag).toBe(`"${o.version}"`);
    expect(o).toMatchObject({
      kind: 'job',
      company: 'Acme',
      title: 'Data Analyst',
      contact: { name: 'Jane Doe', phone: '312 555 0199', email: 'jane@acme.example', role: null },
      status: 'active',
      asOf: '2026-11-23',
      maxFollowUps: 3,
    });
    expect(o.events).toEqual([expect.objectContaining({ type: 'applied', date: '2026-11-18' })]);
    expect(o.next[0]).toMatchObject({ action: 'follow-up', dueOn: '2026-11-23' });
  });

  it('adds a networking contact with "reached-out", and a job without any event', async () => {
    const n = await server.json('POST', '/api/opportunities', {
      kind: 'networking',
      contact: { name: 'Sam Roe', role: 'recruiter' },
      appliedOn: '2026-11-20',
    });
    expect(n.events).toEqual([expect.objectContaining({ type: 'reached-out' })]);
    const j = await server.json('POST', '/api/opportunities', {
      kind: 'job',
      company: 'Initech',
      title: 'Analyst',
      postingUrl: 'https://initech.example/jobs/1',
      notes: 'referred by Bob',
    });
    expect(j).toMatchObject({
      events: [],
      postingUrl: 'https://initech.example/jobs/1',
      notes: 'referred by Bob',
    });
  });

  it.each([
    ['no kind', { company: 'Acme', title: 'x' }, 'kind'],
    ['an unknown kind', { kind: 'gig', company: 'Acme', title: 'x' }, 'kind'],
    ['a field it does not have', { ...ACME, salary: 100 }, 'salary'],
    ['a number for a text', { ...ACME, company: 42 }, 'company'],
    ['a nested wrong type', { ...ACME, contact: { name: 'Jane', email: 3 } }, 'contact.email'],
    ['no body at all', undefined, 'body'],
    ['a list for a body', [ACME], 'body'],
  ])('answers 400 naming the field for %s, and writes nothing', async (_, body, field) => {
    const before = await server.snapshot();
    expectProblem(await server.call('POST', '/api/opportunities', body), 400, field);
    expect(await server.snapshot()).toEqual(before);
  });

  it('answers 400 for malformed JSON and 415 for a form', async () => {
    const bad = await server.app.inject({
      method: 'POST',
      url: '/api/opportunities',
      headers: { host: '127.0.0.1:4545', 'content-type': 'application/json' },
      payload: '{"kind":',
    });
    expectProblem(bad, 400);
    const form = await server.app.inject({
      method: 'POST',
      url: '/api/opportunities',
      headers: { host: '127.0.0.1:4545', 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'kind=job&company=Acme&title=x',
    });
    expectProblem(form, 415);
  });

  it.each([
    ['a job without a company', { kind: 'job', title: 'x' }, 'company'],
    ['a blank title', { ...ACME, title: '   ' }, 'title'],
    ['a date that does not exist', { ...ACME, appliedOn: '2026-02-30' }, 'appliedOn'],
    [
      'an e-mail address that is not one',
      { ...ACME, contact: { name: 'J', email: 'jane' } },
      'contact.email',
    ],
    [
      'a phone number that is not one',
      { ...ACME, contact: { name: 'J', phone: 'call me' } },
      'contact.phone',
    ],
    ['an unknown role', { ...ACME, contact: { name: 'J', role: 'boss' } }, 'contact.role'],
    ['networking without the name', { kind: 'networking', company: 'Acme' }, 'contact.name'],
    [
      'a posting that is not a web address',
      { ...ACME, postingUrl: 'javascript:alert(1)' },
      'postingUrl',
    ],
  ])('answers 422 naming the field for %s, and writes nothing', async (_, body, field) => {
    const before = await server.snapshot();
    const problem = expectProblem(
      await server.call('POST', '/api/opportunities', body),
      422,
      field,
    );
    expect(problem.reason).toBe('invalid-input');
    expect(problem.detail.startsWith(`${field}: `)).toBe(true);
    expect(await server.snapshot()).toEqual(before);
  });
});

describe('GET /api/opportunities/:id', () => {
  it('answers the opportunity with its version as the ETag', async () => {
    const added = await server.json('POST', '/api/opportunities', ACME);
    const res = await server.call('GET', `/api/opportunities/${added.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"${added.version}"`);
    expect(res.json()).toEqual(added);
  });

  it.each(['99', 'abc', '0', '1.5'])('answers 404 for the unknown id %s', async (id) => {
    const problem = expectProblem(await server.call('GET', `/api/opportunities/${id}`), 404, 'id');
    expect(problem.reason).toBe('unknown-opportunity');
  });
});

describe('GET /api/opportunities', () => {
  it('lists newest first, searched and filtered by status', async () => {
    await server.json('POST', '/api/opportunities', ACME);
    await server.json('POST', '/api/opportunities', {
      ...ACME,
      company: 'Globex',
      contact: undefined,
    });
    await server.json('POST', '/api/opportunities/2/events', { type: 'rejected' });
    const all = await server.json('GET', '/api/opportunities');
    expect(all.items.map((o: { company: string }) => o.company)).toEqual(['Globex', 'Acme']);
    expect(all.items[1]).toMatchObject({
      id: '1',
      contact: 'Jane Doe',
      status: 'active',
      next: { label: 'Follow-up 1 of 3', dueOn: '2026-11-23', overdue: false },
    });
    const found = await server.json('GET', '/api/opportunities?search=jane');
    expect(found.items.map((o: { id: string }) => o.id)).toEqual(['1']);
    const closed = await server.json('GET', '/api/opportunities?status=closed');
    expect(closed.items.map((o: { id: string }) => o.id)).toEqual(['2']);
    expect(await server.json('GET', '/api/opportunities?search=')).toEqual(all);
  });

  it('answers 422 for an unknown status', async () => {
    expectProblem(await server.call('GET', '/api/opportunities?status=pending'), 422, 'status');
  });

  it('answers 400 for a query parameter given twice', async () => {
    expectProblem(await server.call('GET', '/api/opportunities?search=a&search=b'), 400, 'search');
  });
});

describe('PATCH /api/opportunities/:id', () => {
  it('changes what was given, clears with null or "", and answers the new ETag', async () => {
    const added = await server.json('POST', '/api/opportunities', { ...ACME, notes: 'old' });
    const res = await server.call(
      'PATCH',
      `/api/opportunities/${added.id}`,
      {
        title: 'Senior Analyst',
        notes: null,
        postingUrl: '',
        contact: { email: 'j.doe@acme.example' },
      },
      { 'if-match': `"${added.version}"` },
    );
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o).toMatchObject({
      company: 'Acme',
      title: 'Senior Analyst',
      notes: null,
      postingUrl: null,
      contact: { name: 'Jane Doe', email: 'j.doe@acme.example', phone: '312 555 0199' },
    });
    expect(o.version).toBeGreaterThan(added.version);
    expect(res.headers.etag).toBe(`"${o.version}"`);
  });

  it('takes an edit without If-Match, or with If-Match: *', async () => {
    const added = await server.json('POST', '/api/opportunities', ACME);
    await server.json('PATCH', `/api/opportunities/${added.id}`, { title: 'A' });
    const o = await server.json(
      'PATCH',
      `/api/opportunities/${added.id}`,
      { title: 'B' },
      { 'if-match': '*' },
    );
    expect(o.title).toBe('B');
  });

  it('answers 412 for a stale If-Match and overwrites nothing', async () => {
    const added = await server.json('POST', '/api/opportunities', ACME);
    const id = added.id;
    await server.json(
      'PATCH',
      `/api/opportunities/${id}`,
      { title: 'Theirs' },
      { 'if-match': `"${added.version}"` },
    );
    const before = await server.snapshot();
    const problem = expectProblem(
      await server.call(
        'PATCH',
        `/api/opportunities/${id}`,
        { title: 'Mine' },
        { 'if-match': `"${added.version}"` },
      ),
      412,
      'if-match',
    );
    expect(problem.reason).toBe('stale-version');
    expect(await server.snapshot()).toEqual(before);
    expect((await server.json('GET', `/api/opportunities/${id}`)).title).toBe('Theirs');
  });

  it.each(['3', 'W/"3"', '"abc"', '"1", "2"'])(
    'answers 400 for the malformed If-Match %s',
    async (tag) => {
      const added = await server.json('POST', '/api/opportunities', ACME);
      const before = await server.snapshot();
      expectProblem(
        await server.call(
          'PATCH',
          `/api/opportunities/${added.id}`,
          { title: 'x' },
          { 'if-match': tag },
        ),
        400,
        'if-match',
      );
      expect(await server.snapshot()).toEqual(before);
    },
  );

  it('answers 404 for an unknown id', async () => {
    expectProblem(await server.call('PATCH', '/api/opportunities/7', { title: 'x' }), 404, 'id');
  });

  it('answers 400 for a field it does not have, 422 for a refused value; writes nothing', async () => {
    const added = await server.json('POST', '/api/opportunities', ACME);
    const before = await server.snapshot();
    expectProblem(
      await server.call('PATCH', `/api/opportunities/${added.id}`, { kind: 'networking' }),
      400,
      'kind',
    );
    expectProblem(
      await server.call('PATCH', `/api/opportunities/${added.id}`, { company: '' }),
      422,
      'company',
    );
    expectProblem(
      await server.call('PATCH', `/api/opportunities/${added.id}`, {
        title: 'ok',
        contact: { phone: 'x' },
      }),
      422,
      'contact.phone',
    );
    expect(await server.snapshot()).toEqual(before);
  });
});

describe('DELETE /api/opportunities/:id', () => {
  it('deletes the opportunity and its timeline: 204, then 404', async () => {
    const added = await server.json('POST', '/api/opportunities', ACME);
    const res = await server.call('DELETE', `/api/opportunities/${added.id}`);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expectProblem(await server.call('GET', `/api/opportunities/${added.id}`), 404, 'id');
    expect((await server.json('GET', '/api/today')).items).toEqual([]);
  });

  it('answers 404 for an unknown id', async () => {
    expectProblem(await server.call('DELETE', '/api/opportunities/5'), 404, 'id');
  });

  it('answers 412 for a stale If-Match and deletes nothing', async () => {
    const added = await server.json('POST', '/api/opportunities', ACME);
    await server.json('POST', `/api/opportunities/${added.id}/events`, { type: 'applied' });
    const before = await server.snapshot();
    expectProblem(
      await server.call('DELETE', `/api/opportunities/${added.id}`, undefined, {
        'if-match': `"${added.version}"`,
      }),
      412,
      'if-match',
    );
    expect(await server.snapshot()).toEqual(before);
  });
});

describe('GET /api/contacts', () => {
  it('lists the people, searched', async () => {
    await server.json('POST', '/api/opportunities', ACME);
    await server.json('POST', '/api/opportunities', {
      kind: 'networking',
      contact: { name: 'Sam Roe' },
    });
    const all = await server.json('GET', '/api/contacts');
    expect(all.items).toEqual([
      {
        id: expect.any(String),
        name: 'Jane Doe',
        email: 'jane@acme.example',
        phone: '312 555 0199',
        role: null,
        company: 'Acme',
        opportunities: 1,
        linkedinUrl: null,
        position: null,
        connectedOn: null,
        notes: null,
      },
      expect.objectContaining({ name: 'Sam Roe', company: null }),
    ]);
    const found = await server.json('GET', '/api/contacts?search=roe');
    expect(found.items.map((c: { name: string }) => c.name)).toEqual(['Sam Roe']);
  });

  it('answers 400 for a search given twice, 422 for a search with a control character', async () => {
    expectProblem(await server.call('GET', '/api/contacts?search=a&search=b'), 400, 'search');
    expectProblem(await server.call('GET', '/api/contacts?search=a%00b'), 422, 'search');
  });
});
