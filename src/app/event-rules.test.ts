import { afterEach, describe, expect, it } from 'vitest';
import { editEvent, logEvent } from './events.js';
import {
  addJob,
  log,
  must,
  refused,
  snapshot,
  type TestApp,
  testApp,
} from './test-support/test-app.js';

// R13 of method.md in the use cases: what is refused rather than accepted and ignored, and the
// "too soon" said beside what is accepted. Region US, America/Chicago.
let app: TestApp;
afterEach(async () => {
  await app.close();
});

describe('R13 thank-yous need an interview or meeting', () => {
  it.each(['thank-you-call', 'thank-you-note'])(
    'R13 thank-yous: a %s before the scheduled interview is refused, naming the interview’s date, and nothing is written',
    async (type) => {
      app = await testApp({ now: '2026-12-03' });
      const o = await addJob(app);
      await log(app, o.id, 'applied', { on: '2026-11-23' });
      const interview = await log(app, o.id, 'interview', { at: '2026-12-10T10:00' });
      const before = await snapshot(app);
      const failure = refused(await logEvent(app.ctx, { opportunity: o.id, type }));
      expect(failure.reason).toBe('invalid-input');
      expect(failure.message).toContain('Thu 10 Dec 2026 at 10:00');
      expect(failure.message).toContain(`event ${interview.event.id}`);
      expect(failure.message).not.toContain('\n');
      expect(await snapshot(app)).toEqual(before);
    },
  );

  it('R13 thank-yous: with no interview or meeting at all, a thank-you is refused, saying to log the interview first', async () => {
    app = await testApp({ now: '2026-11-30' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const failure = refused(await logEvent(app.ctx, { opportunity: o.id, type: 'thank-you-call' }));
    expect(failure.message).toMatch(/no interview or meeting on or before Mon 30 Nov 2026/);
  });

  it('R13 thank-yous: once the interview’s date is corrected to the right day, the thank-you is accepted and counted', async () => {
    app = await testApp({ now: '2026-12-04' });
    const o = await addJob(app);
    const interview = await log(app, o.id, 'interview', { at: '2026-12-10T10:00' });
    refused(await logEvent(app.ctx, { opportunity: o.id, type: 'thank-you-call' }));
    must(await editEvent(app.ctx, { event: interview.event.id, at: '2026-12-03T10:00' }));
    const logged = await log(app, o.id, 'thank-you-call');
    expect(logged.opportunity.next.map((s) => s.action)).toEqual(['thank-you-note', 'check-in']);
  });

  it('R13 thank-yous: a thank-you on the interview day, after it, is accepted (with R11’s "too soon")', async () => {
    app = await testApp({ now: '2026-12-03T15:00' });
    const o = await addJob(app);
    await log(app, o.id, 'interview', { at: '2026-12-03T10:00' });
    const logged = await log(app, o.id, 'thank-you-call');
    expect(logged.warnings[0]).toMatch(/^too soon/);
    expect(logged.opportunity.next.map((s) => s.action)).toEqual(['thank-you-note', 'check-in']);
  });

  it('R13 thank-yous: an edit that moves a thank-you before the interview is refused', async () => {
    app = await testApp({ now: '2026-12-07' });
    const o = await addJob(app);
    await log(app, o.id, 'interview', { on: '2026-12-03' });
    const call = await log(app, o.id, 'thank-you-call', { on: '2026-12-04' });
    const before = await snapshot(app);
    const failure = refused(await editEvent(app.ctx, { event: call.event.id, on: '2026-12-01' }));
    expect(failure.message).toContain('Thu 3 Dec 2026');
    expect(await snapshot(app)).toEqual(before);
  });
});

describe('R13 revive', () => {
  it('R13 revive: a revive of an opportunity not in the holding file is refused, and nothing is written', async () => {
    app = await testApp({ now: '2026-11-25' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const before = await snapshot(app);
    const failure = refused(await logEvent(app.ctx, { opportunity: o.id, type: 'revive' }));
    expect(failure.message).toContain('not in the holding file');
    expect(await snapshot(app)).toEqual(before);
  });

  it('R13 revive: a held opportunity is revived, the follow-up due that day', async () => {
    app = await testApp({ now: '2026-12-01' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    await log(app, o.id, 'hold', { on: '2026-11-25' });
    const logged = await log(app, o.id, 'revive');
    expect(logged.opportunity.status).toBe('active');
    expect(logged.opportunity.next).toMatchObject([{ action: 'follow-up', dueOn: '2026-12-01' }]);
  });
});

describe('R13 too soon before an interview', () => {
  it('R13 too soon before an interview: the warning names the thank-you call, never the check-in the interview replaced', async () => {
    app = await testApp({ now: '2026-12-03' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    await log(app, o.id, 'talked', { on: '2026-11-25' });
    await log(app, o.id, 'interview', { at: '2026-12-10T10:00' });
    const logged = await log(app, o.id, 'voicemail');
    expect(logged.warnings).toHaveLength(1);
    expect(logged.warnings[0]).toMatch(
      /^too soon: nothing is due before the interview on Thu 10 Dec 2026/,
    );
    expect(logged.warnings[0]).toContain('thank-you call, due Fri 11 Dec 2026');
    expect(logged.warnings[0]).not.toContain('check-in');
  });
});

describe('R13 after the third attempt, before the move to the holding file', () => {
  it('R13 fourth attempt: logged and counted with R11’s warning; the holding date stays', async () => {
    app = await testApp({ now: '2026-12-08' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    await log(app, o.id, 'voicemail', { on: '2026-11-27' });
    await log(app, o.id, 'no-answer', { on: '2026-12-02' });
    await log(app, o.id, 'voicemail', { on: '2026-12-07' });
    const logged = await log(app, o.id, 'email');
    expect(logged.opportunity.followUps).toBe(4);
    expect(logged.warnings[0]).toMatch(/^too soon: all 3 follow-ups/);
    expect(logged.warnings[0]).toContain('the holding date stays');
    app.setNow('2026-12-10');
    const held = await log(app, o.id, 'note');
    expect(held.opportunity).toMatchObject({ status: 'holding', heldOn: '2026-12-10' });
  });
});
