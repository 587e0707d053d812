import {
  APPLICATION_FIELDS,
  type ApplicationField,
  type ApplicationRow,
  type ColumnMapping,
  FIELD_WORDS,
  guessMapping,
  headerKey,
  readApplications,
} from '../../formats/applications.js';
import {
  DAY_ORDERS,
  type DayOrder,
  dateInWords,
  dayOrderEvidence,
  provenOrder,
  readDate,
  regionDayOrder,
  twoWayDate,
} from '../../formats/dates.js';
import type { ReadFile } from '../../formats/read-file.js';
import type { Queries } from '../../store/queries.js';
import { ContactIndex } from '../contact-index.js';
import type { AppContext } from '../context.js';
import { methodDayOf } from '../method-settings.js';
import { refuse } from '../result.js';
import { oneOf, quote } from '../validate.js';
import { planApplications } from './applications.js';
import {
  countItems,
  type DuplicatePolicy,
  type MappingView,
  type Planned,
  type PreviewHeader,
} from './preview.js';
import { newCompanies, writeCompanies, writeContacts, writeOpportunities } from './write.js';

type Table = Extract<ReadFile, { format: 'csv' }>['table'];

const listed = (names: readonly string[]) => names.map((n) => quote(n)).join(', ');

/** The guessed mapping with the user's corrections ("title=Job", "notes=" to leave a field out). */
export function resolveMapping(
  columns: readonly string[],
  corrections: readonly string[],
): { fields: ColumnMapping; guessed: ColumnMapping; missing: string | null } {
  const guessed = guessMapping(columns);
  const fields: ColumnMapping = { ...guessed };
  for (const pair of corrections) {
    const at = pair.indexOf('=');
    const field = (at < 0 ? pair : pair.slice(0, at)).trim().toLowerCase();
    if (at < 0 || !(APPLICATION_FIELDS as readonly string[]).includes(field)) {
      refuse(
        'invalid-input',
        `map: ${quote(pair)} is not field=column; fields: ${APPLICATION_FIELDS.join(', ')}`,
        'map',
      );
    }
    const name = pair.slice(at + 1).trim();
    const key = field as ApplicationField;
    if (name === '') {
      delete fields[key];
      continue;
    }
    const column =
      columns.find((c) => c === name) ?? columns.find((c) => headerKey(c) === headerKey(name));
    if (column === undefined) {
      refuse(
        'invalid-input',
        `map: no column is named ${quote(name)}; columns: ${listed(columns)}`,
        'map',
      );
    }
    // A column serves one field: the correction takes it from any other.
    for (const other of APPLICATION_FIELDS) if (fields[other] === column) delete fields[other];
    fields[key] = column;
  }
  return { fields, guessed, missing: missingColumn(columns, fields) };
}

const EDIT = /^(\d{1,9}):([a-z-]+)=([\s\S]*)$/;

/**
 * Applies the user's corrections of cells ("3:applied=2026-03-04"; an empty value empties the
 * cell) to the rows read, before they are checked. A line without cells (unreadable) is refused.
 */
export function applyEdits(rows: readonly ApplicationRow[], edits: readonly string[]) {
  const byLine = new Map(rows.map((r) => [r.line, { ...r, values: { ...r.values } }]));
  const edited = new Map<number, ApplicationField[]>();
  for (const edit of edits) {
    const m = EDIT.exec(edit.trim());
    const field = m?.[2] as ApplicationField | undefined;
    if (!m || !field || !(APPLICATION_FIELDS as readonly string[]).includes(field)) {
      refuse(
        'invalid-input',
        `edit: ${quote(edit)} is not LINE:field=value; fields: ${APPLICATION_FIELDS.join(', ')}`,
        'edit',
      );
    }
    const line = Number(m[1]);
    const row = byLine.get(line);
    if (!row) {
      refuse(
        'invalid-input',
        `edit: line ${line} is not a row of the file with cells to correct`,
        'edit',
      );
    }
    const value = (m[3] ?? '').trim();
    const values = row.values as Partial<Record<ApplicationField, string>>;
    if (value === '') delete values[field];
    else values[field] = value;
    edited.set(line, [...(edited.get(line) ?? []), field]);
  }
  return { rows: rows.map((r) => byLine.get(r.line) ?? r), edited };
}

/** What keeps a mapping from being imported: no column for the company or the title. */
function missingColumn(columns: readonly string[], fields: ColumnMapping): string | null {
  for (const required of ['company', 'title'] as const) {
    if (fields[required] === undefined) {
      const free =
        columns.find((c) => !Object.values(fields).includes(c)) ?? columns[0] ?? 'Column';
      return `map: no column holds the ${FIELD_WORDS[required]}; columns: ${listed(columns)}; name one, e.g. ${required}=${free}`;
    }
  }
  return null;
}

function mappingView(
  columns: readonly string[],
  fields: ColumnMapping,
  guessed: ColumnMapping,
): MappingView {
  const all = (m: ColumnMapping) =>
    Object.fromEntries(APPLICATION_FIELDS.map((f) => [f, m[f] ?? null])) as Record<
      ApplicationField,
      string | null
    >;
  const used = new Set(Object.values(fields));
  return {
    columns,
    fields: all(fields),
    guessed: all(guessed),
    ignored: columns.filter((c) => c !== '' && !used.has(c)),
  };
}

