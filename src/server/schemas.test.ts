import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import {
  Contacts,
  Holding,
  Holidays,
  Logged,
  Opportunities,
  Opportunity,
  Problem,
  Settings,
  Today,
} from '../contract/index.js';
import { ACME, type TestServer, testServer } from './test-support/test-server.js';

// The server sends the views as they are; these are the answers the OpenAPI document promises.
let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(() => server.close());

function fits(schema: ZodType, body: unknown): void {
  const result = schema.safeParse(body);
  expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
}

describe('answers fit their documented schemas', () => {
  it('every route, with every kind of step, event and list filled in', async () => {
    fits(Opportunity, await server.json('POST', '/api/opportunities', ACME));
    await server.json('POST', '/api/opportunities', {
      ...ACME,
      company: 'Globex',
      appliedOn: '2026-11-02',
    });
    for (const type of ['voicemail', 'email', 'no-answer']) {
      await server.json('POST', '/api/opportunities/2/events', { type, on: '2026-11-10' });
    }
    await server.json('POST', '/api/opportunities', {
      kind: 'networking',
      contact: { name: 'Sam Roe' },
    });
    fits(
      Logged,
      await server.json('POST', '/api/opportunities/3/events', {
        type: 'meeting',
        at: '2026-11-25T09:30',
      }),
    );
    const interviewed = await server.json('POST', '/api/opportunities', {
      ...ACME,
      company: 'Initech',
      appliedOn: '2026-11-02',
    });
    await server.json('POST', `/api/opportunities/${interviewed.id}/events`, {
      type: 'interview',
      on: '2026-11-20',
      note: 'went well',
    });
    fits(
      Logged,
      await server.json('POST', `/api/opportunities/${interviewed.id}/events`, {
        type: 'callback',
        until: '2026-12-01',
      }),
    );
    fits(Opportunity, await server.json('GET', `/api/opportunities/${interviewed.id}`));
    fits(Opportunity, await server.json('PATCH', '/api/opportunities/1', { notes: 'x' }));
    fits(Logged, await server.json('PATCH', '/api/events/1', { note: 'typed later' }));
    fits(Logged, await server.json('DELETE', '/api/events/1'));
    const today = await server.json('GET', '/api/today');
    expect(today.items.length + today.upcoming.length).toBeGreaterThan(1);
    expect(today.interviews.length).toBeGreaterThan(0);
    fits(Today, today);
    const holding = await server.json('GET', '/api/holding');
    expect(holding.items.length).toBeGreaterThan(0);
    fits(Holding, holding);
    fits(Opportunities, await server.json('GET', '/api/opportunities'));
    fits(Contacts, await server.json('GET', '/api/contacts'));
    fits(Settings, await server.json('GET', '/api/settings'));
    fits(Settings, await server.json('PATCH', '/api/settings', { name: 'Sam' }));
    fits(Holidays, await server.json('GET', '/api/holidays?region=GB'));
    fits(Problem, (await server.call('GET', '/api/opportunities/99')).json());
  });
});
