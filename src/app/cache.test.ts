import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Temporal } from '../core/dates.js';
import type { EventType } from '../core/events.js';
import { eventTypeArbitrary } from '../core/test-support/arbitraries.js';
import { deleteEvent, type EventInput, editEvent, logEvent } from './events.js';
import { listOpportunities } from './lists.js';
import { addOpportunity, showOpportunity } from './opportunities.js';
import type { Result } from './result.js';
import {
  expectedCache,
  must,
  snapshot,
  storedCache,
  type TestApp,
  testApp,
} from './test-support/test-app.js';
import { today, UPCOMING_DAYS } from './today.js';
import type { StepView } from './views.js';

// The architecture's invariant: the next-due cache is `schedule(...)` of the full timeline,
// rewritten in the same transaction as every change, and today's list read from it agrees
// with the plan that `show` computes from the events.

const START = Temporal.PlainDate.from('2026-10-01');
const dayAt = (offset: number): string => START.add({ days: offset }).toString();

type Op =
  | {
      readonly kind: 'log';
      readonly opportunity: number;
      readonly type: EventType;
      readonly offset: number;
      readonly wait: number;
      readonly hour: number | null;
      readonly note: string | null;
    }
  | {
      readonly kind: 'edit';
      readonly pick: number;
      readonly type: EventType | null;
      readonly offset: number | null;
      readonly wait: number | null;
    }
  | { readonly kind: 'delete'; readonly pick: number };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('log' as const),
      opportunity: fc.integer({ min: 0, max: 1 }),
      type: eventTypeArbitrary,
      offset: fc.integer({ min: 0, max: 120 }),
      wait: fc.integer({ min: 0, max: 30 }),
      hour: fc.option(fc.integer({ min: 8, max: 18 }), { nil: null }),
      note: fc.option(fc.constantFrom('left a message', 'Zoë said "next week"', ''), {
        nil: null,
      }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      pick: fc.nat(),
      type: fc.option(eventTypeArbitrary, { nil: null }),
      offset: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      wait: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
);

const REGIONS = [
  { timeZone: 'America/Chicago', region: 'US' },
  { timeZone: 'Europe/London', region: 'GB' },
] as const;

async function eventIds(app: TestApp): Promise<string[]> {
  return (await snapshot(app)).events.map((e) => String(e.id));
}

async function run(app: TestApp, ids: readonly string[], op: Op): Promise<Result<unknown>> {
  if (op.kind === 'log') {
    const date = dayAt(op.offset);
    const input: EventInput = {
      ...(op.hour !== null && (op.type === 'interview' || op.type === 'meeting')
        ? { at: `${date}T${String(op.hour).padStart(2, '0')}:00` }
        : { on: date }),
      ...(op.type === 'callback' ? { until: dayAt(op.offset + op.wait) } : {}),
      note: op.note,
    };
    return logEvent(app.ctx, { ...input, opportunity: ids[op.opportunity] ?? '', type: op.type });
  }
  const events = await eventIds(app);
  const event = events.length === 0 ? '999' : (events[op.pick % events.length] ?? '999');
  if (op.kind === 'delete') return deleteEvent(app.ctx, event);
  return editEvent(app.ctx, {
    event,
    ...(op.type === null ? {} : { type: op.type }),
    ...(op.offset === null ? {} : { on: dayAt(op.offset) }),
    ...(op.type === 'callback' && op.wait !== null
      ? { until: dayAt((op.offset ?? 120) + op.wait) }
      : {}),
  });
}

// The parts of a step that both views show.
function stepPart(s: StepView): StepView {
  return {
    action: s.action,
    dueOn: s.dueOn,
    dueBy: s.dueBy,
    ...(s.followUpNumber === undefined ? {} : { followUpNumber: s.followUpNumber }),
    overdue: s.overdue,
    script: s.script,
    voicemail: s.voicemail,
    email: s.email,
    label: s.label,
    channel: s.channel,
  };
}

