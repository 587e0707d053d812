import { afterEach, describe, expect, it } from 'vitest';
import { deleteEvent, editEvent } from './events.js';
import { showOpportunity } from './opportunities.js';
import {
  addJob,
  log,
  must,
  refused,
  snapshot,
  type TestApp,
  testApp,
} from './test-support/test-app.js';

// R13: the method ignores a thank-you with no interview or meeting before it, so a change of the
// interview that would leave thank-yous before it is refused, naming them, and writes nothing.
let app: TestApp;
afterEach(async () => {
  await app.close();
});

async function interviewed() {
  app = await testApp({ now: '2026-12-10' });
  const o = await addJob(app);
  await log(app, o.id, 'applied', { on: '2026-11-23' });
  const interview = await log(app, o.id, 'interview', { on: '2026-12-01' });
  const call = await log(app, o.id, 'thank-you-call', { on: '2026-12-02' });
  const note = await log(app, o.id, 'thank-you-note', { on: '2026-12-03' });
  return { o, interview: interview.event, call: call.event, note: note.event };
}

describe('moving or deleting an interview never leaves thank-yous before it', () => {
  it('moving the interview after its thank-yous is refused, naming them', async () => {
    const { interview } = await interviewed();
    const before = await snapshot(app);
    const failure = refused(await editEvent(app.ctx, { event: interview.id, on: '2026-12-04' }));
    expect(failure.reason).toBe('invalid-input');
    expect(failure.message).toContain('moving the interview to Fri 4 Dec 2026');
    expect(failure.message).toContain('the thank-you call of Wed 2 Dec 2026');
    expect(failure.message).toContain('the thank-you note of Thu 3 Dec 2026');
    expect(await snapshot(app)).toEqual(before);
  });

  it('moving it between its thank-yous names only the one left before it', async () => {
    const { interview } = await interviewed();
    const failure = refused(await editEvent(app.ctx, { event: interview.id, on: '2026-12-03' }));
    expect(failure.message).toContain('the thank-you call of Wed 2 Dec 2026');
    expect(failure.message).not.toContain('thank-you note');
  });

  it('moving it earlier, or to the day of its thank-yous, is accepted', async () => {
    const { o, interview } = await interviewed();
    must(await editEvent(app.ctx, { event: interview.id, on: '2026-11-30' }));
    must(await editEvent(app.ctx, { event: interview.id, on: '2026-12-02' }));
    const view = must(await showOpportunity(app.ctx, o.id));
    expect(view.next.map((s) => s.action)).toEqual(['check-in']);
  });

  it('making the interview another kind of event is refused like a move', async () => {
    const { interview } = await interviewed();
    const failure = refused(await editEvent(app.ctx, { event: interview.id, type: 'talked' }));
    expect(failure.message).toContain('making the interview of Tue 1 Dec 2026 a talked');
  });

  it('deleting the only interview is refused, naming the thank-yous; with another before them it is not', async () => {
    const { o, interview } = await interviewed();
    const before = await snapshot(app);
    const failure = refused(await deleteEvent(app.ctx, interview.id));
    expect(failure.message).toContain('deleting the interview of Tue 1 Dec 2026');
    expect(failure.message).toMatch(/thank-you call of Wed 2 Dec 2026 \(event \d+\)/);
    expect(await snapshot(app)).toEqual(before);

    await log(app, o.id, 'meeting', { on: '2026-11-27' });
    must(await deleteEvent(app.ctx, interview.id));
  });

  it('deleting the thank-yous first, then the interview, is accepted', async () => {
    const { interview, call, note } = await interviewed();
    must(await deleteEvent(app.ctx, call.id));
    must(await deleteEvent(app.ctx, note.id));
    must(await deleteEvent(app.ctx, interview.id));
  });
});
