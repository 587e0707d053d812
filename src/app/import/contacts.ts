import type { ContactRow } from '../../formats/contact-row.js';
import type { RowProblem } from '../../formats/file-problem.js';
import { ContactIndex, type KnownContact } from '../contact-index.js';
import { type ContactFields, contactFields } from './fields.js';
import type { DuplicatePolicy, ImportItem } from './preview.js';

/** A person in words: "Jane Doe (Acme)". */
export function contactLabel(f: Pick<ContactFields, 'name' | 'company'>): string {
  return f.company ? `${f.name} (${f.company})` : f.name;
}

/** The duplicate a row was taken for, as a preview shows it. */
export function duplicateOf(known: KnownContact, by: NonNullable<ImportItem['duplicateOf']>['by']) {
  const label = contactLabel(known.fields);
  return 'existing' in known.ref
    ? { id: String(known.ref.existing), label, by }
    : { line: known.line ?? 0, label, by };
}

/** Rows the file could not give, as rejected items. */
export function rejectedRows(problems: readonly RowProblem[]): ImportItem[] {
  return problems.map((p) => ({
    line: p.line,
    ...(p.endLine === undefined ? {} : { endLine: p.endLine }),
    action: 'reject',
    label: '',
    reason: p.reason,
  }));
}

/**
 * The contact a person of a row becomes: added, or taken for a duplicate and
 * merged (blank fields filled in) or skipped.
 */
export function placeContact(
  index: ContactIndex,
  fields: ContactFields,
  line: number,
  policy: DuplicatePolicy,
): { known: KnownContact; item: Omit<ImportItem, 'line' | 'label'> } {
  const found = index.find(fields);
  if (!found) return { known: index.add(fields, line), item: { action: 'add' } };
  const { known, by } = found;
  const duplicate = { duplicateOf: duplicateOf(known, by) };
  if (policy === 'skip') {
    const would = ContactIndex.wouldFill(known, fields);
    return {
      known,
      item: {
        action: 'skip',
        ...duplicate,
        reason:
          would.length > 0
            ? `duplicates are skipped (it would fill in ${would.join(', ')})`
            : 'nothing new',
      },
    };
  }
  const filled = index.fillIn(known, fields);
  return {
    known,
    item:
      filled.length > 0
        ? { action: 'merge', ...duplicate, changes: filled.map((w) => `fills in ${w}`) }
        : { action: 'skip', ...duplicate, reason: 'nothing new' },
  };
}

export interface ContactPlan {
  readonly items: readonly ImportItem[];
  /** Contacts the import adds, in order. */
  readonly added: readonly KnownContact[];
  /** Stored contacts with fields filled in. */
  readonly updated: readonly KnownContact[];
}

// Checking a row depends on the row alone: a preview and its confirmation check the same rows once.
const checkedRows = new WeakMap<ContactRow, ReturnType<typeof contactFields>>();

function checkedRow(row: ContactRow, noName: string): ReturnType<typeof contactFields> {
  let checked = checkedRows.get(row);
  if (!checked) {
    checked = contactFields(row, noName);
    checkedRows.set(row, checked);
  }
  // Planning fills in fields of the contacts it adds: each plan works on its own copy.
  return checked.ok ? { ...checked, fields: { ...checked.fields } } : checked;
}

/** The plan of an import of people (LinkedIn connections, vCards): nothing is written here. */
export function planContacts(
  rows: readonly ContactRow[],
  problems: readonly RowProblem[],
  index: ContactIndex,
  policy: DuplicatePolicy,
  noName: string,
): ContactPlan {
  const items: ImportItem[] = rejectedRows(problems);
  const added: KnownContact[] = [];
  const updated = new Set<KnownContact>();
  for (const row of rows) {
    const span = row.endLine === undefined ? {} : { endLine: row.endLine };
    const checked = checkedRow(row, noName);
    if (!checked.ok) {
      items.push({
        line: row.line,
        ...span,
        action: 'reject',
        label: row.name,
        reason: checked.reason,
      });
      continue;
    }
    const { known, item } = placeContact(index, checked.fields, row.line, policy);
    if (item.action === 'add') added.push(known);
    if (item.action === 'merge' && 'existing' in known.ref) updated.add(known);
    items.push({
      line: row.line,
      ...span,
      label: contactLabel(checked.fields),
      ...item,
      ...(checked.warnings.length > 0 ? { warnings: checked.warnings } : {}),
    });
  }
  items.sort((a, b) => a.line - b.line);
  return { items, added, updated: [...updated] };
}
