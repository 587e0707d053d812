import type { ApplicationRow } from '../formats/applications.js';
import { type DayOrder, readDate } from '../formats/dates.js';
import type { RowProblem } from '../formats/file-problem.js';
import type { CompanyRecord, EventRecord, PlainOpportunityRecord } from '../store/records.js';
import { STATUS_EVENTS, statusKind } from './application-status.js';
import { type ContactIndex, companyKey, type KnownContact, nameKey } from './contact-index.js';
import { contactLabel, placeContact, rejectedRows } from './import-contacts.js';
import { checked, lenient } from './import-fields.js';
import type { DuplicatePolicy, ImportItem } from './import-preview.js';
import {
  optionalEmail,
  optionalLine,
  optionalNote,
  optionalPhone,
  optionalUrl,
  quote,
  requiredLine,
} from './validate.js';

/** An event an imported row brings; `undated` ones carry the import day for want of a date. */
export interface PlannedEvent {
  readonly type: 'applied' | 'interview' | 'offer' | 'rejected' | 'withdrawn' | 'note';
  readonly date: string;
  readonly note: string | null;
  readonly undated: boolean;
}

export interface AddedOpportunity {
  readonly line: number;
  readonly company: string;
  readonly title: string;
  contact: KnownContact | null;
  postingUrl: string | null;
  notes: string | null;
  readonly events: PlannedEvent[];
}

export interface UpdatedOpportunity {
  readonly id: number;
  contact: KnownContact | null;
  postingUrl: string | null;
  notes: string | null;
  readonly events: PlannedEvent[];
}

export interface ApplicationPlan {
  readonly items: readonly ImportItem[];
  readonly added: readonly AddedOpportunity[];
  readonly updated: readonly UpdatedOpportunity[];
  readonly addedContacts: readonly KnownContact[];
  readonly updatedContacts: readonly KnownContact[];
  /** How each status of the file was read. */
  readonly statuses: readonly string[];
}

/** What the planner needs of the account. */
export interface ApplicationContext {
  readonly today: string;
  readonly order: DayOrder | undefined;
  readonly policy: DuplicatePolicy;
  readonly contacts: ContactIndex;
  readonly opportunities: readonly PlainOpportunityRecord[];
  readonly companies: readonly CompanyRecord[];
  readonly eventsOf: (opportunityId: number) => Promise<readonly EventRecord[]>;
}

const jobKey = (company: string, title: string) => `${companyKey(company)}\u0000${nameKey(title)}`;

function eventWords(e: PlannedEvent): string {
  if (e.type === 'note') return `note on ${e.date}: ${e.note ?? ''}`;
  return e.undated
    ? `${e.type} on ${e.date} (no date given: the day of the import)`
    : `${e.type} on ${e.date}`;
}

