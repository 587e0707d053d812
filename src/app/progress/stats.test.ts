import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../core/events.js';
import { countAll } from '../../core/progress/progress.js';
import { summarize } from '../../core/progress/summary.js';
import { deleteEvent, editEvent, logEvent } from '../events.js';
import { methodDayOf } from '../method-settings.js';
import { editOpportunity } from '../opportunities.js';
import { updateSettings } from '../settings.js';
import { addJob, log, must, testApp } from '../test-support/test-app.js';
import { countedOpportunities, stats, stepWeeks } from './stats.js';

// The numbers as the plain path gives them: every timeline read and replayed afresh.
async function replayed(app: Awaited<ReturnType<typeof testApp>>) {
  return app.store.read(async (q) => {
    const { today, method } = await methodDayOf(q, app.ctx);
    const all = await countedOpportunities(q, app.ctx.accountId);
    return summarize(countAll(all, method, today), { from: null, to: today }, 3);
  });
}

describe('The numbers kept between two counts', () => {
  it('are those of a fresh replay after every kind of write (log, edit, delete, settings)', async () => {
    const app = await testApp({ now: '2026-12-04' });
    try {
      const a = await addJob(app);
      await log(app, a.id, 'applied', { on: '2026-11-16' });
      const first = must(await stats(app.ctx));
      expect(first.funnel.started).toBe(1);
      expect(must(await stats(app.ctx))).toEqual(await replayed(app));

      const b = await addJob(app, { company: 'Globex' });
      const logged = await log(app, b.id, 'applied', { on: '2026-11-17' });
      expect(must(await stats(app.ctx)).funnel.started).toBe(2);

      await log(app, a.id, 'voicemail', { on: '2026-11-20' });
      const afterCall = must(await stats(app.ctx));
      expect(afterCall.followUps[1]?.made).toBe(1);
      expect(afterCall).toEqual(await replayed(app));

      must(await editEvent(app.ctx, { event: logged.event.id, type: 'reached-out' }));
      expect(must(await stats(app.ctx))).toEqual(await replayed(app));
      must(await deleteEvent(app.ctx, logged.event.id));
      expect(must(await stats(app.ctx)).funnel.started).toBe(1);

      // A longer wait before follow-up #1 changes the steps counted: the kept facts must not serve.
      const before = must(await stats(app.ctx)).steps;
      must(await updateSettings(app.ctx, { playbook: { firstFollowUpDays: 8 } }));
      const after = must(await stats(app.ctx));
      expect(after).toEqual(await replayed(app));
      expect(after.steps).not.toEqual(before);

      // Another day counts the overdue steps anew.
      app.setNow('2026-12-20');
      expect(must(await stats(app.ctx))).toEqual(await replayed(app));
      expect((await stepWeeks(app.ctx)).weeks.at(-1)?.week).toBe('2026-12-14');
    } finally {
      await app.close();
    }
  });

  it('equal a fresh replay after each step of random histories of writes (log, edit, delete, source) and days', async () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('log' as const),
        opportunity: fc.nat(2),
        type: fc.constantFrom(...EVENT_TYPES),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), which: fc.nat(40) }),
      fc.record({
        kind: fc.constant('edit' as const),
        which: fc.nat(40),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.record({
        kind: fc.constant('source' as const),
        opportunity: fc.nat(2),
        source: fc.constantFrom('posting', 'referral', 'recruiter', ''),
      }),
      fc.record({ kind: fc.constant('day' as const), day: fc.integer({ min: 1, max: 31 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const app = await testApp({ now: '2026-12-04' });
        try {
          const ids = [
            (await addJob(app)).id,
            (await addJob(app, { company: 'Globex' })).id,
            (await addJob(app, { company: 'Initech' })).id,
          ];
          const logged: string[] = [];
          for (const s of steps) {
            if (s.kind === 'log') {
              const on = `2026-11-${String(s.day).padStart(2, '0')}`;
              const opportunity = ids[s.opportunity] as string;
              const result = await logEvent(app.ctx, { opportunity, type: s.type, on });
              if (result.ok) logged.push(result.value.event.id);
            } else if (s.kind === 'delete' && logged.length > 0) {
              const [id] = logged.splice(s.which % logged.length, 1);
              if (id) await deleteEvent(app.ctx, id);
            } else if (s.kind === 'edit' && logged.length > 0) {
              const event = logged[s.which % logged.length] as string;
              await editEvent(app.ctx, { event, on: `2026-11-${String(s.day).padStart(2, '0')}` });
            } else if (s.kind === 'source') {
              const id = ids[s.opportunity] as string;
              must(await editOpportunity(app.ctx, { id, source: s.source }));
            } else if (s.kind === 'day') {
              app.setNow(`2026-12-${String(s.day).padStart(2, '0')}`);
            }
            expect(must(await stats(app.ctx))).toEqual(await replayed(app));
          }
        } finally {
          await app.close();
        }
      }),
      { numRuns: 25 },
    );
    // Many random accounts, each through the database: generous on a loaded machine.
  }, 180_000);
});
