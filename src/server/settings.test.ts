import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACME, expectProblem, type TestServer, testServer } from './test-support/test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(() => server.close());

describe('GET /api/settings', () => {
  it('answers the settings with the full playbook and the coming holidays', async () => {
    const settings = await server.json('GET', '/api/settings');
    expect(settings).toMatchObject({
      timeZone: 'America/Chicago',
      holidays: 'US',
      name: null,
      weekendDays: ['sat', 'sun'],
      daysOff: [],
      playbook: { maxFollowUps: 3, followUpDayKind: 'business' },
    });
    expect(settings.upcomingHolidays[0]).toEqual({ date: '2026-11-26', name: 'Thanksgiving Day' });
  });
});

describe('PATCH /api/settings', () => {
  it('changes what was given; a change to the method replans every opportunity', async () => {
    await server.json('POST', '/api/opportunities', ACME);
    const settings = await server.json('PATCH', '/api/settings', {
      timeZone: 'Europe/Berlin',
      holidays: 'de-by',
      name: 'Sam Lee',
      phone: '312 555 0100',
      email: 'sam@example.com',
      weekendDays: ['fri', 'sat'],
      addDaysOff: ['2026-12-24'],
      playbook: { firstFollowUpDays: 5, followUpDayKind: 'calendar' },
    });
    expect(settings).toMatchObject({
      timeZone: 'Europe/Berlin',
      holidays: 'DE-BY',
      name: 'Sam Lee',
      weekendDays: ['fri', 'sat'],
      daysOff: ['2026-12-24'],
      playbook: { firstFollowUpDays: 5, followUpDayKind: 'calendar', maxFollowUps: 3 },
    });
    const o = await server.json('GET', '/api/opportunities/1');
    expect(o.next[0].dueOn).not.toBe('2026-11-23');
    const cleared = await server.json('PATCH', '/api/settings', {
      name: null,
      removeDaysOff: ['2026-12-24'],
    });
    expect(cleared).toMatchObject({ name: null, daysOff: [] });
  });

  it.each([
    ['a list that is a text', { weekendDays: 'sat' }, 'weekendDays'],
    [
      'a playbook number that is an object',
      { playbook: { maxFollowUps: { n: 3 } } },
      'playbook.maxFollowUps',
    ],
    ['a setting it does not have', { theme: 'dark' }, 'theme'],
  ])('answers 400 naming the field for %s, and writes nothing', async (_, body, field) => {
    const before = await server.snapshot();
    expectProblem(await server.call('PATCH', '/api/settings', body), 400, field);
    expect(await server.snapshot()).toEqual(before);
  });

  it.each([
    ['a time zone that is not one', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['an unknown holiday region', { holidays: 'XX-YY' }, 'holidays'],
    ['a weekday that is not one', { weekendDays: ['caturday'] }, 'weekendDays'],
    ['a day off that is not a date', { addDaysOff: ['2026-02-30'] }, 'addDaysOff'],
    ['an unknown playbook number', { playbook: { followUpsPerDay: 2 } }, 'playbook'],
    ['a playbook number out of range', { playbook: { maxFollowUps: 0 } }, 'playbook'],
    ['an e-mail address that is not one', { email: 'sam at example' }, 'email'],
  ])('answers 422 naming the field for %s, and writes nothing', async (_, body, field) => {
    const before = await server.snapshot();
    const problem = expectProblem(await server.call('PATCH', '/api/settings', body), 422, field);
    expect(problem.reason).toBe('invalid-input');
    expect(await server.snapshot()).toEqual(before);
  });
});

describe('GET /api/holidays', () => {
  it('answers the next public holidays of any region, without changing the settings', async () => {
    const before = await server.snapshot();
    const preview = await server.json('GET', '/api/holidays?region=de-by');
    expect(preview.region).toBe('DE-BY');
    expect(preview.items[0]).toEqual({ date: '2026-12-25', name: expect.any(String) });
    expect(preview.items.length).toBeGreaterThan(1);
    expect(await server.snapshot()).toEqual(before);
  });

  it('lists every region by name for the picker, Illinois among them', async () => {
    const regions = await server.json('GET', '/api/holidays/regions');
    expect(regions.items).toContainEqual({ code: 'US-IL', name: 'United States — Illinois' });
    expect(regions.items.length).toBeGreaterThan(300);
  });

  it('answers 422 for a region that is not one, 400 without a region', async () => {
    expectProblem(await server.call('GET', '/api/holidays?region=Narnia'), 422, 'region');
    expectProblem(await server.call('GET', '/api/holidays'), 400, 'region');
    expectProblem(await server.call('GET', '/api/holidays?region='), 400, 'region');
  });
});
