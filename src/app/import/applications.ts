import type { Source } from '../../core/progress/words.js';
import type { ApplicationRow } from '../../formats/applications.js';
import { checkRow, eventWords, type PlannedEvent, present } from './application-row.js';

export type { PlannedEvent };

import type { DayOrder } from '../../formats/dates.js';
import type { RowProblem } from '../../formats/file-problem.js';
import type { CompanyRecord, EventRecord, PlainOpportunityRecord } from '../../store/records.js';
import { STATUS_EVENTS, statusKind } from '../application-status.js';
import { type ContactIndex, companyKey, type KnownContact, nameKey } from '../contact-index.js';
import { quote } from '../validate.js';
import { contactLabel, placeContact, rejectedRows } from './contacts.js';
import type { DuplicatePolicy, ImportItem } from './preview.js';

export interface AddedOpportunity {
  readonly line: number;
  readonly company: string;
  readonly title: string;
  contact: KnownContact | null;
  postingUrl: string | null;
  notes: string | null;
  readonly source: Source | null;
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
      // The cells go with it, so that the preview can correct them (an `edit`) and check again.
      items.push({
        line: r.line,
        ...span,
        action: 'reject',
        label,
        reason: row.reason,
        field: row.field,
        cells: r.values,
      });
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
        source: row.source,
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
