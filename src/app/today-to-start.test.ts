import { afterEach, describe, expect, it } from 'vitest';
import { addOpportunity } from './opportunities.js';
import { updateSettings } from './settings.js';
import { addJob, log, must, type TestApp, testApp } from './test-support/test-app.js';
import { today } from './today.js';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

describe('today: opportunities not applied to yet ("apply, then log it")', () => {
  it('an opportunity with no application is listed to start, and leaves the list once applied', async () => {
    app = await testApp({ now: '2026-11-23' });
    const a = await addJob(app, { company: 'Acme', contact: { name: 'Jane Doe' } });
    const started = await addJob(app, { company: 'Globex', appliedOn: '2026-11-23' });
    const person = must(
      await addOpportunity(app.ctx, { kind: 'networking', contact: { name: 'Ann Lee' } }),
    );
    let view = await today(app.ctx);
    expect(view.toStart).toEqual([
      expect.objectContaining({
        opportunityId: a.id,
        kind: 'job',
        company: 'Acme',
        contact: 'Jane Doe',
      }),
      expect.objectContaining({ opportunityId: person.id, kind: 'networking', contact: 'Ann Lee' }),
    ]);
    expect(view.toStart.map((t) => t.opportunityId)).not.toContain(started.id);

    await log(app, a.id, 'applied');
    await log(app, person.id, 'reached-out');
    view = await today(app.ctx);
    expect(view.toStart).toEqual([]);
  });

  it('a note does not start it; a hold or a decision takes it off the list', async () => {
    app = await testApp({ now: '2026-11-23' });
    const noted = await addJob(app, { company: 'Noted' });
    await log(app, noted.id, 'note', { note: 'Posting closes Friday' });
    const held = await addJob(app, { company: 'Held' });
    await log(app, held.id, 'hold');
    const closed = await addJob(app, { company: 'Closed' });
    await log(app, closed.id, 'withdrawn');
    expect((await today(app.ctx)).toStart.map((t) => t.company)).toEqual(['Noted']);
  });
});

describe('today: the business days for the date pickers', () => {
  it('are left out unless asked for: the command line does not load the holiday data for them', async () => {
    app = await testApp({ now: '2026-11-25' });
    expect((await today(app.ctx)).businessDays).toBeUndefined();
  });

  it('the next business day skips the weekend and public holidays (Thanksgiving)', async () => {
    app = await testApp({ now: '2026-11-25' });
    const days = (await today(app.ctx, { withBusinessDays: true })).businessDays;
    expect(days?.nextBusinessDay).toBe('2026-11-27');
    expect(days?.holidays[0]).toEqual({ date: '2026-11-26', name: 'Thanksgiving Day' });
    expect(days?.weekendDays).toEqual([6, 7]);
    app.setNow('2026-11-27');
    expect((await today(app.ctx, { withBusinessDays: true })).businessDays?.nextBusinessDay).toBe(
      '2026-11-30',
    );
  });

  it("the user's days off count too, and only those to come are listed", async () => {
    app = await testApp({ now: '2026-11-27' });
    must(await updateSettings(app.ctx, { addDaysOff: ['2026-11-20', '2026-11-30'] }));
    const days = (await today(app.ctx, { withBusinessDays: true })).businessDays;
    expect(days?.nextBusinessDay).toBe('2026-12-01');
    expect(days?.daysOff).toEqual(['2026-11-30']);
  });
});
