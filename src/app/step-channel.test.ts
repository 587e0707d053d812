import { afterEach, describe, expect, it } from 'vitest';
import { eventInWords } from '../core/event-words.js';
import { logEvent } from './events.js';
import { showOpportunity } from './opportunities.js';
import { addJob, log, must, refused, type TestApp, testApp } from './test-support/test-app.js';
import { today } from './today.js';

// The words adapt to the contact: an e-mail first when there is no phone; a thank-you call left
// as a voicemail completes the step and says so on the timeline.
let app: TestApp;
afterEach(async () => {
  await app.close();
});

describe('the channel of a step follows the contact', () => {
  it('a contact with only an e-mail address gets the e-mail first (channel email), on today and show', async () => {
    app = await testApp({ now: '2026-11-27' });
    const o = await addJob(app, { contact: { name: 'Jane Doe', email: 'jane@acme.example' } });
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const [item] = (await today(app.ctx)).items;
    expect(item).toMatchObject({ action: 'follow-up', channel: 'email' });
    expect(must(await showOpportunity(app.ctx, o.id)).next[0]?.channel).toBe('email');
  });

  it('a contact with a phone gets a call (with or without an e-mail); a handwritten note is a note', async () => {
    app = await testApp({ now: '2026-12-04' });
    const phone = await addJob(app, { contact: { name: 'Raj', phone: '312 555 0100' } });
    await log(app, phone.id, 'applied', { on: '2026-11-23' });
    const both = await addJob(app, {
      contact: { name: 'Kim', phone: '312 555 0101', email: 'kim@x.example' },
    });
    await log(app, both.id, 'interview', { on: '2026-12-03' });
    const steps = must(await showOpportunity(app.ctx, both.id)).next;
    expect(steps.map((s) => [s.action, s.channel])).toEqual([
      ['thank-you-call', 'call'],
      ['thank-you-note', 'note'],
      ['check-in', 'call'],
    ]);
    expect(must(await showOpportunity(app.ctx, phone.id)).next[0]?.channel).toBe('call');
  });
});

describe('a thank-you call left as a voicemail', () => {
  it('completes the step, and the timeline says "Thank-you call (voicemail)"', async () => {
    app = await testApp({ now: '2026-12-04' });
    const o = await addJob(app);
    await log(app, o.id, 'interview', { on: '2026-12-03' });
    const logged = await log(app, o.id, 'thank-you-call', { voicemail: true, note: 'after 5pm' });
    expect(logged.opportunity.next.map((s) => s.action)).toEqual(['thank-you-note', 'check-in']);
    expect(logged.event).toMatchObject({
      type: 'thank-you-call',
      note: 'Left a voicemail. after 5pm',
    });
    expect(eventInWords(logged.event.type, logged.event.note)).toBe('Thank-you call (voicemail)');
    const done = await log(app, o.id, 'thank-you-call', { note: 'she picked up' });
    expect(eventInWords(done.event.type, done.event.note)).toBe('Thank-you call done');
  });

  it('only a thank-you call is marked as a voicemail', async () => {
    app = await testApp({ now: '2026-11-27' });
    const o = await addJob(app);
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const failure = refused(
      await logEvent(app.ctx, { opportunity: o.id, type: 'talked', voicemail: true }),
    );
    expect(failure).toMatchObject({ reason: 'invalid-input', field: 'voicemail' });
  });
});
