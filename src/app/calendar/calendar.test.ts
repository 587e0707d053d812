import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { must, refused, type TestApp, testApp } from '../test-support/test-app.js';
import {
  getCalendar,
  isSecret,
  newSecret,
  openCalendar,
  resetCalendar,
  revokeCalendar,
} from './calendar.js';
import { calendarFeed } from './feed.js';

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.close());

const tokenOf = (path: string | null) => (path ?? '').slice('/calendar/'.length, -'.ics'.length);

describe('the calendar feed address', () => {
  it('holds 256 random bits as 43 base64url characters, never the same twice', () => {
    const secrets = Array.from({ length: 200 }, () => newSecret());
    expect(new Set(secrets).size).toBe(200);
    for (const s of secrets) {
      expect(s).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(isSecret(s)).toBe(true);
    }
    expect(Buffer.from(secrets[0] ?? '', 'base64url')).toHaveLength(32);
  });

  it('is replaced by reset and removed by revoke; the UIDs keep their key through both', async () => {
    expect((await getCalendar(app.ctx)).on).toBe(false);
    const first = tokenOf((await openCalendar(app.ctx)).path);
    const key = must(await calendarFeed(app.ctx, first)).uidKey;
    const second = tokenOf((await resetCalendar(app.ctx)).path);
    expect(second).not.toBe(first);
    expect(refused(await calendarFeed(app.ctx, first))).toMatchObject({
      reason: 'unknown-calendar',
    });
    expect(must(await calendarFeed(app.ctx, second)).uidKey).toBe(key);
    expect(await revokeCalendar(app.ctx)).toMatchObject({ on: false, path: null });
    expect(refused(await calendarFeed(app.ctx, second)).reason).toBe('unknown-calendar');
    const third = tokenOf((await openCalendar(app.ctx)).path);
    expect([first, second]).not.toContain(third);
    expect(must(await calendarFeed(app.ctx, third)).uidKey).toBe(key);
  });
});
