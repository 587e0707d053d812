import { afterEach, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../core/events.js';
import { deleteEvent, editEvent, logEvent } from './events.js';
import { showOpportunity } from './opportunities.js';
import {
  addJob,
  expectedCache,
  log,
  must,
  refused,
  snapshot,
  storedCache,
  type TestApp,
  testApp,
} from './test-support/test-app.js';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

const next = (view: { next: readonly { action: string; dueOn: string; dueBy: string }[] }) =>
  view.next.map((s) => [s.action, s.dueOn, s.dueBy]);

describe('logEvent: every event type', () => {
  it.each(EVENT_TYPES)('accepts %s and rewrites the cache from the timeline', async (type) => {
    app = await testApp({ now: '2026-12-10' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-12-01' });
    // R13: a thank-you needs an interview before it, a revive a held opportunity.
    const before =
      type === 'thank-you-call' || type === 'thank-you-note'
        ? 'interview'
        : type === 'revive'
          ? 'hold'
          : null;
    if (before) await log(app, o.id, before, { on: '2026-12-04' });
    const extra = type === 'callback' ? { until: '2026-12-20' } : {};
    const logged = await log(app, o.id, type, { on: '2026-12-07', ...extra });
    expect(logged.event).toMatchObject({ type, date: '2026-12-07' });
    expect(logged.opportunity.events.map((e) => e.type)).toEqual(
      before ? ['applied', before, type] : ['applied', type],
    );
    expect(await storedCache(app, Number(o.id))).toEqual(await expectedCache(app, Number(o.id)));
  });

  it('normalises the event type (case and spaces)', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app);
    const logged = await log(app, o.id, '  Applied ');
    expect(logged.event.type).toBe('applied');
  });

  it('the worked example 1 ends in the holding file on Thu 2026-12-10 (R1-R3)', async () => {
    app = await testApp({ now: '2026-12-09' });
    const o = await addJob(app);
    expect(next((await log(app, o.id, 'applied', { on: '2026-11-23' })).opportunity)).toEqual([
      ['follow-up', '2026-11-27', '2026-11-27'],
    ]);
    expect(next((await log(app, o.id, 'voicemail', { on: '2026-11-27' })).opportunity)).toEqual([
      ['follow-up', '2026-12-02', '2026-12-02'],
    ]);
    expect(next((await log(app, o.id, 'no-answer', { on: '2026-12-02' })).opportunity)).toEqual([
      ['follow-up', '2026-12-07', '2026-12-07'],
    ]);
    const last = (await log(app, o.id, 'voicemail', { on: '2026-12-07' })).opportunity;
    expect(last).toMatchObject({ status: 'active', followUps: 3, holdsOn: '2026-12-10', next: [] });
    app.setNow('2026-12-10');
    expect(must(await showOpportunity(app.ctx, o.id))).toMatchObject({
      status: 'holding',
      heldOn: '2026-12-10',
    });
  });
});

describe('logEvent: the date of an event is its date in the user time zone', () => {
  it('defaults to today in America/Chicago: 05:30Z on 24 Nov is still 23 Nov', async () => {
    app = await testApp({ now: '2026-11-24T05:30:00Z', timeZone: 'America/Chicago' });
    const o = await addJob(app);
    const { event } = await log(app, o.id, 'applied');
    expect(event.date).toBe('2026-11-23');
  });

  it('defaults to today in Europe/Berlin: 23:30Z on 23 Nov is already 24 Nov', async () => {
    app = await testApp({
      now: '2026-11-23T23:30:00Z',
      timeZone: 'Europe/Berlin',
      region: 'DE-BY',
    });
    const o = await addJob(app);
    const { event } = await log(app, o.id, 'applied');
    expect(event.date).toBe('2026-11-24');
  });

  it('at with an offset is kept as that moment in the user zone, dated there', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app);
    // 03:00 in Berlin on 4 Dec is 20:00 in Chicago on 3 Dec.
    const { event } = await log(app, o.id, 'interview', { at: '2026-12-04T03:00:00+01:00' });
    expect(event).toMatchObject({ date: '2026-12-03', at: '2026-12-03T20:00:00-06:00' });
  });

  it('at as a local date-time is read in the user zone', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app);
    const { event, opportunity } = await log(app, o.id, 'interview', { at: '2026-12-03T10:00' });
    expect(event).toMatchObject({ date: '2026-12-03', at: '2026-12-03T10:00:00-06:00' });
    // R5: nothing is due before the interview; the thank-yous come the next business day.
    expect(next(opportunity)).toEqual([
      ['thank-you-call', '2026-12-04', '2026-12-04'],
      ['thank-you-note', '2026-12-04', '2026-12-04'],
      ['check-in', '2026-12-10', '2026-12-11'],
    ]);
    expect(opportunity.status).toBe('interviewing');
  });

  it('a past interview may be logged with a date only (R5: held on that date)', async () => {
    app = await testApp({ now: '2026-11-30' });
    const o = await addJob(app);
    const { event, opportunity } = await log(app, o.id, 'interview', { on: '2026-11-25' });
    expect(event).toMatchObject({ date: '2026-11-25', at: null });
    expect(opportunity.next[0]).toMatchObject({
      action: 'thank-you-call',
      dueOn: '2026-11-27',
      overdue: true,
    });
  });
});

