import { FileProblem } from '../../formats/file-problem.js';
import { fingerprint } from '../../formats/fingerprint.js';
import {
  IMPORT_FORMATS,
  type ImportFormat,
  type ReadFile,
  readImportFile,
  type ThreadRead,
} from '../../formats/read-file.js';
import type { Queries } from '../../store/queries.js';
import { defaultSettings } from '../account.js';
import { ContactIndex } from '../contact-index.js';
import type { AppContext } from '../context.js';
import { holidayData } from '../method-settings.js';
import type { PageInput } from '../paging.js';
import { attempt, type Result, refuse } from '../result.js';
import { oneOf, quote } from '../validate.js';
import { planApplicationFile } from './application-file.js';
import { planContacts } from './contacts.js';
import { itemsOf, itemWindow } from './item-pages.js';
import { checkRestore, writeRestore } from './json-restore.js';
import {
  countItems,
  DUPLICATE_POLICIES,
  type DuplicatePolicy,
  FORMAT_NAMES,
  type ImportPreview,
  type Planned,
  type PreviewHeader,
} from './preview.js';
import { newCompanies, writeCompanies, writeContacts } from './write.js';

export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../formats/read-file.js';

export interface ImportOptions {
  /** The file's name: its extension helps tell a mistaken file. */
  readonly fileName?: string | undefined;
  /** linkedin, vcard, csv or json; found from the file when absent. */
  readonly format?: string | undefined;
  /** For a tracker: "field=Column" pairs correcting the guessed columns; "field=" leaves a field out. */
  readonly map?: readonly string[] | undefined;
  /** For a tracker: corrections of cells before they are checked, "LINE:field=value". */
  readonly edit?: readonly string[] | undefined;
  /** For a tracker: how 03/04/2026 reads, mdy or dmy; by default what the dates prove, else the region's way. */
  readonly dateFormat?: string | undefined;
  /** merge (fill in blank fields of duplicates, the default) or skip (leave them as they are). */
  readonly duplicates?: string | undefined;
  /** The file as read already, off the event loop (the server reads large files in a worker). */
  readonly read?: ThreadRead | undefined;
  /** A page of the rows in the answer (`limit`, `cursor`); none: every row. */
  readonly page?: PageInput | undefined;
}

/** Where a long import is: rows written so far (checking them takes a fraction of it). */
export interface ImportProgress {
  readonly phase: 'writing';
  readonly done: number;
  readonly total: number;
}

export interface CommitOptions extends ImportOptions {
  /** The preview's token: the import is refused if it would now write anything else. */
  readonly token?: string | undefined;
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
}

// A preview and its confirmation read the same bytes: the command line hands the same array to
// both, and reading 30,000 rows twice would cost half a second. Reading is a pure function of
// the bytes, the format and the name, so the last reading of an array is kept with those.
const lastRead = new WeakMap<Uint8Array, { key: string; file: ReadFile }>();

function readFile(bytes: Uint8Array, options: ImportOptions): ReadFile {
  const format =
    options.format === undefined
      ? undefined
      : (oneOf('format', options.format, IMPORT_FORMATS) as ImportFormat);
  const key = JSON.stringify([format, options.fileName, bytes.length]);
  if (options.read) {
    if (!options.read.ok) refuse('invalid-input', `file: ${options.read.problem}`, 'file');
    return options.read.file;
  }
  const kept = lastRead.get(bytes);
  if (kept?.key === key) return kept.file;
  try {
    const file = readImportFile(bytes, { fileName: options.fileName, format });
    lastRead.set(bytes, { key, file });
    return file;
  } catch (error) {
    if (error instanceof FileProblem) refuse('invalid-input', `file: ${error.message}`, 'file');
    throw error;
  }
}

function encodingNote(file: ReadFile): string[] {
  if (file.encoding === 'windows-1252')
    return ['the file is not UTF-8: it was read as Windows-1252, the encoding of Excel on Windows'];
  if (file.encoding !== 'utf-8') return [`the file was read as ${file.encoding.toUpperCase()}`];
  return [];
}

