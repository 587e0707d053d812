import { APPLICATION_FIELDS, type ApplicationField } from '../core/names.js';
import { cell } from './contact-row.js';
import type { CsvRecord, CsvTable } from './csv-table.js';
import type { RowProblem } from './file-problem.js';

export { APPLICATION_FIELDS, type ApplicationField } from '../core/names.js';

/** Which column (by its header) holds each field; a field without a column is left out. */
export type ColumnMapping = Partial<Record<ApplicationField, string>>;

/** The fields in words, for previews and messages. */
export const FIELD_WORDS: Readonly<Record<ApplicationField, string>> = {
  company: 'company',
  title: 'job title',
  applied: 'date applied',
  status: 'status',
  'status-date': 'date of the status',
  contact: 'contact',
  email: "contact's e-mail",
  phone: "contact's phone",
  notes: 'notes',
  url: 'job posting',
  source: 'where it came from',
  referral: 'referred by',
};

// Headers people give these columns, letters and digits only, lower case.
const SYNONYMS: Readonly<Record<ApplicationField, readonly string[]>> = {
  company: [
    'company',
    'companyname',
    'employer',
    'organization',
    'organisation',
    'org',
    'firm',
    'business',
  ],
  title: [
    'title',
    'jobtitle',
    'position',
    'role',
    'job',
    'jobname',
    'opening',
    'positiontitle',
    'jobposition',
    'roletitle',
  ],
  applied: [
    'dateapplied',
    'appliedon',
    'applied',
    'applicationdate',
    'date',
    'applieddate',
    'dateofapplication',
    'submitted',
    'submittedon',
    'datesubmitted',
    'appliedat',
    'whenapplied',
    'applicationsent',
    'sent',
  ],
  status: [
    'status',
    'stage',
    'state',
    'outcome',
    'result',
    'applicationstatus',
    'currentstatus',
    'progress',
  ],
  'status-date': [
    'statusdate',
    'lastupdate',
    'lastupdated',
    'updated',
    'updatedon',
    'dateupdated',
    'responsedate',
    'decisiondate',
    'statusupdated',
    'interviewdate',
  ],
  contact: [
    'contact',
    'contactname',
    'contactperson',
    'recruiter',
    'hiringmanager',
    'person',
    'recruitername',
    'hiringmanagername',
    'pointofcontact',
  ],
  email: ['email', 'emailaddress', 'contactemail', 'mail', 'recruiteremail', 'contactmail'],
  phone: [
    'phone',
    'phonenumber',
    'telephone',
    'tel',
    'contactphone',
    'mobile',
    'recruiterphone',
    'contactphonenumber',
  ],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'description'],
  url: [
    'url',
    'link',
    'joburl',
    'joblink',
    'postingurl',
    'posting',
    'jobposting',
    'listing',
    'postinglink',
    'applicationlink',
    'website',
    'joblisting',
  ],
  source: [
    'source',
    'jobsource',
    'leadsource',
    'applicationsource',
    'howfound',
    'foundvia',
    'foundon',
    'foundthrough',
    'channel',
    'via',
    'origin',
  ],
  referral: [
    'referral',
    'referredby',
    'referrer',
    'referralname',
    'referralcontact',
    'referred',
    'referralfrom',
  ],
};

// Headers that only contain a word ("Recruiter phone", "Company (employer)"): the more telling fields first.
const CONTAINS_ORDER: readonly ApplicationField[] = [
  'email',
  'phone',
  'status-date',
  'applied',
  'url',
  'company',
  'title',
  'status',
  'contact',
  'referral',
  'source',
  'notes',
];

/** A header reduced to its letters and digits, in lower case. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Guesses which column holds which field from the headers: exact synonyms
 * first ("Date applied", "Employer"), then headers that contain one
 * ("Recruiter e-mail"). Each column serves one field at most.
 * @example guessMapping(['Employer', 'Job', 'Applied on']) // { company: 'Employer', title: 'Job', applied: 'Applied on' }
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const keys = headers.map(headerKey);
  for (const field of APPLICATION_FIELDS) {
    const i = keys.findIndex((k, j) => !used.has(j) && SYNONYMS[field].includes(k));
    if (i >= 0) {
      mapping[field] = headers[i] ?? '';
      used.add(i);
    }
  }
  for (const field of CONTAINS_ORDER) {
    if (mapping[field] !== undefined) continue;
    const i = keys.findIndex(
      (k, j) => !used.has(j) && SYNONYMS[field].some((s) => s.length >= 4 && k.includes(s)),
    );
    if (i >= 0) {
      mapping[field] = headers[i] ?? '';
      used.add(i);
    }
  }
  return mapping;
}

/** How many of a record's cells read as known headers. */
function knownHeaders(record: CsvRecord): number {
  return record.fields.filter((f) => {
    const k = headerKey(f);
    return k !== '' && APPLICATION_FIELDS.some((field) => SYNONYMS[field].includes(k));
  }).length;
}

/** The header of a tracker: the first of its first records with two known headers, else the first. */
export function applicationHeaderIndex(table: CsvTable): number {
  const found = table.records.slice(0, 10).findIndex((r) => knownHeaders(r) >= 2);
  return Math.max(found, 0);
}

/** One application as its row gives it: the mapped cells, trimmed, blank ones left out. */
export interface ApplicationRow {
  readonly line: number;
  readonly endLine?: number;
  readonly values: Partial<Record<ApplicationField, string>>;
}

export interface ApplicationRows {
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly rows: readonly ApplicationRow[];
  readonly problems: readonly RowProblem[];
}

/** The rows of a tracker under its header, read through a mapping (field -> header). */
export function readApplications(table: CsvTable, mapping: ColumnMapping): ApplicationRows {
  const index = applicationHeaderIndex(table);
  const header = table.records[index];
  const names = header?.fields.map((f) => f.trim()) ?? [];
  const problems: RowProblem[] = table.problems.filter((p) => p.line > (header?.line ?? 0));
  const rows: ApplicationRow[] = [];
  const columns = Object.entries(mapping).map(
    ([field, name]) => [field as ApplicationField, names.indexOf(name ?? '')] as const,
  );
  for (const record of table.records.slice(index + 1)) {
    const span = record.endLine > record.line ? { endLine: record.endLine } : {};
    if (
      record.fields.length > names.length &&
      record.fields.slice(names.length).some((f) => f.trim())
    ) {
      problems.push({
        line: record.line,
        ...span,
        reason: `has ${record.fields.length} fields where the header has ${names.length}; a comma inside a value needs quotes`,
      });
      continue;
    }
    const values: Partial<Record<ApplicationField, string>> = {};
    for (const [field, i] of columns) {
      const value = i >= 0 ? cell(record.fields[i]) : null;
      if (value !== null) values[field] = value;
    }
    rows.push({ line: record.line, ...span, values });
  }
  problems.sort((a, b) => a.line - b.line);
  return { header: names, headerLine: header?.line ?? 1, rows, problems };
}