describe('logEvent: R11 too soon', () => {
  it('R11: a voicemail before follow-up #1 is due is counted, with a "too soon" warning', async () => {
    app = await testApp({ now: '2026-11-25' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const logged = await log(app, o.id, 'voicemail', { on: '2026-11-25' });
    expect(logged.warnings).toHaveLength(1);
    expect(logged.warnings[0]).toContain('too soon');
    expect(logged.warnings[0]).toContain('Fri 27 Nov 2026');
    expect(logged.opportunity.followUps).toBe(1);
  });

  it('R11: a 4th attempt before the holding date warns that the run was complete', async () => {
    app = await testApp({ now: '2026-12-08' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    await log(app, o.id, 'voicemail', { on: '2026-11-27' });
    await log(app, o.id, 'no-answer', { on: '2026-12-02' });
    await log(app, o.id, 'voicemail', { on: '2026-12-07' });
    const logged = await log(app, o.id, 'email', { on: '2026-12-08' });
    expect(logged.warnings).toHaveLength(1);
    expect(logged.warnings[0]).toMatch(/^too soon: all 3 follow-ups/);
    expect(logged.warnings[0]).toContain('Thu 10 Dec 2026');
  });

  it('R11: attempts made on their due dates give no warning', async () => {
    app = await testApp({ now: '2026-12-07' });
    const o = await addJob(app);
    expect((await log(app, o.id, 'applied', { on: '2026-11-23' })).warnings).toEqual([]);
    expect((await log(app, o.id, 'voicemail', { on: '2026-11-27' })).warnings).toEqual([]);
    expect((await log(app, o.id, 'no-answer', { on: '2026-12-02' })).warnings).toEqual([]);
    expect((await log(app, o.id, 'voicemail', { on: '2026-12-07' })).warnings).toEqual([]);
  });

  it('R11: a late attempt gives no warning', async () => {
    app = await testApp({ now: '2026-12-01' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    expect((await log(app, o.id, 'voicemail')).warnings).toEqual([]);
  });

  it('warns that a closed opportunity stays closed, and keeps the event', async () => {
    app = await testApp({ now: '2026-12-03' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    await log(app, o.id, 'offer', { on: '2026-12-01' });
    const logged = await log(app, o.id, 'voicemail');
    expect(logged.warnings).toEqual([expect.stringContaining('already closed')]);
    expect(logged.opportunity).toMatchObject({ status: 'closed', next: [] });
    expect(logged.opportunity.events).toHaveLength(3);
  });

  it('warns about an attempt dated after today', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app);
    const logged = await log(app, o.id, 'applied', { on: '2026-11-30' });
    expect(logged.warnings).toEqual([expect.stringContaining('after today')]);
  });
});

describe('logEvent: refusals write nothing', () => {
  const cases: readonly [string, Record<string, string>, string, string][] = [
    [
      'unknown opportunity 999',
      { opportunity: '999', type: 'voicemail' },
      'unknown-opportunity',
      'opportunity',
    ],
    [
      'an opportunity id past the 32-bit ids of PostgreSQL',
      { opportunity: '99999999999', type: 'voicemail' },
      'unknown-opportunity',
      'opportunity',
    ],
    [
      'unknown opportunity abc',
      { opportunity: 'abc', type: 'voicemail' },
      'unknown-opportunity',
      'opportunity',
    ],
    [
      'an empty opportunity id',
      { opportunity: '', type: 'voicemail' },
      'unknown-opportunity',
      'opportunity',
    ],
    ['an unknown event type', { type: 'lunch' }, 'invalid-input', 'event'],
    ['an impossible date', { type: 'voicemail', on: '2026-02-30' }, 'invalid-input', 'on'],
    ['a date in another format', { type: 'voicemail', on: '11/27/2026' }, 'invalid-input', 'on'],
    [
      'on and at together',
      { type: 'interview', on: '2026-12-03', at: '2026-12-03T10:00' },
      'invalid-input',
      'at',
    ],
    ['a bad at', { type: 'interview', at: '2026-12-03 at ten' }, 'invalid-input', 'at'],
    [
      'a future interview without at',
      { type: 'interview', on: '2026-12-03' },
      'invalid-input',
      'at',
    ],
    ['a future meeting without at', { type: 'meeting', on: '2026-12-03' }, 'invalid-input', 'at'],
    ['a callback without until', { type: 'callback' }, 'invalid-input', 'until'],
    [
      'a callback with until before it',
      { type: 'callback', on: '2026-11-27', until: '2026-11-26' },
      'invalid-input',
      'until',
    ],
    [
      'a callback with a bad until',
      { type: 'callback', until: '2026-12-32' },
      'invalid-input',
      'until',
    ],
    ['until on a voicemail', { type: 'voicemail', until: '2026-12-10' }, 'invalid-input', 'until'],
    [
      'a note with a control character',
      { type: 'note', note: 'clear \u001b[2J screen' },
      'invalid-input',
      'note',
    ],
    ['a 6000-character note', { type: 'note', note: 'x'.repeat(6000) }, 'invalid-input', 'note'],
  ];

  it.each(cases)('refuses %s', async (_name, input, reason, field) => {
    app = await testApp({ now: '2026-11-27' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const before = await snapshot(app);
    const result = await logEvent(app.ctx, { opportunity: o.id, type: 'voicemail', ...input });
    const failure = refused(result);
    expect(failure).toMatchObject({ reason, field });
    expect(failure.message).not.toContain('\n');
    expect(await snapshot(app)).toEqual(before);
  });

  it('accepts a note of exactly 5000 characters and keeps its lines', async () => {
    app = await testApp({ now: '2026-11-27' });
    const o = await addJob(app);
    const note = `${'x'.repeat(4000)}\n${'y'.repeat(999)}`;
    const { event } = await log(app, o.id, 'note', { note });
    expect(event.note).toBe(note);
  });
});

describe('editEvent and deleteEvent recompute the plan', () => {
  it('moving an attempt moves the next follow-up; deleting it brings #1 back', async () => {
    app = await testApp({ now: '2026-11-30' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const { event } = await log(app, o.id, 'voicemail', { on: '2026-11-27' });
    expect((await storedCache(app, Number(o.id))).steps[0]).toMatchObject({
      dueOn: '2026-12-02',
      followUpNumber: 2,
    });

    const edited = must(await editEvent(app.ctx, { event: event.id, on: '2026-11-30' }));
    expect(edited.event).toMatchObject({ type: 'voicemail', date: '2026-11-30' });
    expect(next(edited.opportunity)).toEqual([['follow-up', '2026-12-03', '2026-12-03']]);
    expect(await storedCache(app, Number(o.id))).toEqual(await expectedCache(app, Number(o.id)));

    const typed = must(await editEvent(app.ctx, { event: event.id, type: 'reply' }));
    expect(typed.event).toMatchObject({ type: 'reply', date: '2026-11-30' });
    expect(next(typed.opportunity)).toEqual([['check-in', '2026-12-07', '2026-12-10']]);

    const deleted = must(await deleteEvent(app.ctx, event.id));
    expect(deleted.event.id).toBe(event.id);
    expect(deleted.opportunity.events.map((e) => e.type)).toEqual(['applied']);
    expect(next(deleted.opportunity)).toEqual([['follow-up', '2026-11-27', '2026-11-27']]);
    expect(await storedCache(app, Number(o.id))).toEqual(await expectedCache(app, Number(o.id)));
  });

  it('an edit keeps what it does not name: a callback keeps its until, a note its text', async () => {
    app = await testApp({ now: '2026-11-30' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const { event } = await log(app, o.id, 'callback', {
      on: '2026-11-25',
      until: '2026-12-07',
      note: 'after their offsite',
    });
    const edited = must(await editEvent(app.ctx, { event: event.id, on: '2026-11-24' }));
    expect(edited.event).toMatchObject({
      date: '2026-11-24',
      until: '2026-12-07',
      note: 'after their offsite',
    });
    // R8: the callback date replaces follow-up #1.
    expect(next(edited.opportunity)).toEqual([['follow-up', '2026-12-07', '2026-12-07']]);
  });

  it('deleting the decision reopens the opportunity', async () => {
    app = await testApp({ now: '2026-11-30' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const { event } = await log(app, o.id, 'rejected', { on: '2026-11-25' });
    expect((await storedCache(app, Number(o.id))).closed).toBe(true);
    const reopened = must(await deleteEvent(app.ctx, event.id));
    expect(reopened.opportunity.status).toBe('active');
    expect((await storedCache(app, Number(o.id))).closed).toBe(false);
  });

  it('refuses an unknown event id and writes nothing', async () => {
    app = await testApp({ now: '2026-11-30' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const before = await snapshot(app);
    for (const id of ['999', 'abc', '', '0', '-1']) {
      expect(refused(await editEvent(app.ctx, { event: id, on: '2026-11-24' }))).toMatchObject({
        reason: 'unknown-event',
        field: 'event',
      });
      expect(refused(await deleteEvent(app.ctx, id))).toMatchObject({
        reason: 'unknown-event',
        field: 'event',
      });
    }
    expect(await snapshot(app)).toEqual(before);
  });

  it('refuses an edit that makes the event invalid and writes nothing', async () => {
    app = await testApp({ now: '2026-11-30' });
    const o = await addJob(app);
    const { event } = await log(app, o.id, 'applied', { on: '2026-11-23' });
    const before = await snapshot(app);
    expect(refused(await editEvent(app.ctx, { event: event.id, type: 'callback' }))).toMatchObject({
      reason: 'invalid-input',
      field: 'until',
    });
    expect(
      refused(await editEvent(app.ctx, { event: event.id, type: 'interview', on: '2026-12-09' })),
    ).toMatchObject({ reason: 'invalid-input', field: 'at' });
    expect(refused(await editEvent(app.ctx, { event: event.id, on: '2026-02-29' }))).toMatchObject({
      reason: 'invalid-input',
      field: 'on',
    });
    expect(await snapshot(app)).toEqual(before);
  });
});