async function planPeople(
  q: Queries,
  ctx: AppContext,
  file: Extract<ReadFile, { format: 'linkedin' | 'vcard' }>,
  policy: DuplicatePolicy,
): Promise<Planned> {
  const companies = await q.allCompanies(ctx.accountId);
  const index = new ContactIndex(await q.allContacts(ctx.accountId), companies);
  const noName =
    file.format === 'linkedin'
      ? 'no name: First Name and Last Name are both empty'
      : 'no name: the card has no FN or N';
  const plan = planContacts(file.rows, file.problems, index, policy, noName);
  const created = newCompanies(
    [...plan.added, ...plan.updated.filter((c) => c.filled.has('company'))].map(
      (c) => c.fields.company,
    ),
    companies,
  );
  return {
    preview: {
      ...header(file, policy),
      rows: file.rows.length + file.problems.length,
      counts: countItems(plan.items, {
        newCompanies: created.length,
        newContacts: plan.added.length,
        newOpportunities: 0,
        newEvents: 0,
        updatedContacts: plan.updated.length,
        updatedOpportunities: 0,
      }),
      items: plan.items,
      notes: encodingNote(file),
    },
    total: plan.added.length + plan.updated.length,
    write: async (w, written) => {
      const ids = await writeCompanies(w, ctx.accountId, created, companies);
      await writeContacts(w, ctx.accountId, plan.added, plan.updated, ids, written);
    },
  };
}

/** Why an export cannot be restored into this account: it holds data already. */
async function notEmpty(q: Queries, accountId: number): Promise<string | null> {
  const counts = await q.accountCounts(accountId);
  if (counts.companies + counts.contacts + counts.opportunities === 0) return null;
  return `file: a JustEnough export restores into an empty account only, and this one holds ${counts.opportunities} opportunities, ${counts.contacts} contacts and ${counts.companies} companies, so importing it will be refused; use a new data directory (--data) to restore it`;
}

async function planRestore(
  q: Queries,
  ctx: AppContext,
  file: Extract<ReadFile, { format: 'json' }>,
  policy: DuplicatePolicy,
): Promise<Planned> {
  const current = await q.settings(ctx.accountId);
  const plan = checkRestore(file.document, defaultSettings(current.timeZone), await holidayData());
  const d = file.document;
  const total = d.companies.length + d.contacts.length + d.opportunities.length;
  // Said in the preview, before the user confirms: the import would only be refused.
  const refused = await notEmpty(q, ctx.accountId);
  const adds = refused === null;
  return {
    preview: {
      ...header(file, policy),
      rows: total + d.events.length,
      counts: {
        ...countItems([], {
          newCompanies: adds ? d.companies.length : 0,
          newContacts: adds ? d.contacts.length : 0,
          newOpportunities: adds ? d.opportunities.length : 0,
          newEvents: adds ? d.events.length : 0,
          updatedContacts: 0,
          updatedOpportunities: 0,
        }),
        add: adds ? total : 0,
      },
      items: [],
      notes: [
        refused === null
          ? `a restore into an empty account: the settings become the file's (time zone ${plan.settings.timeZone}, holidays ${plan.settings.region})`
          : refused.replace(/^file: /, ''),
      ],
      restore: {
        exportedAt: d.exportedAt,
        timeZone: plan.settings.timeZone,
        holidays: plan.settings.region,
        refused,
      },
    },
    total,
    write: async (w, written) => {
      const refusal = await notEmpty(w, ctx.accountId);
      if (refusal !== null) refuse('not-empty', refusal, 'file');
      await writeRestore(w, ctx.accountId, plan, written);
    },
  };
}

