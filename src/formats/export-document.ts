import * as z from 'zod';
import { FileProblem } from './file-problem.js';

/** The `format` of a JustEnough export: how a JSON file says what it is. */
export const EXPORT_FORMAT = 'justenough-export';
/** The version of the document this code writes (2: opportunities carry their `source`). */
export const EXPORT_VERSION = 2;
/** The versions it reads: a version 1 document has no sources (they are unknown). */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

// Ids are the document's own (1, 2, 3 ... in order of creation): they link rows
// to each other inside the file, and are given new numbers on import.
const id = z.number().int().positive();
const text = z.string();
const maybe = z.string().nullable();

const Settings = z.strictObject({
  timeZone: text,
  holidays: text,
  weekendDays: z.array(text),
  daysOff: z.array(text),
  name: maybe,
  phone: maybe,
  email: maybe,
  /** Only the numbers of the method the user changed. */
  playbook: z.record(text, z.union([text, z.number()])),
});

const Company = z.strictObject({ id, name: text, createdAt: text });

const Contact = z.strictObject({
  id,
  name: text,
  email: maybe,
  phone: maybe,
  role: maybe,
  companyId: id.nullable(),
  position: maybe,
  linkedinUrl: maybe,
  connectedOn: maybe,
  notes: maybe,
  createdAt: text,
});

const Opportunity = z.strictObject({
  id,
  kind: z.enum(['job', 'networking']),
  companyId: id.nullable(),
  title: maybe,
  contactId: id.nullable(),
  postingUrl: maybe,
  notes: maybe,
  /** Since version 2: posting, referral, networking, recruiter, other, or null. */
  source: maybe.optional(),
  createdAt: text,
});

const Event = z.strictObject({
  opportunityId: id,
  type: text,
  date: text,
  at: maybe,
  until: maybe,
  note: maybe,
  createdAt: text,
});

/** Everything an account holds, as `justenough export` writes it. */
export const ExportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(EXPORT_VERSION)]),
  exportedAt: text,
  settings: Settings,
  companies: z.array(Company),
  contacts: z.array(Contact),
  opportunities: z.array(Opportunity),
  /** By opportunity, each opportunity's in timeline order. The plan is not stored: it follows from them. */
  events: z.array(Event),
});

export type ExportDocument = z.infer<typeof ExportDocumentSchema>;
export type ExportedSettings = ExportDocument['settings'];
export type ExportedContact = ExportDocument['contacts'][number];
export type ExportedOpportunity = ExportDocument['opportunities'][number];
export type ExportedEvent = ExportDocument['events'][number];

/** A JSON path as people read it: contacts[3].email. */
function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

// JSON.parse says where it stopped as a character position; people look for a line.
function lineOf(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return '';
  const line = text.slice(0, Number(position)).split('\n').length;
  return ` (line ${line})`;
}

/** Whether a text is meant as JSON: it opens an object or an array. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/**
 * Reads a JustEnough export, checking its shape; the values (dates, e-mails,
 * time zone) are for the importer to check.
 */
export function readExportDocument(text: string): ExportDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new FileProblem(`this is not valid JSON${lineOf(text, message)}: ${message}`);
  }
  const head = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT) {
    throw new FileProblem(
      `this JSON is not a JustEnough export: it has no "format": "${EXPORT_FORMAT}" (make one with justenough export)`,
    );
  }
  if (typeof head.version !== 'number' || !READABLE_VERSIONS.includes(head.version)) {
    throw new FileProblem(
      `this export has version ${JSON.stringify(head.version)}; this JustEnough reads versions ${READABLE_VERSIONS.join(' and ')}${typeof head.version === 'number' && head.version > EXPORT_VERSION ? ': update JustEnough to import it' : ''}`,
    );
  }
  const parsed = ExportDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? pathOf(issue.path) : 'document';
    const what =
      issue?.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
        : (issue?.message ?? 'does not fit the export format');
    throw new FileProblem(`${where || 'document'}: ${what}`);
  }
  return parsed.data;
}
