import { afterEach, describe, expect, it } from 'vitest';
import { ACME, expectProblem, type TestServer, testServer } from './test-support/test-server.js';

let server: TestServer;
afterEach(() => server.close());

describe('GET /api/today', () => {
  it('answers the due steps with their scripts, the upcoming ones, and maxFollowUps', async () => {
    server = await testServer();
    await server.json('POST', '/api/opportunities', ACME);
    await server.json('POST', '/api/opportunities', {
      ...ACME,
      company: 'Globex',
      appliedOn: '2026-11-20',
    });
    const today = await server.json('GET', '/api/today');
    expect(today).toMatchObject({ date: '2026-11-23', maxFollowUps: 3, interviews: [] });
    expect(today.items).toHaveLength(1);
    expect(today.items[0]).toMatchObject({
      opportunityId: '1',
      action: 'follow-up',
      dueOn: '2026-11-23',
      label: 'Follow-up 1 of 3',
      contact: 'Jane Doe',
      contactPhone: '312 555 0199',
      company: 'Acme',
      overdue: false,
    });
    expect(today.items[0].script).toContain('Data Analyst');
    expect(today.upcoming.map((i: { company: string }) => i.company)).toEqual(['Globex']);
  });

  it("takes maxFollowUps from the user's playbook", async () => {
    server = await testServer();
    await server.json('POST', '/api/opportunities', ACME);
    await server.json('PATCH', '/api/settings', { playbook: { maxFollowUps: 5 } });
    const today = await server.json('GET', '/api/today');
    expect(today.maxFollowUps).toBe(5);
    expect(today.items[0].label).toBe('Follow-up 1 of 5');
  });

  it("answers for the server's clock, not the machine's", async () => {
    server = await testServer({ now: '2027-03-02' });
    expect((await server.json('GET', '/api/today')).date).toBe('2027-03-02');
    await server.close();
    // 23:30 in Chicago is already the next day in UTC: the day is the user's.
    server = await testServer({ now: '2027-03-02T23:30:00-06:00' });
    expect((await server.json('GET', '/api/today')).date).toBe('2027-03-02');
  });

  it('lists an interview still to come', async () => {
    server = await testServer();
    await server.json('POST', '/api/opportunities', ACME);
    await server.json('POST', '/api/opportunities/1/events', {
      type: 'interview',
      at: '2026-11-25T10:00',
    });
    const today = await server.json('GET', '/api/today');
    expect(today.interviews).toEqual([
      expect.objectContaining({ opportunityId: '1', type: 'interview', date: '2026-11-25' }),
    ]);
  });

  it('refuses a foreign Host', async () => {
    server = await testServer();
    expectProblem(await server.call('GET', '/api/today', undefined, { host: 'evil.example' }), 421);
  });
});

describe('GET /api/holding', () => {
  it('answers the opportunities in the holding file', async () => {
    server = await testServer();
    expect(await server.json('GET', '/api/holding')).toEqual({
      items: [],
      total: 0,
      nextCursor: null,
    });
    await server.json('POST', '/api/opportunities', ACME);
    await server.json('POST', '/api/opportunities/1/events', { type: 'hold' });
    const { items } = await server.json('GET', '/api/holding');
    expect(items).toEqual([
      expect.objectContaining({
        opportunityId: '1',
        heldOn: '2026-11-23',
        company: 'Acme',
        contact: 'Jane Doe',
        contactPhone: '312 555 0199',
      }),
    ]);
  });

  it('refuses a foreign Host', async () => {
    server = await testServer();
    expectProblem(
      await server.call('GET', '/api/holding', undefined, { host: 'evil.example' }),
      421,
    );
  });
});
