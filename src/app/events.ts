import { compareDates, type PlainDate, Temporal } from '../core/dates.js';
import { isVoicemailThankYou, voicemailNote } from '../core/event-words.js';
import { canBeScheduled, type EventType } from '../core/events.js';
import { dayInWords } from '../core/in-words.js';
import { schedule } from '../core/plan.js';
import { formatInZone, parseMoment } from '../core/time.js';
import type { Queries } from '../store/queries.js';
import type { EventRecord, NewEvent, OpportunityRecord } from '../store/records.js';
import type { Day } from './account.js';
import { refreshCache, timelineEvent } from './cache.js';
import type { AppContext } from './context.js';
import { checkEventAllowed, checkThankYousKept } from './event-rules.js';
import { warningsFor } from './event-warnings.js';
import { methodDayOf } from './method-settings.js';
import { checkVersion, findOpportunity, viewOpportunity } from './opportunities.js';
import { attempt, type Result, refuse } from './result.js';
import { eventType, idNumber, isoDate, optionalNote, quote } from './validate.js';
import { type EventView, eventView, type OpportunityView } from './views.js';

export interface EventInput {
  readonly type?: string | undefined;
  /** The date, YYYY-MM-DD. */
  readonly on?: string | undefined;
  /** The moment: a date-time with offset, or a local date-time in the user's zone. */
  readonly at?: string | undefined;
  /** For `callback`: the date they asked you to wait for. */
  readonly until?: string | undefined;
  readonly note?: string | null | undefined;
  /** For `thank-you-call`: the call was left as a voicemail (it completes the step all the same). */
  readonly voicemail?: boolean | undefined;
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
  let note = input.note !== undefined ? optionalNote('note', input.note) : (old?.note ?? null);
  if (input.voicemail) {
    if (type !== 'thank-you-call') {
      refuse(
        'invalid-input',
        `voicemail: only a thank-you call is marked as left on voicemail; for a follow-up, log the event voicemail`,
        'voicemail',
      );
    }
    if (!isVoicemailThankYou(type, note)) note = optionalNote('note', voicemailNote(note));
  }
  return { type, date: date.toString(), at, until, note };
}

/** Logs an event on `o` inside the caller's transaction (for `log` and the pipeline's moves). */
export async function logOn(
  q: Queries,
  ctx: AppContext,
  o: OpportunityRecord,
  input: EventInput & { readonly type: string },
): Promise<Logged> {
  const day = await methodDayOf(q, ctx);
  const fields = eventFields(input, day);
  const records = await q.events(ctx.accountId, o.id);
  const earlier = records.map(timelineEvent);
  const event = timelineEvent({ ...fields, id: 0, opportunityId: o.id, createdAt: '' });
  if (!o.cache.closed) checkEventAllowed(records, event, day.method);
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
}

/** `log`: records what happened; the plan follows from the whole timeline. */
export function logEvent(ctx: AppContext, input: LogInput): Promise<Result<Logged>> {
  return attempt(() => ctx.store.transaction((q) => logEventIn(q, ctx, input)));
}

/** `log` inside a transaction of the caller's (the inbox logs a message and marks it handled at once). */
export async function logEventIn(q: Queries, ctx: AppContext, input: LogInput): Promise<Logged> {
  return logOn(q, ctx, await findOpportunity(q, ctx.accountId, input.opportunity), input);
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
      const others = (await q.events(ctx.accountId, old.opportunityId)).filter(
        (e) => e.id !== old.id,
      );
      const closed = schedule(others.map(timelineEvent), day.method).closed;
      if (!closed) {
        checkEventAllowed(others, timelineEvent({ ...old, ...fields }), day.method);
        checkThankYousKept(
          [...others, old],
          [...others, { ...old, ...fields }],
          fields.type !== old.type
            ? `making the ${old.type} of ${dayInWords(old.date)} a ${fields.type}`
            : `moving the ${old.type} to ${dayInWords(fields.date)}`,
        );
      }
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
      const all = await q.events(ctx.accountId, old.opportunityId);
      const others = all.filter((e) => e.id !== old.id);
      if (!schedule(others.map(timelineEvent), method).closed) {
        checkThankYousKept(all, others, `deleting the ${old.type} of ${dayInWords(old.date)}`);
      }
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
