import { guessSource } from '../../core/progress/guess-source.js';
import type { ApplicationRow } from '../../formats/applications.js';
import { type DayOrder, readDate } from '../../formats/dates.js';
import { statusKind } from '../application-status.js';
import {
  optionalEmail,
  optionalLine,
  optionalNote,
  optionalPhone,
  optionalUrl,
  quote,
  requiredLine,
} from '../validate.js';
import { checked, lenient } from './fields.js';

/** An event an imported row brings; `undated` ones carry the import day for want of a date. */
export interface PlannedEvent {
  readonly type: 'applied' | 'interview' | 'offer' | 'rejected' | 'withdrawn' | 'note';
  readonly date: string;
  readonly note: string | null;
  readonly undated: boolean;
}

export function eventWords(e: PlannedEvent): string {
  if (e.type === 'note') return `note on ${e.date}: ${e.note ?? ''}`;
  return e.undated
    ? `${e.type} on ${e.date} (no date given: the day of the import)`
    : `${e.type} on ${e.date}`;
}

// An event is there already when the timeline has it on its date; an undated one, when it has its kind (and words).
export function present(
  events: readonly { type: string; date: string; note: string | null }[],
  e: PlannedEvent,
): boolean {
  return events.some((x) =>
    x.type !== e.type
      ? false
      : e.undated
        ? e.type !== 'note' || x.note === e.note
        : x.date === e.date,
  );
}

/** The events of a row: applied on its date, and what its status stands for (dates are never invented). */
function eventsOf(
  applied: string | null,
  status: string | null,
  statusDate: string | null,
  today: string,
  warnings: string[],
): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  if (applied) events.push({ type: 'applied', date: applied, note: null, undated: false });
  const kind = status === null ? undefined : statusKind(status);
  if (status !== null && kind === undefined) {
    events.push({
      type: 'note',
      date: today,
      note: `Status in the spreadsheet: ${status}`,
      undated: true,
    });
    warnings.push(`status ${quote(status)} is not one JustEnough knows: kept as a note`);
  } else if (kind === 'interview') {
    if (statusDate) {
      // R5: an interview on its status date, ahead or past, so that nothing is due before it.
      events.push({ type: 'interview', date: statusDate, note: null, undated: false });
      if (statusDate > today) {
        warnings.push(
          `the interview on ${statusDate} has no time: it is scheduled on that day; add its time to be reminded at the hour`,
        );
      }
    } else {
      events.push({
        type: 'note',
        date: today,
        note: `Status in the spreadsheet: ${status}`,
        undated: true,
      });
      warnings.push(
        `status ${quote(status ?? '')} has no date: no interview was logged (a note says so); log it with its date`,
      );
    }
  } else if (kind === 'offer' || kind === 'rejected' || kind === 'withdrawn') {
    events.push(
      statusDate
        ? { type: kind, date: statusDate, note: null, undated: false }
        : {
            type: kind,
            date: today,
            note: `The spreadsheet said ${quote(status ?? '')} without a date`,
            undated: true,
          },
    );
  }
  if (!applied && kind !== 'offer' && kind !== 'rejected' && kind !== 'withdrawn') {
    warnings.push('no date applied: nothing is scheduled until you log when you applied');
  }
  return events;
}

/** One row checked: the opportunity's fields and events, or why it cannot be imported. */
export function checkRow(
  row: ApplicationRow,
  ctx: { readonly today: string; readonly order: DayOrder | undefined },
) {
  const v = row.values;
  const company = checked(() => requiredLine('company', v.company, 'the company'));
  if (!company.ok) return { ok: false as const, reason: company.reason, field: 'company' as const };
  const title = checked(() => requiredLine('title', v.title, 'the job title'));
  if (!title.ok) return { ok: false as const, reason: title.reason, field: 'title' as const };
  const dates: Record<'applied' | 'status-date', string | null> = {
    applied: null,
    'status-date': null,
  };
  for (const field of ['applied', 'status-date'] as const) {
    const text = v[field];
    if (text === undefined) continue;
    const date = readDate(text, ctx.order);
    if (!date.ok) return { ok: false as const, reason: `${field}: ${date.reason}`, field };
    dates[field] = date.date;
  }
  const warnings: string[] = [];
  const contactName = lenient(warnings, () => optionalLine('contact', v.contact));
  const email = lenient(warnings, () => optionalEmail('email', v.email));
  const phone = lenient(warnings, () => optionalPhone('phone', v.phone));
  const orphan =
    contactName === null
      ? [email && `Contact e-mail: ${email}`, phone && `Contact phone: ${phone}`]
      : [];
  if (contactName === null && (email || phone))
    warnings.push("a contact's e-mail or phone without a name: kept in the notes");
  const noteText = [v.notes, ...orphan].filter(Boolean).join('\n');
  const status = v.status ?? null;
  return {
    ok: true as const,
    company: company.value,
    title: title.value,
    contact:
      contactName === null
        ? null
        : {
            name: contactName,
            email,
            phone,
            role: null,
            company: company.value,
            position: null,
            linkedinUrl: null,
            connectedOn: null,
            notes: null,
          },
    postingUrl: lenient(warnings, () => optionalUrl('url', v.url)),
    notes: lenient(warnings, () => optionalNote('notes', noteText)),
    source: guessSource(v.source, v.referral),
    events: eventsOf(dates.applied, status, dates['status-date'], ctx.today, warnings),
    status,
    warnings,
  };
}

/** A checked row that can be imported. */
export type CheckedRow = Extract<ReturnType<typeof checkRow>, { ok: true }>;
