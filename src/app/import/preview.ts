import type { ApplicationField } from '../../formats/applications.js';
import type { DayOrder } from '../../formats/dates.js';
import type { ImportFormat } from '../../formats/read-file.js';
import type { Queries } from '../../store/queries.js';
import type { DuplicateBy } from '../contact-index.js';

/** What an import does with a duplicate: fill in its blank fields, or leave it as it is. */
export type DuplicatePolicy = 'merge' | 'skip';
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['merge', 'skip'];

/** What happens to one row of the file. */
export type ImportAction = 'add' | 'merge' | 'skip' | 'reject';

export interface ImportItem {
  /** The row's first line in the file (1 is the first line). */
  readonly line: number;
  readonly endLine?: number;
  readonly action: ImportAction;
  /** The row in words: "Jane Doe (Acme)", "Data Analyst at Acme"; empty when unreadable. */
  readonly label: string;
  /** The contact or opportunity it is taken for: a stored one (id) or an earlier row (line). */
  readonly duplicateOf?: {
    readonly id?: string;
    readonly line?: number;
    readonly label: string;
    readonly by: DuplicateBy | 'company-title';
  };
  /** What it adds or fills in. */
  readonly changes?: readonly string[];
  /** Why it is skipped or rejected. */
  readonly reason?: string;
  /** A rejected row of a spreadsheet: the field at fault, and its cells to correct them. */
  readonly field?: ApplicationField;
  readonly cells?: Readonly<Partial<Record<ApplicationField, string>>>;
  /** Values left out, dates assumed: said so the user can check them. */
  readonly warnings?: readonly string[];
}

export interface ImportCounts {
  /** Rows by what happens to them. */
  readonly add: number;
  readonly merge: number;
  readonly skip: number;
  readonly reject: number;
  /** Records written. */
  readonly newCompanies: number;
  readonly newContacts: number;
  readonly newOpportunities: number;
  readonly newEvents: number;
  readonly updatedContacts: number;
  readonly updatedOpportunities: number;
}

/** The columns of a tracker of applications, and which holds what. */
export interface MappingView {
  readonly columns: readonly string[];
  /** The column of each field; null: none. */
  readonly fields: Readonly<Record<ApplicationField, string | null>>;
  /** What the headers suggested. */
  readonly guessed: Readonly<Record<ApplicationField, string | null>>;
  /** Columns no field reads. */
  readonly ignored: readonly string[];
}

/** A restore of a JustEnough export into an empty account. */
export interface RestoreView {
  readonly exportedAt: string;
  readonly timeZone: string;
  readonly holidays: string;
  /**
   * Why importing it will be refused (409, the account already holds data),
   * said before anything is confirmed; null when it can be restored.
   */
  readonly refused: string | null;
}

/** What an import will do, before anything is written; the same object once written. */
export interface ImportPreview {
  readonly format: ImportFormat;
  /** The format in words: "LinkedIn connections". */
  readonly formatName: string;
  /** Whether the format was found from the file (else it was given). */
  readonly detected: boolean;
  readonly fileName: string | null;
  readonly encoding: string;
  /** Rows (or cards, or records) read. */
  readonly rows: number;
  readonly duplicates: DuplicatePolicy;
  readonly counts: ImportCounts;
  /** One per row, in file order (all of them; the adapters show what fits). */
  readonly items: readonly ImportItem[];
  readonly mapping: MappingView | null;
  /** How 03/04/2026 was read, and why. */
  readonly dateFormat: {
    readonly value: DayOrder | null;
    readonly from: 'option' | 'dates' | 'region' | null;
    /** The holiday region whose way was taken (from: region). */
    readonly region: string | null;
    /** A date of the file that reads two ways, as it was read: "3/4/2026 read as 4 March 2026". */
    readonly example: {
      readonly text: string;
      readonly date: string;
      readonly words: string;
    } | null;
  } | null;
  /** About the whole file: its encoding, ignored columns, how statuses became events. */
  readonly notes: readonly string[];
  readonly restore: RestoreView | null;
  /** Why nothing can be imported yet (a spreadsheet without a company or title column); null when it can. */
  readonly blocked: string | null;
  /** Names this exact plan: a confirmation carrying it writes it, or is refused if anything changed. */
  readonly token: string;
  /** Whether it was written. */
  readonly written: boolean;
}

export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  linkedin: 'LinkedIn connections',
  vcard: 'vCard contacts',
  csv: 'spreadsheet of applications',
  json: 'JustEnough export',
};

/** Counts of the row actions of items, with the record counts given. */
export function countItems(
  items: readonly ImportItem[],
  records: Omit<ImportCounts, 'add' | 'merge' | 'skip' | 'reject'>,
): ImportCounts {
  const by = (action: ImportAction) => items.filter((i) => i.action === action).length;
  return { add: by('add'), merge: by('merge'), skip: by('skip'), reject: by('reject'), ...records };
}

/** What every preview says of the file before its rows. */
export type PreviewHeader = Pick<
  ImportPreview,
  | 'format'
  | 'formatName'
  | 'detected'
  | 'fileName'
  | 'encoding'
  | 'duplicates'
  | 'mapping'
  | 'dateFormat'
  | 'restore'
  | 'blocked'
>;

/** A plan: what the preview shows and the writes that carry it out. */
export interface Planned {
  readonly preview: Omit<ImportPreview, 'token' | 'written'>;
  /** Rows the writes go through, for the progress bar. */
  readonly total: number;
  readonly write: (q: Queries, written: (rows: number) => void) => Promise<void>;
}
