import type { Action } from '../core/plan.js';
import { csvDocument } from '../formats/csv-write.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from '../formats/export-document.js';
import { recordUid } from '../formats/vcard-uid.js';
import { writeVcards } from '../formats/vcard-write.js';
import type { Queries } from '../store/queries.js';
import type { EventRecord, StepRecord } from '../store/records.js';
import { dayOf, playbookOf } from './account.js';
import type { AppContext } from './context.js';
import { statusOn } from './lists.js';
import { outcomeOf } from './progress/outcome.js';
import { storedSource } from './progress/source.js';
import { attempt, type Result } from './result.js';
import { WEEKDAYS } from './settings.js';
import { oneOf } from './validate.js';
import { stepLabel } from './views.js';

export const EXPORT_FORMATS = ['json', 'csv', 'vcard'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to save: its text, its name and its media type. */
export interface ExportFile {
  readonly format: ExportFormat;
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string;
  /** How many records it holds (opportunities, contacts, or everything). */
  readonly count: number;
}

/** Document ids: 1, 2, 3 ... in the order records were created. */
function numbering(ids: readonly number[]): Map<number, number> {
  return new Map(ids.map((id, i) => [id, i + 1]));
}

async function documentOf(q: Queries, ctx: AppContext): Promise<ExportDocument> {
  const { settings, now } = await dayOf(q, ctx);
  const companies = await q.allCompanies(ctx.accountId);
  const contacts = await q.allContacts(ctx.accountId);
  const opportunities = await q.allOpportunities(ctx.accountId);
  const events = await q.allEvents(ctx.accountId);
  const companyId = numbering(companies.map((c) => c.id));
  const contactId = numbering(contacts.map((c) => c.id));
  const opportunityId = numbering(opportunities.map((o) => o.id));
  const ref = (map: Map<number, number>, id: number | null) =>
    id === null ? null : (map.get(id) ?? null);
  const byOpportunity = new Map<number, EventRecord[]>();
  for (const e of events)
    byOpportunity.set(e.opportunityId, [...(byOpportunity.get(e.opportunityId) ?? []), e]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toString({ timeZoneName: 'never', smallestUnit: 'second' }),
    settings: {
      timeZone: settings.timeZone,
      holidays: settings.region,
      weekendDays: settings.weekendDays.map((d) => WEEKDAYS[d - 1] ?? String(d)),
      daysOff: [...settings.daysOff],
      name: settings.name,
      phone: settings.phone,
      email: settings.email,
      playbook: settings.playbook as Record<string, string | number>,
    },
    companies: companies.map((c) => ({
      id: companyId.get(c.id) ?? 0,
      name: c.name,
      createdAt: c.createdAt,
    })),
    contacts: contacts.map((c) => ({
      id: contactId.get(c.id) ?? 0,
      name: c.name,
      email: c.email,
      phone: c.phone,
      role: c.role,
      companyId: ref(companyId, c.companyId),
      position: c.position,
      linkedinUrl: c.linkedinUrl,
      connectedOn: c.connectedOn,
      notes: c.notes,
      createdAt: c.createdAt,
    })),
    opportunities: opportunities.map((o) => ({
      id: opportunityId.get(o.id) ?? 0,
      kind: o.kind === 'networking' ? 'networking' : 'job',
      companyId: ref(companyId, o.companyId),
      title: o.title,
      contactId: ref(contactId, o.contactId),
      postingUrl: o.postingUrl,
      notes: o.notes,
      source: storedSource(o.source),
      createdAt: o.createdAt,
    })),
    events: opportunities.flatMap((o) =>
      (byOpportunity.get(o.id) ?? []).map((e) => ({
        opportunityId: opportunityId.get(o.id) ?? 0,
        type: e.type,
        date: e.date,
        at: e.at,
        until: e.until,
        note: e.note,
        createdAt: e.createdAt,
      })),
    ),
  };
}

/** Everything the account holds, as one versioned JSON document that `import` restores. */
export function exportDocument(ctx: AppContext): Promise<ExportDocument> {
  return ctx.store.read((q) => documentOf(q, ctx));
}

const CSV_HEADER = [
  'Id',
  'Kind',
  'Company',
  'Title',
  'Status',
  'Contact',
  'Contact role',
  'Contact e-mail',
  'Contact phone',
  'Follow-ups made',
  'Next step',
  'Due on',
  'Due by',
  'Overdue',
  'Then',
  'Applied on',
  'Last event',
  'Last event on',
  'Held on',
  'Posting URL',
  'Notes',
  'Source',
  'Outcome',
];

async function opportunitiesCsv(
  q: Queries,
  ctx: AppContext,
): Promise<{ body: string; count: number }> {
  const { settings, today } = await dayOf(q, ctx);
  const date = today.toString();
  const max = playbookOf(settings).maxFollowUps;
  const records = (await q.opportunities(ctx.accountId)).sort((a, b) => a.id - b.id);
  const steps = new Map<number, StepRecord[]>();
  for (const s of await q.dueSteps(ctx.accountId, '9999-12-31'))
    steps.set(s.opportunityId, [...(steps.get(s.opportunityId) ?? []), s]);
  const events = new Map<number, EventRecord[]>();
  for (const e of await q.allEvents(ctx.accountId))
    events.set(e.opportunityId, [...(events.get(e.opportunityId) ?? []), e]);
  const label = (s: StepRecord) => stepLabel(s.action as Action, s.followUpNumber, max);
  const rows = records.map((o) => {
    const status = statusOn(o, date);
    const open = status === 'active' || status === 'interviewing';
    const [next, ...then] = open ? (steps.get(o.id) ?? []) : [];
    const timeline = events.get(o.id) ?? [];
    const last = timeline[timeline.length - 1];
    return [
      o.id,
      o.kind,
      o.company,
      o.title,
      status,
      o.contact?.name,
      o.contact?.role,
      o.contact?.email,
      o.contact?.phone,
      o.cache.followUps,
      next && label(next),
      next?.dueOn,
      next?.dueBy,
      next ? date > next.dueBy : null,
      then
        .map((s) => `${label(s)} ${s.dueOn === s.dueBy ? s.dueOn : `${s.dueOn} to ${s.dueBy}`}`)
        .join('; '),
      timeline.find((e) => e.type === 'applied' || e.type === 'reached-out')?.date,
      last?.type,
      last?.date,
      status === 'holding' ? o.cache.heldOn : null,
      o.postingUrl,
      o.notes,
      storedSource(o.source),
      status === 'closed' ? outcomeOf(timeline) : null,
    ];
  });
  return { body: csvDocument(CSV_HEADER, rows), count: rows.length };
}

async function contactsVcard(
  q: Queries,
  ctx: AppContext,
): Promise<{ body: string; count: number }> {
  const companies = new Map((await q.allCompanies(ctx.accountId)).map((c) => [c.id, c.name]));
  const contacts = await q.allContacts(ctx.accountId);
  const companyOf = (id: number | null) => (id === null ? null : (companies.get(id) ?? null));
  const about = new Map<number, string[]>();
  for (const o of await q.allOpportunities(ctx.accountId)) {
    if (o.contactId === null) continue;
    const company = companyOf(o.companyId);
    const words = [o.title, company].filter(Boolean).join(' at ') || 'an opportunity';
    about.set(o.contactId, [...(about.get(o.contactId) ?? []), `${words} (#${o.id})`]);
  }
  const body = writeVcards(
    contacts.map((c) => ({
      ...c,
      // What identifies the person for good here: the account, the id and when it was made.
      uid: recordUid(`contact:${ctx.accountId}:${c.id}:${c.createdAt}`),
      company: companyOf(c.companyId),
      opportunities: about.get(c.id) ?? [],
    })),
  );
  return { body, count: contacts.length };
}

/**
 * `export`: everything as JSON (restored by `import`), the opportunities with
 * their next steps as CSV for spreadsheets, or the contacts as vCard 3.0.
 */
export function exportAs(ctx: AppContext, format: string = 'json'): Promise<Result<ExportFile>> {
  return attempt(() =>
    ctx.store.read(async (q) => {
      const chosen = oneOf('format', format, EXPORT_FORMATS);
      const day = (await dayOf(q, ctx)).today.toString();
      if (chosen === 'csv') {
        const { body, count } = await opportunitiesCsv(q, ctx);
        return {
          format: chosen,
          fileName: `justenough-opportunities-${day}.csv`,
          contentType: 'text/csv; charset=utf-8',
          body,
          count,
        };
      }
      if (chosen === 'vcard') {
        const { body, count } = await contactsVcard(q, ctx);
        return {
          format: chosen,
          fileName: `justenough-contacts-${day}.vcf`,
          contentType: 'text/vcard; charset=utf-8',
          body,
          count,
        };
      }
      const document = await documentOf(q, ctx);
      return {
        format: chosen,
        fileName: `justenough-${day}.json`,
        contentType: 'application/json; charset=utf-8',
        body: `${JSON.stringify(document, null, 2)}\n`,
        count:
          document.companies.length +
          document.contacts.length +
          document.opportunities.length +
          document.events.length,
      };
    }),
  );
}
