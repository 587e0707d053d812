import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../core/playbook.js';
import { openTestStore } from '../store/test-support/test-store.js';
import { openAccount } from './account.js';
import { showOpportunity } from './opportunities.js';
import { getSettings, type SettingsInput, updateSettings } from './settings.js';
import {
  addJob,
  expectedCache,
  fixedClock,
  log,
  must,
  refused,
  snapshot,
  storedCache,
  type TestApp,
  testApp,
} from './test-support/test-app.js';
import { today } from './today.js';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

async function expectCachesCurrent(ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    expect(await storedCache(app, Number(id))).toEqual(await expectedCache(app, Number(id)));
  }
}

describe('settings: defaults', () => {
  it('a new account starts in region US, with a sat/sun weekend and the default playbook', async () => {
    const store = await openTestStore();
    const ctx = await openAccount(
      store,
      fixedClock(() => '2026-11-23'),
      () => 'Europe/Berlin',
    );
    app = { ctx, store, setNow: () => undefined, close: () => store.close() };
    expect(await getSettings(ctx)).toEqual({
      timeZone: 'Europe/Berlin',
      holidays: 'US',
      name: null,
      phone: null,
      email: null,
      weekendDays: ['sat', 'sun'],
      daysOff: [],
      playbook: DEFAULT_PLAYBOOK,
      upcomingHolidays: expect.any(Array),
    });
    // Opening again finds the same account and leaves its settings alone.
    const again = await openAccount(
      store,
      fixedClock(() => '2026-11-23'),
      () => 'Asia/Tokyo',
    );
    expect(again.accountId).toBe(ctx.accountId);
    expect((await getSettings(again)).timeZone).toBe('Europe/Berlin');
  });

  it('upcomingHolidays lists the next public holidays of the region', async () => {
    app = await testApp({ now: '2026-11-23' });
    expect((await getSettings(app.ctx)).upcomingHolidays.slice(0, 4)).toEqual([
      { date: '2026-11-26', name: 'Thanksgiving Day' },
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2027-01-01', name: "New Year's Day" },
      { date: '2027-01-18', name: 'Martin Luther King Jr. Day' },
    ]);
    const gb = must(await updateSettings(app.ctx, { holidays: 'gb' }));
    expect(gb.holidays).toBe('GB');
    expect(gb.upcomingHolidays.slice(0, 3)).toEqual([
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-26', name: 'Boxing Day' },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });
});

describe('updateSettings', () => {
  it('normalises what it accepts and keeps what it is not given', async () => {
    app = await testApp({ now: '2026-11-23' });
    const view = must(
      await updateSettings(app.ctx, {
        timeZone: 'america/new_york',
        holidays: ' de-by ',
        name: '  Sam Lee ',
        phone: '312 555 0100',
        email: 'sam@example.com',
        weekendDays: ['Friday', 'sat'],
        addDaysOff: ['2026-12-24', '2026-12-31'],
        playbook: { maxFollowUps: '4', followUpDayKind: 'Calendar' },
      }),
    );
    expect(view).toMatchObject({
      timeZone: 'America/New_York',
      holidays: 'DE-BY',
      name: 'Sam Lee',
      weekendDays: ['fri', 'sat'],
      daysOff: ['2026-12-24', '2026-12-31'],
      playbook: { ...DEFAULT_PLAYBOOK, maxFollowUps: 4, followUpDayKind: 'calendar' },
    });
    const after = must(
      await updateSettings(app.ctx, { removeDaysOff: ['2026-12-24'], name: null }),
    );
    expect(after).toMatchObject({
      timeZone: 'America/New_York',
      holidays: 'DE-BY',
      name: null,
      email: 'sam@example.com',
      daysOff: ['2026-12-31'],
    });
    expect(await getSettings(app.ctx)).toEqual(after);
  });

  const refusals: readonly [string, SettingsInput, string][] = [
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timezone'],
    ['a blank time zone', { timeZone: ' ' }, 'timezone'],
    ['region XX', { holidays: 'XX' }, 'holidays'],
    ['region US-ZZ', { holidays: 'US-ZZ' }, 'holidays'],
    ['a region that is not a code', { holidays: 'United States' }, 'holidays'],
    [
      'a weekend of all seven days',
      { weekendDays: ['mon,tue,wed,thu,fri', 'sat', 'sun'] },
      'weekend',
    ],
    ['a weekday that does not exist', { weekendDays: ['funday'] }, 'weekend'],
    ['a bad day-off date', { addDaysOff: ['2026-12-24', '2026-13-01'] }, 'day-off'],
    ['an unknown playbook key', { playbook: { patience: 9 } }, 'playbook'],
    ['checkInMaxDays below checkInMinDays', { playbook: { checkInMaxDays: 5 } }, 'playbook'],
    ['a playbook number that is not a number', { playbook: { maxFollowUps: 'three' } }, 'playbook'],
    ['a playbook number out of range', { playbook: { maxFollowUps: 0 } }, 'playbook'],
    ['a bad day kind', { playbook: { followUpDayKind: 'lunar' } }, 'playbook'],
    ['a bad e-mail', { email: 'sam' }, 'email'],
    ['a bad phone', { phone: 'call me' }, 'phone'],
  ];

  it.each(refusals)('refuses %s and writes nothing', async (_name, input, field) => {
    app = await testApp({ now: '2026-12-28' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-12-22' });
    const before = await snapshot(app);
    // A valid change beside the bad one must not be written either.
    const failure = refused(
      await updateSettings(app.ctx, { holidays: 'GB', name: 'Sam', ...input }),
    );
    expect(failure).toMatchObject({ reason: 'invalid-input', field });
    expect(failure.message).not.toContain('\n');
    expect(await snapshot(app)).toEqual(before);
  });
});

describe('updateSettings replans every opportunity in the same transaction', () => {
  it('US -> GB: an application on Tue 2026-12-22 moves from Mon 28 to Tue 29 Dec', async () => {
    app = await testApp({ now: '2026-12-28' });
    const applied = await addJob(app, { company: 'Applied' });
    await log(app, applied.id, 'applied', { on: '2026-12-22' });
    const met = await addJob(app, { company: 'Met' });
    await log(app, met.id, 'interview', { on: '2026-12-24' });
    const untouched = await addJob(app, { company: 'Closed' });
    await log(app, untouched.id, 'applied', { on: '2026-12-01' });
    await log(app, untouched.id, 'offer', { on: '2026-12-02' });

    const before = await today(app.ctx);
    expect(before.items.map((i) => [i.company, i.action, i.dueOn])).toEqual([
      ['Applied', 'follow-up', '2026-12-28'],
      ['Met', 'thank-you-call', '2026-12-28'],
      ['Met', 'thank-you-note', '2026-12-28'],
    ]);

    must(await updateSettings(app.ctx, { holidays: 'GB' }));
    await expectCachesCurrent([applied.id, met.id, untouched.id]);
    const after = await today(app.ctx);
    expect(after.items).toEqual([]);
    expect(after.upcoming.slice(0, 3).map((i) => [i.company, i.action, i.dueOn])).toEqual([
      ['Applied', 'follow-up', '2026-12-29'],
      ['Met', 'thank-you-call', '2026-12-29'],
      ['Met', 'thank-you-note', '2026-12-29'],
    ]);
    expect(must(await showOpportunity(app.ctx, applied.id)).next[0]?.dueOn).toBe('2026-12-29');

    must(await updateSettings(app.ctx, { holidays: 'US' }));
    await expectCachesCurrent([applied.id, met.id, untouched.id]);
    expect((await today(app.ctx)).items).toHaveLength(3);
  });

  it('a personal day off moves the follow-up past it; removing it moves it back', async () => {
    app = await testApp({ now: '2026-12-28' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-12-22' });
    expect((await storedCache(app, Number(o.id))).steps[0]?.dueOn).toBe('2026-12-28');

    must(await updateSettings(app.ctx, { addDaysOff: ['2026-12-23'] }));
    expect((await storedCache(app, Number(o.id))).steps[0]?.dueOn).toBe('2026-12-29');
    expect((await today(app.ctx)).items).toEqual([]);

    must(await updateSettings(app.ctx, { removeDaysOff: ['2026-12-23'] }));
    expect((await storedCache(app, Number(o.id))).steps[0]?.dueOn).toBe('2026-12-28');
    expect((await today(app.ctx)).items.map((i) => i.opportunityId)).toEqual([o.id]);
  });

  it('a fri/sat weekend makes Sunday a business day', async () => {
    app = await testApp({ now: '2026-12-28' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-12-22' });
    must(await updateSettings(app.ctx, { weekendDays: ['fri', 'sat'] }));
    // Wed 23 (1), Thu 24 (2), Fri 25 and Sat 26 off, Sun 27 (3).
    expect((await storedCache(app, Number(o.id))).steps[0]?.dueOn).toBe('2026-12-27');
    expect((await today(app.ctx)).items[0]).toMatchObject({ dueOn: '2026-12-27', overdue: true });
  });

  it('a playbook change replans: follow-up #1 after 5 business days', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    must(await updateSettings(app.ctx, { playbook: { firstFollowUpDays: 5 } }));
    // Tue 24, Wed 25, (Thanksgiving), Fri 27, Mon 30, Tue 1 Dec.
    expect((await storedCache(app, Number(o.id))).steps[0]?.dueOn).toBe('2026-12-01');
    await expectCachesCurrent([o.id]);
  });

  it('a change that leaves the method alone does not rewrite the caches', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app);
    await log(app, o.id, 'applied');
    const version = must(await showOpportunity(app.ctx, o.id)).version;
    must(await updateSettings(app.ctx, { name: 'Sam Lee', phone: '312 555 0100' }));
    expect(must(await showOpportunity(app.ctx, o.id)).version).toBe(version);
    // The script signs with the new name.
    expect((await today(app.ctx)).upcoming[0]?.script).toContain('Sam Lee');
  });

  it('the time zone decides what today is', async () => {
    app = await testApp({ now: '2026-11-24T05:30:00Z' });
    expect((await today(app.ctx)).date).toBe('2026-11-23');
    must(await updateSettings(app.ctx, { timeZone: 'Europe/Berlin' }));
    expect((await today(app.ctx)).date).toBe('2026-11-24');
  });
});