function header(file: ReadFile, policy: DuplicatePolicy): PreviewHeader {
  return {
    format: file.format,
    formatName: FORMAT_NAMES[file.format],
    detected: file.detected,
    fileName: null,
    encoding: file.encoding,
    duplicates: policy,
    mapping: null,
    dateFormat: null,
    restore: null,
    blocked: null,
  };
}

async function plan(
  q: Queries,
  ctx: AppContext,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportPreview & { planned: Planned }> {
  const file = readFile(bytes, options);
  const policy =
    options.duplicates === undefined
      ? 'merge'
      : oneOf('duplicates', options.duplicates, DUPLICATE_POLICIES);
  if (file.format !== 'csv' && (options.map?.length || options.dateFormat !== undefined)) {
    refuse(
      'invalid-input',
      `map: a column mapping and a date format apply to a spreadsheet of applications, not to ${FORMAT_NAMES[file.format]}`,
      'map',
    );
  }
  if (file.format !== 'csv' && options.edit?.length) {
    refuse(
      'invalid-input',
      `edit: corrections of cells apply to a spreadsheet of applications, not to ${FORMAT_NAMES[file.format]}`,
      'edit',
    );
  }
  const planned =
    file.format === 'json'
      ? await planRestore(q, ctx, file, policy)
      : file.format === 'csv'
        ? await planApplicationFile(
            q,
            ctx,
            file,
            { ...options, policy },
            header(file, policy),
            encodingNote(file),
          )
        : await planPeople(q, ctx, file, policy);
  // The token names what will be written: the file and every decision; the file's name changes none.
  const token = tokenOf(ctx.accountId, fingerprint(bytes, JSON.stringify(planned.preview)));
  return { ...planned.preview, fileName: options.fileName ?? null, token, written: false, planned };
}

// A preview's token is the plan's fingerprint and a tag of the account it was made for: another
// account's token is unknown here (404, as one that never existed), an old one of ours is stale (412).
const PLAN_LENGTH = 32;
const accountTag = (accountId: number, plan: string) =>
  fingerprint('import token of account', String(accountId), plan).slice(0, 12);
const tokenOf = (accountId: number, plan: string) => `${plan}${accountTag(accountId, plan)}`;
const ownToken = (accountId: number, token: string) =>
  token.length === PLAN_LENGTH + 12 &&
  accountTag(accountId, token.slice(0, PLAN_LENGTH)) === token.slice(PLAN_LENGTH);

/** Reads a file and tells what importing it would do; nothing is written. */
export function previewImport(
  ctx: AppContext,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<Result<ImportPreview>> {
  return attempt(() => {
    const window = itemWindow(options.page ?? {});
    return ctx.store.read(async (q) => {
      const { planned: _, ...preview } = await plan(q, ctx, bytes, options);
      return itemsOf(preview, window);
    });
  });
}

/**
 * Imports a file in one transaction: all of it or, on any failure, nothing.
 * With the preview's token, refuses when the plan is no longer the one shown.
 */
export function commitImport(
  ctx: AppContext,
  bytes: Uint8Array,
  options: CommitOptions = {},
): Promise<Result<ImportPreview>> {
  return attempt(() => {
    const window = itemWindow(options.page ?? {});
    return ctx.store.transaction(async (q) => {
      const { planned, ...preview } = await plan(q, ctx, bytes, options);
      if (options.token !== undefined && !ownToken(ctx.accountId, options.token)) {
        refuse(
          'unknown-token',
          `token: ${quote(options.token)} is not the token of a preview of yours; preview the file first`,
          'token',
        );
      }
      if (options.token !== undefined && options.token !== preview.token) {
        refuse(
          'stale-version',
          `token: ${quote(options.token)} is not the plan of this file any more (the file, the options or your data changed since the preview); preview it again`,
          'token',
        );
      }
      options.onProgress?.({ phase: 'writing', done: 0, total: planned.total });
      await planned.write(q, (done) =>
        options.onProgress?.({ phase: 'writing', done, total: planned.total }),
      );
      return itemsOf({ ...preview, written: true }, window);
    });
  });
}