// An event is there already when the timeline has it on its date; an undated one, when it has its kind (and words).
function present(
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
    if (statusDate && statusDate <= today) {
      events.push({ type: 'interview', date: statusDate, note: null, undated: false });
    } else {
      const when = statusDate ? ` on ${statusDate}` : '';
      events.push({
        type: 'note',
        date: today,
        note: `Status in the spreadsheet: ${status}${when}`,
        undated: true,
      });
      warnings.push(
        statusDate
          ? `the interview on ${statusDate} is ahead: log it with its time to be reminded`
          : `status ${quote(status ?? '')} has no date: no interview was logged (a note says so); log it with its date`,
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
function checkRow(row: ApplicationRow, ctx: ApplicationContext) {
  const v = row.values;
  const company = checked(() => requiredLine('company', v.company, 'the company'));
  if (!company.ok) return { ok: false as const, reason: company.reason };
  const title = checked(() => requiredLine('title', v.title, 'the job title'));
  if (!title.ok) return { ok: false as const, reason: title.reason };
  const dates: Record<'applied' | 'status-date', string | null> = {
    applied: null,
    'status-date': null,
  };
  for (const field of ['applied', 'status-date'] as const) {
    const text = v[field];
    if (text === undefined) continue;
    const date = readDate(text, ctx.order);
    if (!date.ok) return { ok: false as const, reason: `${field}: ${date.reason}` };
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
    events: eventsOf(dates.applied, status, dates['status-date'], ctx.today, warnings),
    status,
    warnings,
  };
}

/** The plan of an import of a tracker of applications: nothing is written here. */
export async function planApplications(
  rows: readonly ApplicationRow[],
  problems: readonly RowProblem[],
  ctx: ApplicationContext,
): Promise<ApplicationPlan> {
  const items: ImportItem[] = rejectedRows(problems);
  const companyNames = new Map(ctx.companies.map((c) => [c.id, c.name]));
  const stored = new Map<string, PlainOpportunityRecord[]>();
  for (const o of ctx.opportunities) {
    const company = o.companyId === null ? null : companyNames.get(o.companyId);
    if (!company || o.title === null) continue;
    const key = jobKey(company, o.title);
    stored.set(key, [...(stored.get(key) ?? []), o]);
  }
  const added: AddedOpportunity[] = [];
  const addedByKey = new Map<string, AddedOpportunity[]>();
  const updated = new Map<number, UpdatedOpportunity & { timeline: readonly EventRecord[] }>();
  const addedContacts: KnownContact[] = [];
  const updatedContacts = new Set<KnownContact>();
  const statuses = new Map<string, string>();
  const sameJob = (url: string | null) => (o: { postingUrl: string | null }) =>
    url === null || o.postingUrl === null || o.postingUrl === url;

  const contactFor = (
    row: NonNullable<ReturnType<typeof checkRow>>,
    line: number,
    changes: string[],
  ) => {
    if (!row.ok || row.contact === null) return null;
    const placed = placeContact(ctx.contacts, row.contact, line, ctx.policy);
    if (placed.item.action === 'add') {
      addedContacts.push(placed.known);
      changes.push(`contact ${contactLabel(row.contact)} (new)`);
    } else {
      const filled = placed.item.action === 'merge' ? (placed.item.changes ?? []) : [];
      if (filled.length > 0 && 'existing' in placed.known.ref) updatedContacts.add(placed.known);
      changes.push(
        `contact ${contactLabel(placed.known.fields)}${filled.length > 0 ? `: ${filled.join(', ')}` : ''}`,
      );
    }
    return placed.known;
  };

  for (const r of rows) {
    const span = r.endLine === undefined ? {} : { endLine: r.endLine };
    const row = checkRow(r, ctx);
    if (!row.ok) {
      const label = [r.values.title, r.values.company].filter(Boolean).join(' at ');
      items.push({ line: r.line, ...span, action: 'reject', label, reason: row.reason });
      continue;
    }
    if (row.status !== null) {
      const kind = statusKind(row.status);
      statuses.set(row.status, kind ? STATUS_EVENTS[kind] : 'kept as a note');
    }
    const label = `${row.title} at ${row.company}`;
    const key = jobKey(row.company, row.title);
    const warnings = row.warnings.length > 0 ? { warnings: row.warnings } : {};
    const earlier = (addedByKey.get(key) ?? []).find(sameJob(row.postingUrl));
    const storedMatch = earlier ? undefined : (stored.get(key) ?? []).find(sameJob(row.postingUrl));
    if (!earlier && !storedMatch) {
      const changes = row.events.map(eventWords);
      const opportunity: AddedOpportunity = {
        line: r.line,
        company: row.company,
        title: row.title,
        contact: null,
        postingUrl: row.postingUrl,
        notes: row.notes,
        events: row.events,
      };
      opportunity.contact = contactFor(row, r.line, changes);
      added.push(opportunity);
      addedByKey.set(key, [...(addedByKey.get(key) ?? []), opportunity]);
      items.push({ line: r.line, ...span, action: 'add', label, changes, ...warnings });
      continue;
    }
    const duplicateOf = earlier
      ? { line: earlier.line, label, by: 'company-title' as const }
      : { id: String(storedMatch?.id), label, by: 'company-title' as const };
    let target: AddedOpportunity | (UpdatedOpportunity & { timeline: readonly EventRecord[] });
    if (earlier) target = earlier;
    else {
      const o = storedMatch as PlainOpportunityRecord;
      const existing = updated.get(o.id) ?? {
        id: o.id,
        contact: null,
        postingUrl: null,
        notes: null,
        events: [],
        timeline: await ctx.eventsOf(o.id),
      };
      target = existing;
      updated.set(o.id, existing);
    }
    const base = earlier ?? (storedMatch as PlainOpportunityRecord);
    const known = 'timeline' in target ? [...target.timeline, ...target.events] : target.events;
    const missing = row.events.filter((e) => !present(known, e));
    const fills: string[] = [];
    const hasContact = earlier
      ? earlier.contact !== null
      : storedMatch?.contactId !== null || target.contact !== null;
    if (ctx.policy === 'skip') {
      const would =
        missing.length > 0 || (row.postingUrl && !base.postingUrl) || (row.notes && !base.notes);
      items.push({
        line: r.line,
        ...span,
        action: 'skip',
        label,
        duplicateOf,
        reason: would ? 'duplicates are skipped' : 'already there',
        ...warnings,
      });
      continue;
    }
    if (row.postingUrl && !base.postingUrl && !target.postingUrl) {
      target.postingUrl = row.postingUrl;
      fills.push('fills in the posting URL');
    }
    if (row.notes && !base.notes && !target.notes) {
      target.notes = row.notes;
      fills.push('fills in the notes');
    }
    if (!hasContact && row.contact) target.contact = contactFor(row, r.line, fills);
    target.events.push(...missing);
    const changes = [...missing.map(eventWords), ...fills];
    items.push(
      changes.length > 0
        ? { line: r.line, ...span, action: 'merge', label, duplicateOf, changes, ...warnings }
        : {
            line: r.line,
            ...span,
            action: 'skip',
            label,
            duplicateOf,
            reason: 'already there',
            ...warnings,
          },
    );
  }
  items.sort((a, b) => a.line - b.line);
  return {
    items,
    added,
    updated: [...updated.values()].filter(
      (u) => u.events.length > 0 || u.contact || u.postingUrl || u.notes,
    ),
    addedContacts,
    updatedContacts: [...updatedContacts],
    statuses: [...statuses].map(([status, words]) => `status ${quote(status)}: ${words}`),
  };
}
