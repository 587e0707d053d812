import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ACME,
  expectProblem,
  ORIGIN,
  type TestServer,
  testServer,
} from './test-support/test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
});
afterEach(() => server.close());

const pathOf = (url: string) => new URL(url).pathname;

describe('the calendar feed over HTTP', () => {
  it('is off until turned on; then its address is absolute, secret and long', async () => {
    expect(await server.json('GET', '/api/calendar')).toEqual({
      on: false,
      url: null,
      since: null,
    });
    const on = await server.json('POST', '/api/calendar');
    expect(on.on).toBe(true);
    expect(on.url).toMatch(/^http:\/\/127\.0\.0\.1:4545\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    // Turning it on again keeps the address already given out.
    expect((await server.json('POST', '/api/calendar')).url).toBe(on.url);
    expect((await server.json('GET', '/api/calendar')).url).toBe(on.url);
  });

  it('answers the feed as text/calendar, privately cached, with an ETag for refreshes', async () => {
    await server.json('POST', '/api/opportunities', ACME);
    const { url } = await server.json('POST', '/api/calendar');
    const res = await server.call('GET', pathOf(url));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    expect(res.headers['x-robots-tag']).toContain('noindex');
    const calendar = new ICAL.Component(ICAL.parse(res.body));
    const summaries = calendar
      .getAllSubcomponents('vevent')
      .map((e) => e.getFirstPropertyValue('summary'));
    expect(summaries).toEqual(['Call Jane Doe (Acme) — follow-up 1 of 3']);
    const again = await server.call('GET', pathOf(url), undefined, {
      'if-none-match': String(res.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    // A change to the plan changes the ETag.
    await server.json('POST', '/api/opportunities/1/events', { type: 'voicemail' });
    const changed = await server.call('GET', pathOf(url), undefined, {
      'if-none-match': String(res.headers.etag),
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toContain('follow-up 2 of 3');
  });

  it('answers 404 for a replaced or revoked address, and for any made-up one', async () => {
    const first = (await server.json('POST', '/api/calendar')).url;
    const second = (await server.json('POST', '/api/calendar/reset')).url;
    expect(second).not.toBe(first);
    expectProblem(await server.call('GET', pathOf(first)), 404, 'token');
    expect((await server.call('GET', pathOf(second))).statusCode).toBe(200);

    const off = await server.json('DELETE', '/api/calendar');
    expect(off).toMatchObject({ on: false, url: null });
    expectProblem(await server.call('GET', pathOf(second)), 404, 'token');
    const token = pathOf(second).slice('/calendar/'.length, -4);
    for (const path of [
      '/calendar/abc.ics',
      `/calendar/${token}`,
      `/calendar/${token}.ics.ics`,
      `/calendar/${'A'.repeat(43)}.ics`,
      "/calendar/' OR 1=1 --.ics",
    ]) {
      expectProblem(await server.call('GET', encodeURI(path)), 404);
    }
  });

  it('keeps the Host check on the feed, and the Origin check on its settings', async () => {
    const { url } = await server.json('POST', '/api/calendar');
    expectProblem(
      await server.call('GET', pathOf(url), undefined, { host: 'evil.example:4545' }),
      421,
      'host',
    );
    for (const [method, path] of [
      ['POST', '/api/calendar/reset'],
      ['DELETE', '/api/calendar'],
      ['POST', '/api/calendar'],
    ] as const) {
      expectProblem(
        await server.call(method, path, undefined, { origin: 'http://evil.example' }),
        403,
        'origin',
      );
    }
    expect((await server.json('GET', '/api/calendar')).url).toBe(url);
    // Its own pages may.
    const reset = await server.call('POST', '/api/calendar/reset', undefined, { origin: ORIGIN });
    expect(reset.statusCode).toBe(200);
  });
});

describe('GET /api/events/:id/calendar.ics', () => {
  it('gives one interview as a file to add to a calendar', async () => {
    await server.json('POST', '/api/opportunities', ACME);
    const logged = await server.json('POST', '/api/opportunities/1/events', {
      type: 'interview',
      at: '2026-12-03T10:00',
    });
    const res = await server.call('GET', `/api/events/${logged.event.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="interview-${logged.event.id}.ics"`,
    );
    const events = new ICAL.Component(ICAL.parse(res.body)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(events[0]?.getFirstPropertyValue('summary')).toBe(
      'Interview: Data Analyst at Acme with Jane Doe',
    );
    expect(res.body).toContain('DTSTART;TZID=America/Chicago:20261203T100000');
  });

  it('refuses an unknown event (404) and one that is not an interview (422)', async () => {
    await server.json('POST', '/api/opportunities', ACME);
    expectProblem(await server.call('GET', '/api/events/99/calendar.ics'), 404, 'id');
    expectProblem(await server.call('GET', '/api/events/x/calendar.ics'), 404, 'id');
    const applied = expectProblem(await server.call('GET', '/api/events/1/calendar.ics'), 422);
    expect(applied.detail).toContain('only an interview or a meeting');
  });
});
