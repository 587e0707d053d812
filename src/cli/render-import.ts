import { DUPLICATE_WORDS } from '../app/contact-index.js';
import type { ImportItem, ImportPreview } from '../app/import/preview.js';
import { type Io, safe } from './io.js';

/** Lines a section shows before "and N more". */
const SHOWN = 15;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function lines(item: ImportItem): string {
  return item.endLine === undefined ? `line ${item.line}` : `lines ${item.line}-${item.endLine}`;
}

function duplicateWords(item: ImportItem): string {
  const d = item.duplicateOf;
  if (!d) return '';
  const by = d.by === 'company-title' ? 'same company and title' : DUPLICATE_WORDS[d.by];
  const of = d.id !== undefined ? `#${d.id} ${d.label}` : `line ${d.line}`;
  return `${by} as ${of}`;
}

function section(
  io: Io,
  title: string,
  items: readonly ImportItem[],
  describe: (i: ImportItem) => string,
): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, SHOWN).map((i) => `  ${lines(i).padEnd(13)} ${safe(describe(i))}`);
  const more =
    items.length > SHOWN ? [`  ... and ${items.length - SHOWN} more (--json lists them all)`] : [];
  return ['', io.color.bold(title), ...shown, ...more];
}

/** What an import will do (or did), in words. */
export function renderImport(io: Io, p: ImportPreview): string {
  const c = p.counts;
  const what = [p.fileName && safe(p.fileName), p.formatName].filter(Boolean).join(': ');
  const head = `${io.color.bold(what)}, ${plural(p.rows, 'row')}${p.detected ? '' : ' (format given)'}`;
  const added = [
    c.newOpportunities > 0 && plural(c.newOpportunities, 'opportunity', 'opportunities'),
    c.newEvents > 0 && plural(c.newEvents, 'event'),
    c.newContacts > 0 && plural(c.newContacts, 'contact'),
    c.newCompanies > 0 && plural(c.newCompanies, 'company', 'companies'),
  ].filter(Boolean);
  const updated = [
    c.updatedOpportunities > 0 && plural(c.updatedOpportunities, 'opportunity', 'opportunities'),
    c.updatedContacts > 0 && plural(c.updatedContacts, 'contact'),
  ].filter(Boolean);
  const out = [
    head,
    `  ${p.written ? 'added   ' : 'to add  '} ${added.length > 0 ? added.join(', ') : 'nothing'}`,
    `  ${p.written ? 'merged  ' : 'to merge'} ${updated.length > 0 ? updated.join(', ') : 'nothing'} (duplicates: ${p.duplicates})`,
    `  skipped  ${plural(c.skip, 'row')}`,
    `  rejected ${plural(c.reject, 'row')}`,
  ];
  if (p.mapping) {
    const fields = Object.entries(p.mapping.fields)
      .filter(([, column]) => column !== null)
      .map(([field, column]) => `${field}=${JSON.stringify(column)}`);
    out.push('', io.color.bold('Columns'), `  ${safe(fields.join(', '))}`);
    out.push('  correct with --map field=Column (repeatable); --map field= leaves a field out');
  }
  if (p.dateFormat?.value) {
    const why =
      p.dateFormat.from === 'option'
        ? 'given'
        : p.dateFormat.from === 'dates'
          ? 'from dates that read one way only'
          : `the way of the holiday region ${p.dateFormat.region ?? ''}; --date-format ${p.dateFormat.value === 'mdy' ? 'dmy' : 'mdy'} reads them the other way`;
    const example = p.dateFormat.example ? `: ${safe(p.dateFormat.example.words)}` : '';
    out.push(`  dates read as ${p.dateFormat.value} (${why})${example}`);
  }
  out.push(
    ...section(
      io,
      'Rejected',
      p.items.filter((i) => i.action === 'reject'),
      (i) => [i.label, i.reason].filter(Boolean).join(': '),
    ),
    ...section(
      io,
      'Duplicates',
      p.items.filter((i) => i.duplicateOf),
      (i) =>
        `${i.label}: ${duplicateWords(i)}: ${i.action === 'merge' ? (i.changes ?? []).join(', ') : `skipped, ${i.reason ?? ''}`}`,
    ),
    ...section(
      io,
      'Warnings',
      p.items
        .filter((i) => i.warnings?.length)
        .flatMap((i) => (i.warnings ?? []).map((w) => ({ ...i, reason: w }))),
      (i) => `${i.label}: ${i.reason ?? ''}`,
    ),
  );
  if (p.notes.length > 0)
    out.push('', io.color.bold('Notes'), ...p.notes.map((n) => `  ${safe(n)}`));
  return out.join('\n');
}

/** Whether an import would write anything at all. */
export function writesSomething(p: ImportPreview): boolean {
  const c = p.counts;
  return (
    c.newCompanies +
      c.newContacts +
      c.newOpportunities +
      c.newEvents +
      c.updatedContacts +
      c.updatedOpportunities >
    0
  );
}
