import { Temporal } from '../../core/dates.js';
import { CONTACT_ROLES } from '../../core/names.js';
import { schedule } from '../../core/plan.js';
import { parseMoment } from '../../core/time.js';
import type { ExportDocument } from '../../formats/export-document.js';
import type { Queries } from '../../store/queries.js';
import type { EventRecord, SettingsRecord } from '../../store/records.js';
import { cacheOf, timelineEvent } from '../cache.js';
import { companyKey } from '../contact-index.js';
import { type HolidayData, methodSettingsOf } from '../method-settings.js';
import { optionalSource } from '../progress/source.js';
import { Refusal, refuse } from '../result.js';
import { nextSettings } from '../settings.js';
import {
  eventType,
  isoDate,
  optionalEmail,
  optionalLine,
  optionalNote,
  optionalPhone,
  optionalUrl,
  quote,
  requiredLine,
} from '../validate.js';

/** A restore, checked: every value as it will be written. */
export interface RestorePlan {
  readonly document: ExportDocument;
  readonly settings: SettingsRecord;
}

/** Runs a check of one value of the document; its refusal names the value's path in the file. */
function at<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const { message, field } = error.failure;
    const words =
      field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
    return refuse('invalid-input', `file: ${path}: ${words}`, 'file');
  }
}

function instant(path: string, text: string): string {
  try {
    Temporal.Instant.from(text);
  } catch {
    refuse(
      'invalid-input',
      `file: ${path}: ${quote(text)} is not a moment; expected e.g. 2026-11-23T18:00:00.000Z`,
      'file',
    );
  }
  return text;
}

function reference(path: string, id: number | null, ids: ReadonlySet<number>, what: string): void {
  if (id !== null && !ids.has(id))
    refuse('invalid-input', `file: ${path}: no ${what} has the id ${id}`, 'file');
}

/**
 * Checks every value of an export as the use cases would (names, e-mails,
 * dates, events, references between records): the restore writes it all or nothing.
 */
export function checkRestore(
  document: ExportDocument,
  defaults: SettingsRecord,
  holidays: Pick<HolidayData, 'normaliseRegion'>,
): RestorePlan {
  const s = document.settings;
  const settings = at('settings', () =>
    nextSettings(
      defaults,
      {
        timeZone: s.timeZone,
        holidays: s.holidays,
        weekendDays: s.weekendDays,
        addDaysOff: s.daysOff,
        name: s.name,
        phone: s.phone,
        email: s.email,
        playbook: s.playbook,
      },
      holidays,
    ),
  );
  const companies = new Set<number>();
  const keys = new Map<string, number>();
  document.companies.forEach((c, i) => {
    const path = `companies[${i}]`;
    if (companies.has(c.id))
      refuse('invalid-input', `file: ${path}.id: ${c.id} is used twice`, 'file');
    companies.add(c.id);
    const name = at(`${path}.name`, () => requiredLine('name', c.name, 'the name'));
    const twin = keys.get(companyKey(name));
    if (twin !== undefined)
      refuse(
        'invalid-input',
        `file: ${path}.name: ${quote(name)} is also companies[${twin}]`,
        'file',
      );
    keys.set(companyKey(name), i);
    instant(`${path}.createdAt`, c.createdAt);
  });
  const contacts = new Set<number>();
  document.contacts.forEach((c, i) => {
    const path = `contacts[${i}]`;
    if (contacts.has(c.id))
      refuse('invalid-input', `file: ${path}.id: ${c.id} is used twice`, 'file');
    contacts.add(c.id);
    at(`${path}.name`, () => requiredLine('name', c.name, 'the name'));
    at(`${path}.email`, () => optionalEmail('email', c.email));
    at(`${path}.phone`, () => optionalPhone('phone', c.phone));
    if (c.role !== null && !(CONTACT_ROLES as readonly string[]).includes(c.role)) {
      refuse(
        'invalid-input',
        `file: ${path}.role: ${quote(c.role)} is not a role; use one of ${CONTACT_ROLES.join(', ')}`,
        'file',
      );
    }
    reference(`${path}.companyId`, c.companyId, companies, 'company');
    at(`${path}.position`, () => optionalLine('position', c.position));
    at(`${path}.linkedinUrl`, () => optionalUrl('url', c.linkedinUrl));
    if (c.connectedOn !== null)
      at(`${path}.connectedOn`, () => isoDate('date', c.connectedOn ?? ''));
    at(`${path}.notes`, () => optionalNote('notes', c.notes));
    instant(`${path}.createdAt`, c.createdAt);
  });
  const opportunities = new Set<number>();
  document.opportunities.forEach((o, i) => {
    const path = `opportunities[${i}]`;
    if (opportunities.has(o.id))
      refuse('invalid-input', `file: ${path}.id: ${o.id} is used twice`, 'file');
    opportunities.add(o.id);
    reference(`${path}.companyId`, o.companyId, companies, 'company');
    reference(`${path}.contactId`, o.contactId, contacts, 'contact');
    if (o.kind === 'job') {
      if (o.companyId === null)
        refuse('invalid-input', `file: ${path}.companyId: a job needs its company`, 'file');
      at(`${path}.title`, () => requiredLine('title', o.title, 'the job title'));
    } else {
      if (o.contactId === null)
        refuse('invalid-input', `file: ${path}.contactId: networking needs its person`, 'file');
      at(`${path}.title`, () => optionalLine('title', o.title));
    }
    at(`${path}.postingUrl`, () => optionalUrl('url', o.postingUrl));
    at(`${path}.notes`, () => optionalNote('notes', o.notes));
    at(`${path}.source`, () => optionalSource('source', o.source));
    instant(`${path}.createdAt`, o.createdAt);
  });
  document.events.forEach((e, i) => {
    const path = `events[${i}]`;
    reference(`${path}.opportunityId`, e.opportunityId, opportunities, 'opportunity');
    const type = at(`${path}.type`, () => eventType('type', e.type));
    const date = at(`${path}.date`, () => isoDate('date', e.date));
    if (e.at !== null && !parseMoment(e.at, settings.timeZone)) {
      refuse(
        'invalid-input',
        `file: ${path}.at: ${quote(e.at)} is not a date and time; expected e.g. 2026-12-03T10:00:00-06:00`,
        'file',
      );
    }
    if (type === 'callback') {
      const until = at(`${path}.until`, () => isoDate('until', e.until ?? ''));
      if (Temporal.PlainDate.compare(until, date) < 0) {
        refuse(
          'invalid-input',
          `file: ${path}.until: ${until.toString()} is before the callback itself`,
          'file',
        );
      }
    } else if (e.until !== null) {
      refuse(
        'invalid-input',
        `file: ${path}.until: only a callback has a date to wait for`,
        'file',
      );
    }
    at(`${path}.note`, () => optionalNote('note', e.note));
    instant(`${path}.createdAt`, e.createdAt);
  });
  return { document, settings };
}

