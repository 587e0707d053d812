import { compareDates, type PlainDate, Temporal } from '../core/dates.js';
import { canBeScheduled, type EventType, type TimelineEvent } from '../core/events.js';
import { formatInZone, parseMoment } from '../core/time.js';
import { tooSoon } from '../core/too-soon.js';
import type { Queries } from '../store/queries.js';
import type { EventRecord, NewEvent } from '../store/records.js';
import type { Day } from './account.js';
import { refreshCache, timelineEvent } from './cache.js';
import type { AppContext } from './context.js';
import { methodDayOf } from './method-settings.js';
import { checkVersion, findOpportunity, viewOpportunity } from './opportunities.js';
import { attempt, type Result, refuse } from './result.js';
import { eventType, idNumber, isoDate, optionalNote, quote } from './validate.js';
import { type EventView, eventView, type OpportunityView, stepLabel } from './views.js';
import { dayInWords } from './words.js';

export interface EventInput {
  readonly type?: string | undefined;
  /** The date, YYYY-MM-DD. */
  readonly on?: string | undefined;
  /** The moment: a date-time with offset, or a local date-time in the user's zone. */
  readonly at?: string | undefined;
  /** For `callback`: the date they asked you to wait for. */
  readonly until?: string | undefined;
  readonly note?: string | null | undefined;
}

export interface LogInput extends EventInput {
  readonly opportunity: string;
  readonly type: string;
}

export interface Logged {
  readonly event: EventView;
  readonly opportunity: OpportunityView;
  /** Said to the user beside the result: R11's "too soon", a date in the future ... */
  readonly warnings: readonly string[];
}

// Reads and checks the fields of an event; `old` supplies what an edit leaves out.
function eventFields(
  input: EventInput,
  day: Day,
  old?: EventRecord,
): Omit<NewEvent, 'opportunityId'> {
  const type: EventType =
    input.type !== undefined ? eventType('event', input.type) : eventType('event', old?.type ?? '');
  if (input.on !== undefined && input.at !== undefined) {
    refuse(
      'invalid-input',
      `on and at: give the date (on) or the date and time (at), not both`,
      'at',
    );
  }
  const zone = day.settings.timeZone;
  let date: PlainDate;
  let at: string | null = null;
  if (input.at !== undefined) {
    const moment = parseMoment(input.at.trim(), zone);
    if (!moment) {
      refuse(
        'invalid-input',
        `at: ${quote(input.at)} is not a date and time; expected e.g. 2026-12-03T10:00 or 2026-12-03T10:00:00-06:00`,
        'at',
      );
    }
    date = moment.toPlainDate();
    at = formatInZone(moment.toInstant(), zone);
  } else if (input.on !== undefined) {
    date = isoDate('on', input.on);
  } else if (old) {
    date = Temporal.PlainDate.from(old.date);
    at = old.at;
  } else {
    date = day.today;
  }
  if (canBeScheduled(type) && at === null && compareDates(date, day.today) > 0) {
    refuse(
      'invalid-input',
      `at: a future ${type} needs its time; give at, e.g. ${date.toString()}T10:00`,
      'at',
    );
  }
  const untilText =
    input.until !== undefined ? input.until : type === 'callback' ? old?.until : undefined;
  let until: string | null = null;
  if (type === 'callback') {
    if (untilText === undefined || untilText === null) {
      refuse(
        'invalid-input',
        `until: a callback needs the date they asked you to wait for; give until, e.g. ${date.add({ days: 7 }).toString()}`,
        'until',
      );
    }
    const untilDate = isoDate('until', untilText);
    if (compareDates(untilDate, date) < 0) {
      refuse(
        'invalid-input',
        `until: ${untilDate.toString()} is before the callback itself (${date.toString()}); give a date on or after it`,
        'until',
      );
    }
    until = untilDate.toString();
  } else if (input.until !== undefined) {
    refuse(
      'invalid-input',
      `until: only a callback takes a date to wait for, not ${type}`,
      'until',
    );
  }
  const note = input.note !== undefined ? optionalNote('note', input.note) : (old?.note ?? null);
  return { type, date: date.toString(), at, until, note };
}

