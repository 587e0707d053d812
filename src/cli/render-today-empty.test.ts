import pc from 'picocolors';
import { afterEach, describe, expect, it } from 'vitest';
import { listOpportunities } from '../app/lists.js';
import { addJob, log, must, type TestApp, testApp } from '../app/test-support/test-app.js';
import type { Io } from './io.js';
import { renderNothingComing } from './render-today-empty.js';

const io: Io = { stdout: () => {}, stderr: () => {}, color: pc.createColors(false), width: 80 };

let app: TestApp;
afterEach(() => app.close());

const said = async () => renderNothingComing(io, must(await listOpportunities(app.ctx)).items);

describe('today when nothing is due or coming', () => {
  it('gives the first-run hint only when there is no opportunity at all', async () => {
    app = await testApp({ now: '2026-11-23' });
    expect(await said()).toMatch(/^To start: justenough add job/);
  });

  it('after the last decision, says nothing is coming and what is closed, not the first-run hint', async () => {
    app = await testApp({ now: '2026-12-02' });
    const job = await addJob(app);
    await log(app, job.id, 'applied', { on: '2026-11-23' });
    await log(app, job.id, 'offer', { on: '2026-12-01' });
    const text = await said();
    expect(text).not.toContain('To start');
    expect(text).toContain('Nothing is coming: no opportunity has a next step.');
    expect(text).toContain('1 opportunity is closed.');
  });

  it('names the next step beyond the next 14 days, and what sits in the holding file', async () => {
    app = await testApp({ now: '2026-12-02' });
    const later = await addJob(app, { company: 'Globex', contact: { name: 'Raj Patel' } });
    await log(app, later.id, 'applied', { on: '2026-11-23' });
    await log(app, later.id, 'callback', { on: '2026-11-30', until: '2027-01-11' });
    const held = await addJob(app, { company: 'Initech' });
    await log(app, held.id, 'applied', { on: '2026-11-23' });
    await log(app, held.id, 'hold', { on: '2026-11-25' });
    const text = await said();
    expect(text).toContain(
      'Nothing is coming in the next 14 days. Next: Follow-up 1 of 3 with Raj Patel · Globex · Data Analyst on Mon 11 Jan 2027',
    );
    expect(text).toContain('1 opportunity is in the holding file');
  });
});