/** Writes a checked restore into an empty account; the plan of every opportunity is computed from its events. */
export async function writeRestore(
  q: Queries,
  accountId: number,
  { document, settings }: RestorePlan,
  progress: (done: number) => void,
): Promise<void> {
  await q.saveSettings(accountId, settings);
  const method = await methodSettingsOf(settings);
  const companyIds = await q.insertCompanies(
    accountId,
    document.companies.map((c) => ({
      name: c.name.trim(),
      key: companyKey(c.name),
      createdAt: c.createdAt,
    })),
  );
  const companyOf = new Map(
    document.companies.map((c) => [c.id, companyIds.get(companyKey(c.name)) ?? null]),
  );
  const company = (id: number | null) => (id === null ? null : (companyOf.get(id) ?? null));
  progress(document.companies.length);
  const clean = (text: string | null) =>
    text === null ? null : text.trim() === '' ? null : text.trim();
  const contactIds = await q.insertContacts(
    accountId,
    document.contacts.map((c) => ({
      name: c.name.trim(),
      email: clean(c.email),
      phone: clean(c.phone),
      role: c.role,
      companyId: company(c.companyId),
      position: clean(c.position),
      linkedinUrl: clean(c.linkedinUrl),
      connectedOn: c.connectedOn,
      notes: optionalNote('notes', c.notes),
      createdAt: c.createdAt,
    })),
  );
  const contactOf = new Map(document.contacts.map((c, i) => [c.id, contactIds[i] ?? null]));
  progress(document.companies.length + document.contacts.length);
  const eventsOf = new Map<number, EventRecord[]>();
  for (const e of document.events) {
    const list = eventsOf.get(e.opportunityId) ?? [];
    list.push({
      id: 0,
      opportunityId: 0,
      type: e.type,
      date: e.date,
      at: e.at,
      until: e.until,
      note: optionalNote('note', e.note),
      createdAt: e.createdAt,
    });
    eventsOf.set(e.opportunityId, list);
  }
  const caches = document.opportunities.map((o) => {
    const events = eventsOf.get(o.id) ?? [];
    return cacheOf(schedule(events.map(timelineEvent), method), events);
  });
  const ids = await q.insertOpportunities(
    accountId,
    document.opportunities.map((o, i) => ({
      kind: o.kind,
      companyId: company(o.companyId),
      title: clean(o.title),
      contactId: o.contactId === null ? null : (contactOf.get(o.contactId) ?? null),
      postingUrl: clean(o.postingUrl),
      notes: optionalNote('notes', o.notes),
      source: optionalSource('source', o.source),
      createdAt: o.createdAt,
      cache: caches[i] ?? cacheOf(schedule([], method), []),
    })),
  );
  const opportunityOf = new Map(document.opportunities.map((o, i) => [o.id, ids[i] ?? 0]));
  await q.insertEvents(
    accountId,
    document.opportunities.flatMap((o) =>
      (eventsOf.get(o.id) ?? []).map((e) => ({
        ...e,
        opportunityId: opportunityOf.get(o.id) ?? 0,
      })),
    ),
  );
  await q.insertSteps(
    accountId,
    caches.flatMap((cache, i) =>
      cache.steps.map((s, position) => ({ ...s, position, opportunityId: ids[i] ?? 0 })),
    ),
  );
  progress(document.companies.length + document.contacts.length + document.opportunities.length);
}
