import ICAL from 'ical.js';
import { type ContactRow, cell } from './contact-row.js';
import type { RowProblem } from './file-problem.js';

export interface VcardRows {
  readonly rows: readonly ContactRow[];
  readonly problems: readonly RowProblem[];
}

const BEGIN = /^begin:vcard\s*$/i;
const END = /^end:vcard\s*$/i;
const OUTSIDE = 'text outside a card (not between BEGIN:VCARD and END:VCARD)';

/** Whether a text is a vCard file: its first line that is not blank opens a card. */
export function looksLikeVcard(text: string): boolean {
  const first = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '');
  return first !== undefined && BEGIN.test(first.trim());
}

type Property = InstanceType<typeof ICAL.Property>;

function text(value: unknown): string | null {
  if (Array.isArray(value)) return cell(value.map((v) => String(v ?? '')).join(' '));
  return value === null || value === undefined ? null : cell(String(value));
}

// vCard 3.0 marks the preferred value with TYPE=pref, 4.0 with PREF=1.
function preferred(property: Property): boolean {
  const pref = property.getParameter('pref');
  const types = [property.getParameter('type') ?? []].flat().map((t) => String(t).toLowerCase());
  return pref === '1' || types.includes('pref');
}

/** The values of a property, the preferred first. */
function valuesOf(card: InstanceType<typeof ICAL.Component>, name: string): string[] {
  const properties = card.getAllProperties(name);
  const ordered = [...properties.filter(preferred), ...properties.filter((p) => !preferred(p))];
  return ordered
    .map((p) => text(p.getFirstValue()))
    .filter((v): v is string => v !== null)
    .map((v) => (name === 'tel' ? v.replace(/^tel:/i, '') : v));
}

function nameOf(card: InstanceType<typeof ICAL.Component>): string {
  const full = text(card.getFirstPropertyValue('fn'));
  if (full) return full;
  const n = card.getFirstPropertyValue('n');
  if (Array.isArray(n)) {
    const [family, given, additional, prefix, suffix] = n.map((p) => text(p) ?? '');
    return [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
  }
  return text(n) ?? '';
}

const isLinkedIn = (url: string) => /(^|[/.])linkedin\.com\//i.test(url);

function contactOf(
  card: InstanceType<typeof ICAL.Component>,
  line: number,
  endLine: number,
): ContactRow {
  const emails = valuesOf(card, 'email');
  const phones = valuesOf(card, 'tel');
  const urls = [...valuesOf(card, 'url'), ...valuesOf(card, 'x-socialprofile')];
  const linkedin = urls.find(isLinkedIn) ?? null;
  const org = card.getFirstPropertyValue('org');
  const company = Array.isArray(org) ? text(org[0]) : text(org);
  // Our own export names the person's opportunities first: they are the timeline's, not notes.
  const notes = valuesOf(card, 'note')
    .map((n) => n.replace(/^Opportunit(?:y|ies) in JustEnough: [^\n]*(?:\n\n|$)/, ''))
    .filter((n) => n.trim() !== '');
  return {
    line,
    ...(endLine > line ? { endLine } : {}),
    name: nameOf(card),
    email: emails[0] ?? null,
    phone: phones[0] ?? null,
    company,
    position: text(card.getFirstPropertyValue('title')),
    linkedinUrl: linkedin,
    connectedOn: null,
    role: text(card.getFirstPropertyValue('role')),
    notes: notes.length > 0 ? notes.join('\n') : null,
    otherEmails: emails.slice(1),
    otherPhones: phones.slice(1),
    otherUrls: urls.filter((u) => u !== linkedin),
  };
}

function parseCard(
  lines: readonly string[],
  line: number,
  endLine: number,
): ContactRow | RowProblem {
  const version = lines
    .find((l) => /^version:/i.test(l))
    ?.slice(8)
    .trim();
  if (version !== undefined && version !== '3.0' && version !== '4.0') {
    return {
      line,
      endLine,
      reason: `vCard ${version} cannot be read; export the contacts as vCard 3.0 or 4.0`,
    };
  }
  try {
    const card = new ICAL.Component(ICAL.parse(lines.join('\r\n')) as unknown as unknown[]);
    return contactOf(card, line, endLine);
  } catch (error) {
    return { line, endLine, reason: `this card cannot be read: ${(error as Error).message}` };
  }
}

/**
 * The contacts of a vCard 3.0 or 4.0 file, one per card, parsed by ical.js.
 * Cards are found by their BEGIN and END lines so that each is reported with
 * its lines; a card that is cut off or unreadable is refused, the others are read.
 */
export function readVcards(text: string): VcardRows {
  const lines = text.split(/\r\n|\r|\n/);
  const rows: ContactRow[] = [];
  const problems: RowProblem[] = [];
  let start: number | undefined;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (BEGIN.test(raw)) {
      if (start !== undefined) {
        problems.push({
          line: start,
          endLine: line - 1,
          reason: 'this card has no END:VCARD before the next card',
        });
      }
      start = line;
    } else if (END.test(raw)) {
      if (start === undefined) {
        problems.push({ line, reason: 'END:VCARD without a BEGIN:VCARD before it' });
      } else {
        const parsed = parseCard(lines.slice(start - 1, line), start, line);
        if ('reason' in parsed) problems.push(parsed);
        else rows.push(parsed);
      }
      start = undefined;
    } else if (start === undefined && raw.trim() !== '') {
      const last = problems[problems.length - 1];
      if (last?.reason === OUTSIDE && (last.endLine ?? last.line) === line - 1) {
        problems[problems.length - 1] = { ...last, endLine: line };
      } else {
        problems.push({ line, reason: OUTSIDE });
      }
    }
  });
  if (start !== undefined) {
    problems.push({
      line: start,
      endLine: lines.length,
      reason: 'this card is cut off: the file ends before its END:VCARD',
    });
  }
  return { rows, problems };
}