// Without a company or a title nothing can be imported; the preview still shows the columns, to correct them.
function blocked(
  header: PreviewHeader,
  notes: readonly string[],
  mapping: MappingView,
  problem: string,
): Planned {
  return {
    preview: {
      ...header,
      rows: 0,
      counts: countItems([], {
        newCompanies: 0,
        newContacts: 0,
        newOpportunities: 0,
        newEvents: 0,
        updatedContacts: 0,
        updatedOpportunities: 0,
      }),
      items: [],
      mapping,
      notes,
      blocked: problem,
    },
    total: 0,
    write: async () => refuse('invalid-input', problem, 'map'),
  };
}

/** The plan of a tracker of applications: columns, dates, rows against the account's data. */
export async function planApplicationFile(
  q: Queries,
  ctx: AppContext,
  file: { readonly table: Table },
  options: {
    readonly map?: readonly string[] | undefined;
    readonly edit?: readonly string[] | undefined;
    readonly dateFormat?: string | undefined;
    readonly policy: DuplicatePolicy;
  },
  header: PreviewHeader,
  notes: readonly string[],
): Promise<Planned> {
  const columns = readApplications(file.table, {}).header;
  const { fields, guessed, missing } = resolveMapping(columns, options.map ?? []);
  if (missing !== null)
    return blocked(header, notes, mappingView(columns, fields, guessed), missing);
  const read = readApplications(file.table, fields);
  const { rows, edited } = applyEdits(read.rows, options.edit ?? []);
  const given =
    options.dateFormat === undefined
      ? undefined
      : oneOf('date-format', options.dateFormat, DAY_ORDERS);
  const dates = rows.flatMap((r) => [r.values.applied ?? '', r.values['status-date'] ?? '']);
  const proven = provenOrder(dayOrderEvidence(dates));
  const { method, today, settings } = await methodDayOf(q, ctx);
  // Dates that read one way only prove the order; else the way people write dates where the user lives.
  const order: DayOrder = given ?? proven ?? regionDayOrder(settings.region);
  const from = given ? 'option' : proven ? 'dates' : 'region';
  const sample = twoWayDate(dates);
  const sampleRead = sample === undefined ? undefined : readDate(sample, order);
  const example =
    sample !== undefined && sampleRead?.ok
      ? {
          text: sample,
          date: sampleRead.date,
          words: `${sample} read as ${dateInWords(sampleRead.date)}`,
        }
      : null;
  const companies = await q.allCompanies(ctx.accountId);
  const contacts = new ContactIndex(await q.allContacts(ctx.accountId), companies);
  const plan = await planApplications(rows, read.problems, {
    today: today.toString(),
    order,
    policy: options.policy,
    contacts,
    opportunities: await q.allOpportunities(ctx.accountId),
    companies,
    eventsOf: (id) => q.events(ctx.accountId, id),
  });
  const created = newCompanies(
    [
      ...plan.added.map((o) => o.company),
      ...[
        ...plan.addedContacts,
        ...plan.updatedContacts.filter((c) => c.filled.has('company')),
      ].map((c) => c.fields.company),
    ],
    companies,
  );
  const view = mappingView(columns, fields, guessed);
  const events = [...plan.added, ...plan.updated].reduce((n, o) => n + o.events.length, 0);
  return {
    preview: {
      ...header,
      rows: rows.length + read.problems.length,
      counts: countItems(plan.items, {
        newCompanies: created.length,
        newContacts: plan.addedContacts.length,
        newOpportunities: plan.added.length,
        newEvents: events,
        updatedContacts: plan.updatedContacts.length,
        updatedOpportunities: plan.updated.length,
      }),
      items: plan.items.map((i) =>
        edited.has(i.line)
          ? {
              ...i,
              warnings: [
                ...(i.warnings ?? []),
                `corrected in the preview: ${(edited.get(i.line) ?? []).map((f) => FIELD_WORDS[f]).join(', ')}`,
              ],
            }
          : i,
      ),
      mapping: view,
      dateFormat: {
        value: order,
        from,
        region: from === 'region' ? settings.region : null,
        example,
      },
      notes: [
        ...notes,
        ...(view.ignored.length > 0
          ? [`columns no field reads (left out): ${listed(view.ignored)}`]
          : []),
        ...(fields.applied === undefined
          ? [
              'no column holds the date applied: nothing is scheduled until you log when you applied',
            ]
          : []),
        ...plan.statuses,
      ],
    },
    total: plan.added.length + plan.updated.length + plan.addedContacts.length,
    write: async (w, written) => {
      const ids = await writeCompanies(w, ctx.accountId, created, companies);
      const contact = await writeContacts(
        w,
        ctx.accountId,
        plan.addedContacts,
        plan.updatedContacts,
        ids,
        () => {},
      );
      await writeOpportunities(
        w,
        ctx.accountId,
        plan.added,
        plan.updated,
        { companies: ids, contact },
        method,
      );
      written(plan.added.length + plan.updated.length + plan.addedContacts.length);
    },
  };
}
