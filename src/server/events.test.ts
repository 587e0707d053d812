import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACME, expectProblem, type TestServer, testServer } from './test-support/test-server.js';

let server: TestServer;
let opportunity: { id: string; version: number };
beforeEach(async () => {
  server = await testServer();
  opportunity = await server.json('POST', '/api/opportunities', ACME);
});
afterEach(() => server.close());

async function logged(body: object) {
  return server.json('POST', `/api/opportunities/${opportunity.id}/events`, body);
}

describe('POST /api/opportunities/:id/events', () => {
  it('logs the event: 201 with the event, the opportunity afterwards and no warning', async () => {
    const res = await server.call('POST', `/api/opportunities/${opportunity.id}/events`, {
      type: 'voicemail',
      note: 'left the three-part message',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.event).toMatchObject({
      type: 'voicemail',
      date: '2026-11-23',
      note: 'left the three-part message',
    });
    expect(body.opportunity).toMatchObject({ id: opportunity.id, followUps: 1 });
    expect(body.opportunity.version).toBeGreaterThan(opportunity.version);
    expect(body.warnings).toEqual([]);
  });

  it('warns when a follow-up comes too soon, and logs it all the same', async () => {
    const body = await logged({ type: 'voicemail', on: '2026-11-19' });
    expect(body.warnings).toEqual([expect.stringContaining('too soon')]);
    expect(body.opportunity.followUps).toBe(1);
  });

  it('takes a future interview with its time', async () => {
    const body = await logged({ type: 'interview', at: '2026-11-30T10:00' });
    expect(body.event).toMatchObject({ date: '2026-11-30', at: '2026-11-30T10:00:00-06:00' });
    expect(body.opportunity.status).toBe('interviewing');
  });

  it('answers 404 for an unknown opportunity, and writes nothing', async () => {
    const before = await server.snapshot();
    const problem = expectProblem(
      await server.call('POST', '/api/opportunities/42/events', { type: 'voicemail' }),
      404,
      'id',
    );
    expect(problem.reason).toBe('unknown-opportunity');
    // The command line's hint ('ids are the numbers that "list" shows') is not for an API caller.
    expect(problem.detail).toBe('unknown opportunity "42": no opportunity has this id');
    expect(await server.snapshot()).toEqual(before);
  });

  it.each([
    ['no type', { on: '2026-11-23' }, 'type'],
    ['a number for a date', { type: 'voicemail', on: 20261123 }, 'on'],
    ['a field it does not have', { type: 'voicemail', when: 'today' }, 'when'],
  ])('answers 400 naming the field for %s, and writes nothing', async (_, body, field) => {
    const before = await server.snapshot();
    expectProblem(
      await server.call('POST', `/api/opportunities/${opportunity.id}/events`, body),
      400,
      field,
    );
    expect(await server.snapshot()).toEqual(before);
  });

  it.each([
    ['an unknown event type', { type: 'ghosted' }, 'type'],
    ['a date that does not exist', { type: 'voicemail', on: '2026-02-30' }, 'on'],
    ['a time that is not one', { type: 'interview', at: 'tomorrow 10am' }, 'at'],
    ['both on and at', { type: 'talked', on: '2026-11-23', at: '2026-11-23T10:00' }, 'at'],
    ['a future interview without its time', { type: 'interview', on: '2026-11-30' }, 'at'],
    ['a callback without until', { type: 'callback' }, 'until'],
    ['until on another event', { type: 'voicemail', until: '2026-12-01' }, 'until'],
  ])('answers 422 naming the field for %s, and writes nothing', async (_, body, field) => {
    const before = await server.snapshot();
    const problem = expectProblem(
      await server.call('POST', `/api/opportunities/${opportunity.id}/events`, body),
      422,
      field,
    );
    expect(problem.reason).toBe('invalid-input');
    expect(await server.snapshot()).toEqual(before);
  });
});

describe('PATCH /api/events/:id', () => {
  it('corrects the event; the plan is recomputed', async () => {
    const { event } = await logged({ type: 'voicemail' });
    const body = await server.json('PATCH', `/api/events/${event.id}`, {
      type: 'talked',
      note: 'she called back',
    });
    expect(body.event).toMatchObject({
      id: event.id,
      type: 'talked',
      date: '2026-11-23',
      note: 'she called back',
    });
    expect(body.opportunity.followUps).toBe(0);
    expect(body.warnings).toEqual([]);
  });

  it("takes the opportunity's current ETag as If-Match", async () => {
    const { event, opportunity: now } = await logged({ type: 'voicemail' });
    const body = await server.json(
      'PATCH',
      `/api/events/${event.id}`,
      { on: '2026-11-20' },
      { 'if-match': `"${now.version}"` },
    );
    expect(body.event.date).toBe('2026-11-20');
  });

  it('answers 412 for a stale If-Match and overwrites nothing', async () => {
    const { event, opportunity: then } = await logged({ type: 'voicemail' });
    await logged({ type: 'email' });
    const before = await server.snapshot();
    const problem = expectProblem(
      await server.call(
        'PATCH',
        `/api/events/${event.id}`,
        { type: 'talked' },
        { 'if-match': `"${then.version}"` },
      ),
      412,
      'if-match',
    );
    expect(problem.reason).toBe('stale-version');
    expect(await server.snapshot()).toEqual(before);
  });

  it('answers 400 for a malformed If-Match or body, 404 for an unknown event, 422 for a refused value', async () => {
    const { event } = await logged({ type: 'voicemail' });
    const before = await server.snapshot();
    expectProblem(
      await server.call(
        'PATCH',
        `/api/events/${event.id}`,
        { type: 'talked' },
        { 'if-match': 'v1' },
      ),
      400,
      'if-match',
    );
    expectProblem(await server.call('PATCH', `/api/events/${event.id}`, { type: 3 }), 400, 'type');
    const unknown = expectProblem(
      await server.call('PATCH', '/api/events/999', { type: 'talked' }),
      404,
      'id',
    );
    expect(unknown.reason).toBe('unknown-event');
    expectProblem(
      await server.call('PATCH', `/api/events/${event.id}`, { on: '2026-13-01' }),
      422,
      'on',
    );
    expectProblem(
      await server.call('PATCH', `/api/events/${event.id}`, { type: 'nope' }),
      422,
      'type',
    );
    expect(await server.snapshot()).toEqual(before);
  });
});

describe('DELETE /api/events/:id', () => {
  it('removes the event: 200 with the opportunity without it', async () => {
    const { event } = await logged({ type: 'voicemail' });
    const res = await server.call('DELETE', `/api/events/${event.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.event).toMatchObject({ id: event.id, type: 'voicemail' });
    expect(body.opportunity.events.map((e: { type: string }) => e.type)).toEqual(['applied']);
    expect(body.opportunity.followUps).toBe(0);
  });

  it('answers 404 for an unknown event, 412 for a stale If-Match, 400 for a malformed one', async () => {
    const { event, opportunity: then } = await logged({ type: 'voicemail' });
    await logged({ type: 'email' });
    const before = await server.snapshot();
    expectProblem(await server.call('DELETE', '/api/events/999'), 404, 'id');
    expectProblem(
      await server.call('DELETE', `/api/events/${event.id}`, undefined, {
        'if-match': `"${then.version}"`,
      }),
      412,
      'if-match',
    );
    expectProblem(
      await server.call('DELETE', `/api/events/${event.id}`, undefined, { 'if-match': 'x' }),
      400,
      'if-match',
    );
    expect(await server.snapshot()).toEqual(before);
  });
});