function warningsFor(
  earlier: readonly TimelineEvent[],
  event: TimelineEvent,
  day: Awaited<ReturnType<typeof methodDayOf>>,
  closed: boolean,
): string[] {
  const warnings: string[] = [];
  if (closed)
    warnings.push('this opportunity is already closed: the event is kept but changes nothing');
  if (!canBeScheduled(event.type) && compareDates(event.date, day.today) > 0) {
    warnings.push(
      `this ${event.type} is dated ${event.date.toString()}, after today (${day.today.toString()})`,
    );
  }
  const early = closed ? null : tooSoon(earlier, event, day.method);
  if (early?.kind === 'before-due') {
    const label = stepLabel(
      early.step.action,
      early.step.followUpNumber,
      day.method.playbook.maxFollowUps,
    ).toLowerCase();
    warnings.push(
      `too soon: ${label} was not due until ${dayInWords(early.step.dueOn)}. It is logged and counted; next time wait for the due date: follow up just enough, without stalking.`,
    );
  } else if (early?.kind === 'run-complete') {
    warnings.push(
      `too soon: all ${day.method.playbook.maxFollowUps} follow-ups were already made and this would go to the holding file on ${dayInWords(early.holdsOn)}. It is logged and starts a new run; give them room to call back.`,
    );
  }
  return warnings;
}

/** `log`: records what happened; the plan follows from the whole timeline. */
export function logEvent(ctx: AppContext, input: LogInput): Promise<Result<Logged>> {
  return attempt(() =>
    ctx.store.transaction(async (q) => {
      const o = await findOpportunity(q, ctx.accountId, input.opportunity);
      const day = await methodDayOf(q, ctx);
      const fields = eventFields(input, day);
      const earlier = (await q.events(ctx.accountId, o.id)).map(timelineEvent);
      const event = timelineEvent({ ...fields, id: 0, opportunityId: o.id, createdAt: '' });
      const warnings = warningsFor(earlier, event, day, o.cache.closed);
      const id = await q.insertEvent(ctx.accountId, { ...fields, opportunityId: o.id });
      await refreshCache(q, ctx.accountId, o.id, day.method);
      const stored = await q.event(ctx.accountId, id);
      if (!stored) throw new Error(`event ${id} vanished inside its transaction`);
      return {
        event: eventView(stored),
        opportunity: await viewOpportunity(q, ctx, o.id),
        warnings,
      };
    }),
  );
}

async function checkOpportunityVersion(
  q: Queries,
  accountId: number,
  opportunityId: number,
  version: number | undefined,
): Promise<void> {
  const o = version === undefined ? undefined : await q.opportunity(accountId, opportunityId);
  if (o) checkVersion(o, version);
}

async function findEvent(q: Queries, accountId: number, id: string): Promise<EventRecord> {
  const n = idNumber(id);
  const found = n === undefined ? undefined : await q.event(accountId, n);
  if (!found)
    refuse(
      'unknown-event',
      `unknown event ${quote(String(id))}: no event has this id (show lists the ids of an opportunity's events)`,
      'event',
    );
  return found;
}

/** Corrects a logged event; the plan is recomputed from the corrected timeline. */
export function editEvent(
  ctx: AppContext,
  input: EventInput & {
    readonly event: string;
    /** The version of the event's opportunity the edit was made on. */
    readonly version?: number | undefined;
  },
): Promise<Result<Logged>> {
  return attempt(() =>
    ctx.store.transaction(async (q) => {
      const old = await findEvent(q, ctx.accountId, input.event);
      await checkOpportunityVersion(q, ctx.accountId, old.opportunityId, input.version);
      const day = await methodDayOf(q, ctx);
      const fields = eventFields(input, day, old);
      await q.updateEvent(ctx.accountId, old.id, { ...fields, opportunityId: old.opportunityId });
      await refreshCache(q, ctx.accountId, old.opportunityId, day.method);
      const stored = await q.event(ctx.accountId, old.id);
      if (!stored) throw new Error(`event ${old.id} vanished inside its transaction`);
      return {
        event: eventView(stored),
        opportunity: await viewOpportunity(q, ctx, old.opportunityId),
        warnings: [],
      };
    }),
  );
}

/** Removes a logged event; the plan is recomputed without it. `version`: that of the event's opportunity the deletion was decided on. */
export function deleteEvent(
  ctx: AppContext,
  id: string,
  version?: number | undefined,
): Promise<Result<Logged>> {
  return attempt(() =>
    ctx.store.transaction(async (q) => {
      const old = await findEvent(q, ctx.accountId, id);
      await checkOpportunityVersion(q, ctx.accountId, old.opportunityId, version);
      const { method } = await methodDayOf(q, ctx);
      await q.deleteEvent(ctx.accountId, old.id);
      await refreshCache(q, ctx.accountId, old.opportunityId, method);
      return {
        event: eventView(old),
        opportunity: await viewOpportunity(q, ctx, old.opportunityId),
        warnings: [],
      };
    }),
  );
}
