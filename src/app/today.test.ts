import { afterEach, describe, expect, it } from 'vitest';
import { holding } from './holding.js';
import { showOpportunity } from './opportunities.js';
import { addJob, log, must, type TestApp, testApp } from './test-support/test-app.js';
import { type TodayItem, today } from './today.js';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

const brief = (items: readonly TodayItem[]) =>
  items.map((i) => [i.company, i.action, i.dueOn, i.dueBy, i.overdue]);

describe('today', () => {
  it('R12: items are every step due on or before today, overdue first, then by due on', async () => {
    app = await testApp({ now: '2026-12-02' });
    const c = await addJob(app, { company: 'C' });
    await log(app, c.id, 'applied', { on: '2026-11-27' }); // #1 due Wed 2 Dec: today
    const d = await addJob(app, { company: 'D' });
    await log(app, d.id, 'talked', { on: '2026-11-23' }); // check-in [Mon 30 Nov, Thu 3 Dec]
    const b = await addJob(app, { company: 'B' });
    await log(app, b.id, 'applied', { on: '2026-11-25' }); // #1 due Tue 1 Dec: overdue
    const a = await addJob(app, {
      company: 'A',
      contact: { name: 'Ann Lee', phone: '312 555 0100' },
    });
    await log(app, a.id, 'applied', { on: '2026-11-23' }); // #1 due Fri 27 Nov: overdue

    const view = await today(app.ctx);
    expect(view.date).toBe('2026-12-02');
    expect(brief(view.items)).toEqual([
      ['A', 'follow-up', '2026-11-27', '2026-11-27', true],
      ['B', 'follow-up', '2026-12-01', '2026-12-01', true],
      ['D', 'check-in', '2026-11-30', '2026-12-03', false],
      ['C', 'follow-up', '2026-12-02', '2026-12-02', false],
    ]);
    expect(view.items[0]).toMatchObject({
      opportunityId: a.id,
      followUpNumber: 1,
      contact: 'Ann Lee',
      contactPhone: '312 555 0100',
      title: 'Data Analyst',
      kind: 'job',
      label: 'Follow-up 1 of 3',
    });
    expect(view.items[0]?.script).toContain('Ann');
    expect(view.items[2]).not.toHaveProperty('followUpNumber');
    expect(view.upcoming).toEqual([]);
  });

  it('upcoming is due after today within 14 days: day 14 is in, day 15 is out', async () => {
    app = await testApp({ now: '2026-12-02' });
    const in14 = await addJob(app, { company: 'In' });
    await log(app, in14.id, 'applied', { on: '2026-12-01' });
    await log(app, in14.id, 'callback', { until: '2026-12-16' });
    const in15 = await addJob(app, { company: 'Out' });
    await log(app, in15.id, 'applied', { on: '2026-12-01' });
    await log(app, in15.id, 'callback', { until: '2026-12-17' });
    const soon = await addJob(app, { company: 'Soon' });
    await log(app, soon.id, 'applied', { on: '2026-12-02' }); // #1 due Mon 7 Dec

    const view = await today(app.ctx);
    expect(view.items).toEqual([]);
    expect(brief(view.upcoming)).toEqual([
      ['Soon', 'follow-up', '2026-12-07', '2026-12-07', false],
      ['In', 'follow-up', '2026-12-16', '2026-12-16', false],
    ]);
    // The step is still planned; it just lies beyond the horizon.
    expect(must(await showOpportunity(app.ctx, in15.id)).next[0]?.dueOn).toBe('2026-12-17');
    app.setNow('2026-12-03');
    expect(brief((await today(app.ctx)).upcoming).map((i) => i[0])).toEqual(['Soon', 'In', 'Out']);
  });

  it('interviews lists interviews and meetings still to come, and drops one earlier today', async () => {
    app = await testApp({ now: '2026-12-02T12:00:00-06:00' });
    const early = await addJob(app, { company: 'Early' });
    await log(app, early.id, 'interview', { at: '2026-12-02T08:00' });
    const later = await addJob(app, { company: 'Later' });
    await log(app, later.id, 'interview', { at: '2026-12-02T15:00' });
    const next = await addJob(app, { company: 'Next', contact: { name: 'Kim' } });
    await log(app, next.id, 'meeting', { at: '2026-12-04T10:00:00-06:00' });
    const past = await addJob(app, { company: 'Past' });
    await log(app, past.id, 'interview', { on: '2026-11-30' });
    const closed = await addJob(app, { company: 'Closed' });
    await log(app, closed.id, 'interview', { at: '2026-12-05T09:00' });
    await log(app, closed.id, 'withdrawn');

    const view = await today(app.ctx);
    expect(view.interviews.map((i) => [i.company, i.type, i.at])).toEqual([
      ['Later', 'interview', '2026-12-02T15:00:00-06:00'],
      ['Next', 'meeting', '2026-12-04T10:00:00-06:00'],
    ]);
    expect(view.interviews[1]).toMatchObject({ opportunityId: next.id, contact: 'Kim' });
    // The earlier one is over: its thank-yous are coming up instead.
    expect(brief(view.upcoming).filter((i) => i[0] === 'Early')).toEqual([
      ['Early', 'thank-you-call', '2026-12-03', '2026-12-03', false],
      ['Early', 'thank-you-note', '2026-12-03', '2026-12-03', false],
      ['Early', 'check-in', '2026-12-09', '2026-12-11', false],
    ]);
  });

  it('R13: an interview logged with a date and no time, for today, is held today: it is not upcoming', async () => {
    app = await testApp({ now: '2026-12-02T08:00:00-06:00' });
    const held = await addJob(app, { company: 'Held today' });
    await log(app, held.id, 'interview', { on: '2026-12-02' });
    const ahead = await addJob(app, { company: 'Imported ahead' });
    // An imported "Interview" status dated ahead has a date and no time (R5): it is still to come.
    await app.store.transaction((q) =>
      q.insertEvent(app.ctx.accountId, {
        opportunityId: Number(ahead.id),
        type: 'interview',
        date: '2026-12-04',
        at: null,
        until: null,
        note: null,
      }),
    );
    const view = await today(app.ctx);
    expect(view.interviews.map((i) => [i.company, i.date, i.at])).toEqual([
      ['Imported ahead', '2026-12-04', null],
    ]);
  });

  it('R3: the cached schedule moves to the holding file by itself on D+3bd', async () => {
    app = await testApp({ now: '2026-12-07' });
    const held = await addJob(app, {
      company: 'Held',
      contact: { name: 'Hal', phone: '312 555 0101' },
    });
    await log(app, held.id, 'applied', { on: '2026-11-23' });
    await log(app, held.id, 'voicemail', { on: '2026-11-27' });
    await log(app, held.id, 'no-answer', { on: '2026-12-02' });
    const open = await addJob(app, { company: 'Open' });
    await log(app, open.id, 'applied', { on: '2026-12-02' }); // #1 due Mon 7 Dec
    expect(brief((await today(app.ctx)).items).map((i) => i[0])).toEqual(['Held', 'Open']);
    await log(app, held.id, 'voicemail', { on: '2026-12-07' });

    // Nothing is due after the third attempt; the move happens on Thu 10 Dec without a write.
    for (const day of ['2026-12-07', '2026-12-09']) {
      app.setNow(day);
      const view = await today(app.ctx);
      expect([...view.items, ...view.upcoming].map((i) => i.company)).not.toContain('Held');
      expect((await holding(app.ctx)).items).toEqual([]);
    }
    app.setNow('2026-12-10');
    expect((await holding(app.ctx)).items).toEqual([
      {
        opportunityId: held.id,
        heldOn: '2026-12-10',
        kind: 'job',
        company: 'Held',
        title: 'Data Analyst',
        contact: 'Hal',
        contactPhone: '312 555 0101',
        contactEmail: null,
        followUps: 3,
      },
    ]);
    const view = await today(app.ctx);
    expect([...view.items, ...view.upcoming].map((i) => i.company)).toEqual(['Open']);
  });

  it('R3 and R7: held and closed opportunities are absent from today; only the held one is in holding', async () => {
    app = await testApp({ now: '2026-12-15' });
    const byHand = await addJob(app, { company: 'ByHand' });
    await log(app, byHand.id, 'applied', { on: '2026-12-01' });
    await log(app, byHand.id, 'hold', { on: '2026-12-03' });
    const closed = await addJob(app, { company: 'Closed' });
    await log(app, closed.id, 'applied', { on: '2026-12-01' });
    await log(app, closed.id, 'rejected', { on: '2026-12-03' });
    const active = await addJob(app, { company: 'Active' });
    await log(app, active.id, 'applied', { on: '2026-12-14' });

    const view = await today(app.ctx);
    expect([...view.items, ...view.upcoming].map((i) => i.company)).toEqual(['Active']);
    expect((await holding(app.ctx)).items.map((i) => [i.company, i.heldOn])).toEqual([
      ['ByHand', '2026-12-03'],
    ]);

    // R9: revive brings it back with a follow-up due that day.
    await log(app, byHand.id, 'revive');
    expect(brief((await today(app.ctx)).items)).toEqual([
      ['ByHand', 'follow-up', '2026-12-15', '2026-12-15', false],
    ]);
    expect((await holding(app.ctx)).items).toEqual([]);
  });

  it('holding lists the latest held first', async () => {
    app = await testApp({ now: '2026-12-15' });
    for (const [company, on] of [
      ['First', '2026-12-01'],
      ['Second', '2026-12-08'],
    ] as const) {
      const o = await addJob(app, { company });
      await log(app, o.id, 'applied', { on: '2026-11-23' });
      await log(app, o.id, 'hold', { on });
    }
    expect((await holding(app.ctx)).items.map((i) => i.company)).toEqual(['Second', 'First']);
  });
});