const overdueFirst = (steps: StepView[]): StepView[] =>
  steps.sort((a, b) => Number(b.overdue) - Number(a.overdue));

async function expectTodayAgreesWithShow(app: TestApp, ids: readonly string[]): Promise<void> {
  const view = await today(app.ctx);
  const horizon = Temporal.PlainDate.from(view.date).add({ days: UPCOMING_DAYS }).toString();
  const listed = must(await listOpportunities(app.ctx)).items;
  for (const id of ids) {
    const shown = must(await showOpportunity(app.ctx, id));
    expect(shown.asOf).toBe(view.date);
    const due = overdueFirst(shown.next.filter((s) => s.dueOn <= view.date).map(stepPart));
    const soon = shown.next.filter((s) => s.dueOn > view.date && s.dueOn <= horizon).map(stepPart);
    expect(view.items.filter((i) => i.opportunityId === id).map(stepPart)).toEqual(due);
    expect(view.upcoming.filter((i) => i.opportunityId === id).map(stepPart)).toEqual(soon);
    if (shown.status === 'holding' || shown.status === 'closed') expect(shown.next).toEqual([]);
    expect(listed.find((o) => o.id === id)).toMatchObject({
      status: shown.status,
      followUps: shown.followUps,
      heldOn: shown.heldOn,
    });
  }
}

describe('the next-due cache', () => {
  it('is schedule(...) of the full timeline after every log, edit and delete; today agrees with show', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...REGIONS),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 0, max: 150 }),
        fc.array(opArbitrary, { minLength: 1, maxLength: 16 }),
        async (where, todayOffset, laterOffset, ops) => {
          const app = await testApp({ now: dayAt(todayOffset), ...where });
          try {
            const job = must(
              await addOpportunity(app.ctx, {
                kind: 'job',
                company: 'Acme',
                title: 'Data Analyst',
                contact: { name: 'Jane Doe' },
              }),
            );
            const person = must(
              await addOpportunity(app.ctx, { kind: 'networking', contact: { name: 'Ada' } }),
            );
            const ids = [job.id, person.id];
            for (const op of ops) {
              const before = await snapshot(app);
              const result = await run(app, ids, op);
              if (!result.ok) {
                expect(result.reason).toMatch(/^(invalid-input|unknown-event)$/);
                expect(await snapshot(app)).toEqual(before);
              }
              for (const id of ids) {
                expect(await storedCache(app, Number(id))).toEqual(
                  await expectedCache(app, Number(id)),
                );
              }
            }
            await expectTodayAgreesWithShow(app, ids);
            // The cache does not depend on the day: another day reads it just as well.
            app.setNow(dayAt(laterOffset));
            await expectTodayAgreesWithShow(app, ids);
          } finally {
            await app.close();
          }
        },
      ),
      { numRuns: 30 },
    );
    // Many random accounts, each through the database: generous on a loaded machine.
  }, 180_000);

  it('concurrent use cases each run in their own transaction and leave a consistent cache', async () => {
    const app = await testApp({ now: '2026-12-15' });
    try {
      const ids = await Promise.all(
        ['Acme', 'Globex', 'Initech'].map(
          async (company) =>
            must(await addOpportunity(app.ctx, { kind: 'job', company, title: 'Analyst' })).id,
        ),
      );
      const days = ['2026-11-23', '2026-11-27', '2026-12-02', '2026-12-07'];
      const results = await Promise.all(
        ids.flatMap((opportunity) =>
          days.map((on, i) =>
            logEvent(app.ctx, { opportunity, type: i === 0 ? 'applied' : 'voicemail', on }),
          ),
        ),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      for (const id of ids) {
        expect(await storedCache(app, Number(id))).toEqual(await expectedCache(app, Number(id)));
        expect(must(await showOpportunity(app.ctx, id))).toMatchObject({
          status: 'holding',
          heldOn: '2026-12-10',
          followUps: 3,
        });
      }
    } finally {
      await app.close();
    }
  });
});
