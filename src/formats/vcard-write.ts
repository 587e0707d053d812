import ICAL from 'ical.js';

/** A contact as a vCard carries it. */
export interface VcardContact {
  /** Stable across exports, so address books update a card rather than add a second. */
  readonly uid: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly company: string | null;
  readonly position: string | null;
  readonly role: string | null;
  readonly linkedinUrl: string | null;
  readonly notes: string | null;
  /** The opportunities the person is the contact of, in words ("Data Analyst at Acme"). */
  readonly opportunities: readonly string[];
}

// The opportunities first: they say why the person is in the address book; then the notes.
// (vcard-read.ts leaves that first paragraph out when the file comes back.)
function noteOf(c: VcardContact): string | null {
  const about =
    c.opportunities.length === 0
      ? []
      : [
          `${c.opportunities.length === 1 ? 'Opportunity' : 'Opportunities'} in JustEnough: ${c.opportunities.join('; ')}`,
        ];
  const text = [...about, ...(c.notes ? [c.notes] : [])].join('\n\n');
  return text === '' ? null : text;
}

// N is required in vCard 3.0: the last word is taken as the family name. FN,
// which every app shows and our importer reads first, keeps the name as written.
function structuredName(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [name.trim(), '', '', '', ''];
  return [words[words.length - 1] ?? '', words.slice(0, -1).join(' '), '', '', ''];
}

function add(
  card: InstanceType<typeof ICAL.Component>,
  name: string,
  value: string | string[],
  type?: string,
) {
  const property = new ICAL.Property(name, card);
  if (type) property.setParameter('type', type);
  property.setValue(value as never);
  card.addProperty(property);
}

/**
 * Contacts as a vCard 3.0 file, written by ical.js (escaping, folding at 75
 * octets, CRLF). Version 3.0 because the address books people move contacts
 * to (Google Contacts, Outlook, older phones) read it; not all read 4.0.
 */
export function writeVcards(contacts: readonly VcardContact[]): string {
  return contacts
    .map((c) => {
      const card = new ICAL.Component('vcard');
      add(card, 'version', '3.0');
      add(card, 'prodid', '-//JustEnough//Export//EN');
      add(card, 'uid', c.uid);
      add(card, 'fn', c.name);
      add(card, 'n', structuredName(c.name));
      if (c.company) add(card, 'org', [c.company]);
      if (c.position) add(card, 'title', c.position);
      if (c.role) add(card, 'role', c.role);
      if (c.email) add(card, 'email', c.email, 'INTERNET');
      if (c.phone) add(card, 'tel', c.phone, 'VOICE');
      if (c.linkedinUrl) add(card, 'url', c.linkedinUrl);
      const note = noteOf(c);
      if (note) add(card, 'note', note);
      return `${card.toString()}\r\n`;
    })
    .join('');
}
