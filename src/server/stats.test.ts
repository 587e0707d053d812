import { afterEach, describe, expect, it } from 'vitest';
import { ACME, expectProblem, type TestServer, testServer } from './test-support/test-server.js';

let server: TestServer;
afterEach(() => server.close());

// ACME is applied on Wed 18 Nov: follow-up 1 is due Mon 23 Nov.
async function search(now: string): Promise<void> {
  server = await testServer({ now });
  await server.json('POST', '/api/opportunities', ACME);
  await server.json('POST', '/api/opportunities/1/events', { type: 'email', on: '2026-11-24' });
  await server.json('POST', '/api/opportunities/1/events', { type: 'reply', on: '2026-11-25' });
}

describe('GET /api/stats', () => {
  it('answers the numbers of the search: #1 a day late by e-mail, answered by a reply', async () => {
    await search('2026-12-01');
    const stats = await server.json('GET', '/api/stats');
    expect(stats).toMatchObject({
      from: null,
      to: '2026-12-01',
      opportunities: { total: 1, active: 1 },
      funnel: { started: 1, answered: 1, interviewed: 0, offers: 0 },
      steps: { onTime: 0, early: 0, late: 1, missed: 0 },
      followedUp: { started: 1, withAFollowUp: 1 },
    });
    expect(stats.followUps[1]).toEqual({ number: 1, made: 1, answered: 1 });
    expect(stats.channels).toEqual([
      { channel: 'call', made: 0, answered: 0 },
      { channel: 'email', made: 1, answered: 1 },
      { channel: 'message', made: 0, answered: 0 },
    ]);
  });

  it('counts only what is dated in [from, to]', async () => {
    await search('2026-12-01');
    const stats = await server.json('GET', '/api/stats?from=2026-11-25&to=2026-11-30');
    expect(stats.from).toBe('2026-11-25');
    expect(stats.followUps[1]).toEqual({ number: 1, made: 0, answered: 0 });
    expect(stats.funnel.started).toBe(0);
  });

  it('refuses a date that is not one, or a from after to, naming the field (422)', async () => {
    await search('2026-12-01');
    expectProblem(await server.call('GET', '/api/stats?from=2026-13-01'), 422, 'from');
    expectProblem(await server.call('GET', '/api/stats?to=soon'), 422, 'to');
    expectProblem(
      await server.call('GET', '/api/stats?from=2026-12-02&to=2026-12-01'),
      422,
      'from',
    );
  });

  it('the weeks: twelve, Monday first, the late e-mail in the week of 23 Nov', async () => {
    await search('2026-12-01');
    const { weeks } = await server.json('GET', '/api/stats/weeks');
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1).week).toBe('2026-11-30');
    expect(weeks.at(-2)).toEqual({ week: '2026-11-23', onTime: 0, early: 0, late: 1, missed: 0 });
  });

  it('is in the OpenAPI document', async () => {
    await search('2026-12-01');
    const doc = await server.json('GET', '/api/openapi.json');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/stats', '/api/stats/weeks']),
    );
  });
});
