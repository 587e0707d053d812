import pc from 'picocolors';
import { afterEach, describe, expect, it } from 'vitest';
import { addJob, log, type TestApp, testApp } from '../app/test-support/test-app.js';
import type { Io } from './io.js';
import { renderOpportunity } from './render.js';

const io: Io = { stdout: () => {}, stderr: () => {}, color: pc.createColors(false), width: 80 };

let app: TestApp;
afterEach(() => app.close());

const waiting = (text: string) => text.split('\n').filter((line) => line.startsWith('Waiting:'));

describe('renderOpportunity: when it goes to the holding file', () => {
  it('R3: after the last unanswered follow-up, says all were made', async () => {
    app = await testApp({ now: '2026-12-03' });
    const job = await addJob(app, { appliedOn: '2026-11-18' });
    await log(app, job.id, 'voicemail', { on: '2026-11-23' });
    await log(app, job.id, 'voicemail', { on: '2026-11-26' });
    const { opportunity } = await log(app, job.id, 'voicemail', { on: '2026-12-02' });
    expect(waiting(renderOpportunity(io, opportunity))).toEqual([
      'Waiting: all follow-ups made; goes to the holding file on Mon 7 Dec 2026 unless they get back to you.',
    ]);
  });

  it('a hold logged ahead of its day says only that, not that the follow-ups were made', async () => {
    app = await testApp({ now: '2026-11-23' });
    const job = await addJob(app, { appliedOn: '2026-11-18' });
    const { opportunity } = await log(app, job.id, 'hold', { on: '2026-12-10' });
    expect(waiting(renderOpportunity(io, opportunity))).toEqual([
      'Waiting: goes to the holding file on Thu 10 Dec 2026, as you logged.',
    ]);
  });
});

describe('renderOpportunity: the contact', () => {
  it('prints the contact’s role in words: "hiring manager", not hiring-manager', async () => {
    app = await testApp({ now: '2026-11-23' });
    const job = await addJob(app, { contact: { name: 'Jane Doe', role: 'hiring-manager' } });
    const { opportunity } = await log(app, job.id, 'applied');
    const text = renderOpportunity(io, opportunity);
    expect(text).toContain('Contact: Jane Doe (hiring manager)');
    expect(text).not.toContain('hiring-manager');
  });
});

describe('renderOpportunity: the timeline', () => {
  it('I6: marks an event that came from the inbox, with the subject', async () => {
    app = await testApp({ now: '2026-11-23' });
    const job = await addJob(app, { appliedOn: '2026-11-18' });
    const { opportunity } = await log(app, job.id, 'reply', { on: '2026-11-20' });
    const reply = opportunity.events.find((e) => e.type === 'reply');
    const marked = {
      ...opportunity,
      events: opportunity.events.map((e) =>
        e === reply ? { ...e, inbox: { subject: 'Re: <b>Analyst</b>\u0007', sent: false } } : e,
      ),
    };
    const lines = renderOpportunity(io, marked).split('\n');
    expect(lines.find((l) => l.includes(' reply '))).toContain(
      '[from the inbox: “Re: <b>Analyst</b>\\u0007”]',
    );
    expect(lines.find((l) => l.includes(' applied '))).not.toContain('from the inbox');
  });
});
