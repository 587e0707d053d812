import type { MethodSettings } from '../../core/plan.js';
import { schedule } from '../../core/plan.js';
import type { Queries } from '../../store/queries.js';
import type { CompanyRecord, EventRecord } from '../../store/records.js';
import { cacheOf, refreshCache, timelineEvent } from '../cache.js';
import { type ContactRef, companyKey, type KnownContact } from '../contact-index.js';
import type { AddedOpportunity, PlannedEvent, UpdatedOpportunity } from './applications.js';

/** Rows written between two reports of progress. */
const SLICE = 2000;

/** Reports rows written so far. */
export type Written = (rows: number) => void;

/** The company names an import needs that the account does not have yet, first spelling kept. */
export function newCompanies(
  names: readonly (string | null)[],
  stored: readonly CompanyRecord[],
): { name: string; key: string }[] {
  const known = new Set(stored.map((c) => c.key));
  const found = new Map<string, string>();
  for (const name of names) {
    if (name === null) continue;
    const key = companyKey(name);
    if (!known.has(key) && !found.has(key)) found.set(key, name);
  }
  return [...found].map(([key, name]) => ({ key, name }));
}

/** Creates the new companies; every company's id by key. */
export async function writeCompanies(
  q: Queries,
  accountId: number,
  created: readonly { name: string; key: string }[],
  stored: readonly CompanyRecord[],
): Promise<Map<string, number>> {
  const ids = new Map(stored.map((c) => [c.key, c.id]));
  for (const [key, id] of await q.insertCompanies(accountId, created)) ids.set(key, id);
  return ids;
}

const companyIdOf = (ids: ReadonlyMap<string, number>, name: string | null) =>
  name === null ? null : (ids.get(companyKey(name)) ?? null);

/** Writes the contacts an import adds and fills in; gives a resolver of contact refs to ids. */
export async function writeContacts(
  q: Queries,
  accountId: number,
  added: readonly KnownContact[],
  updated: readonly KnownContact[],
  companies: ReadonlyMap<string, number>,
  written: Written,
): Promise<(ref: ContactRef) => number> {
  const ids: number[] = [];
  for (let i = 0; i < added.length; i += SLICE) {
    const slice = added.slice(i, i + SLICE).map(({ fields }) => ({
      ...fields,
      companyId: companyIdOf(companies, fields.company),
    }));
    ids.push(...(await q.insertContacts(accountId, slice)));
    written(i + slice.length);
  }
  for (const known of updated) {
    if (!('existing' in known.ref)) continue;
    const patch: Record<string, unknown> = {};
    for (const field of known.filled) {
      if (field === 'company') patch.companyId = companyIdOf(companies, known.fields.company);
      else patch[field] = known.fields[field];
    }
    await q.patchContact(accountId, known.ref.existing, patch);
  }
  written(added.length + updated.length);
  return (ref) => ('existing' in ref ? ref.existing : (ids[ref.added] ?? 0));
}

function eventRecords(events: readonly PlannedEvent[]): EventRecord[] {
  return events.map((e) => ({
    id: 0,
    opportunityId: 0,
    type: e.type,
    date: e.date,
    at: null,
    until: null,
    note: e.note,
    createdAt: '',
  }));
}

// Written now: the record's empty createdAt only served the plan.
const newEvent = ({ type, date, at, until, note }: EventRecord, opportunityId: number) => ({
  opportunityId,
  type,
  date,
  at,
  until,
  note,
});

/** Writes new opportunities with their events and plans, and the events and fields merged into stored ones. */
export async function writeOpportunities(
  q: Queries,
  accountId: number,
  added: readonly AddedOpportunity[],
  updated: readonly UpdatedOpportunity[],
  refs: { companies: ReadonlyMap<string, number>; contact: (ref: ContactRef) => number },
  method: MethodSettings,
): Promise<void> {
  const records = added.map((o) => eventRecords(o.events));
  const caches = records.map((events) =>
    cacheOf(schedule(events.map(timelineEvent), method), events),
  );
  const ids = await q.insertOpportunities(
    accountId,
    added.map((o, i) => ({
      kind: 'job',
      companyId: companyIdOf(refs.companies, o.company),
      title: o.title,
      contactId: o.contact === null ? null : refs.contact(o.contact.ref),
      postingUrl: o.postingUrl,
      notes: o.notes,
      source: o.source,
      cache: caches[i] ?? cacheOf(schedule([], method), []),
    })),
  );
  await q.insertEvents(
    accountId,
    records.flatMap((events, i) => events.map((e) => newEvent(e, ids[i] ?? 0))),
  );
  await q.insertSteps(
    accountId,
    caches.flatMap((cache, i) =>
      cache.steps.map((s, position) => ({ ...s, position, opportunityId: ids[i] ?? 0 })),
    ),
  );
  for (const o of updated) {
    await q.patchOpportunity(accountId, o.id, {
      ...(o.contact === null ? {} : { contactId: refs.contact(o.contact.ref) }),
      ...(o.postingUrl === null ? {} : { postingUrl: o.postingUrl }),
      ...(o.notes === null ? {} : { notes: o.notes }),
    });
    await q.insertEvents(
      accountId,
      eventRecords(o.events).map((e) => ({ ...e, opportunityId: o.id })),
    );
    await refreshCache(q, accountId, o.id, method);
  }
}
