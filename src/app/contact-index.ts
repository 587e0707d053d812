import type { CompanyRecord, FullContactRecord } from '../store/records.js';
import { type ContactFields, FILLABLE } from './import/fields.js';

/** Who a contact of an import is: one already stored, or one the import adds. */
export type ContactRef = { readonly existing: number } | { readonly added: number };

export interface KnownContact {
  readonly ref: ContactRef;
  /** The line that brought it, for a contact the import adds. */
  readonly line: number | null;
  /** Its fields, with what earlier rows filled in. */
  readonly fields: ContactFields;
  /** Fields of a stored contact that the import fills in. */
  readonly filled: Set<keyof ContactFields>;
}

/** Why two people are taken for one. */
export type DuplicateBy = 'email' | 'linkedin' | 'name-company';

export const DUPLICATE_WORDS: Readonly<Record<DuplicateBy, string>> = {
  email: 'same e-mail',
  linkedin: 'same LinkedIn profile',
  'name-company': 'same name and company',
};

/** A name as duplicates are found: composed, lower case, single spaces. */
export const nameKey = (name: string): string =>
  name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A company's key, as the store keeps one company per key. */
export const companyKey = (name: string): string => name.trim().toLowerCase();

const nameCompany = (f: Pick<ContactFields, 'name' | 'company'>) =>
  `${nameKey(f.name)}\u0000${f.company === null ? '' : companyKey(f.company)}`;

/**
 * Every contact of the account and of the import so far, by e-mail, LinkedIn
 * profile, and name with company: a new row matching any of them is a duplicate.
 */
export class ContactIndex {
  private readonly byEmail = new Map<string, KnownContact>();
  private readonly byLinkedIn = new Map<string, KnownContact>();
  private readonly byName = new Map<string, KnownContact>();
  private added = 0;

  constructor(contacts: readonly FullContactRecord[], companies: readonly CompanyRecord[]) {
    const names = new Map(companies.map((c) => [c.id, c.name]));
    for (const c of contacts) {
      this.remember({
        ref: { existing: c.id },
        line: null,
        filled: new Set(),
        fields: {
          name: c.name,
          email: c.email,
          phone: c.phone,
          role: c.role,
          company: c.companyId === null ? null : (names.get(c.companyId) ?? null),
          position: c.position,
          linkedinUrl: c.linkedinUrl,
          connectedOn: c.connectedOn,
          notes: c.notes,
        },
      });
    }
  }

  /** The contact a person matches, and why. */
  find(f: ContactFields): { known: KnownContact; by: DuplicateBy } | undefined {
    const email = f.email && this.byEmail.get(f.email.toLowerCase());
    if (email) return { known: email, by: 'email' };
    const linkedin = f.linkedinUrl && this.byLinkedIn.get(f.linkedinUrl);
    if (linkedin) return { known: linkedin, by: 'linkedin' };
    const name = this.byName.get(nameCompany(f));
    // Two profiles or two e-mails are two people, whatever their names.
    const differ = (a: string | null, b: string | null) =>
      a !== null && b !== null && a.toLowerCase() !== b.toLowerCase();
    if (
      !name ||
      differ(name.fields.linkedinUrl, f.linkedinUrl) ||
      differ(name.fields.email, f.email)
    )
      return undefined;
    return { known: name, by: 'name-company' };
  }

  /** Adds a person the import brings. */
  add(fields: ContactFields, line: number): KnownContact {
    const known: KnownContact = { ref: { added: this.added++ }, line, fields, filled: new Set() };
    this.remember(known);
    return known;
  }

  /**
   * Fills the blank fields of a known contact from another row of the same
   * person (nothing is overwritten); returns the fields in words.
   */
  fillIn(known: KnownContact, incoming: ContactFields): string[] {
    const words: string[] = [];
    const target = known.fields as { -readonly [K in keyof ContactFields]: ContactFields[K] };
    for (const [field, word] of FILLABLE) {
      if (target[field] === null && incoming[field] !== null) {
        target[field] = incoming[field] as string;
        known.filled.add(field);
        words.push(word);
      }
    }
    if (words.length > 0) this.remember(known);
    return words;
  }

  /** The fields a row would fill in, without filling them. */
  static wouldFill(known: KnownContact, incoming: ContactFields): string[] {
    return FILLABLE.filter(([f]) => known.fields[f] === null && incoming[f] !== null).map(
      ([, w]) => w,
    );
  }

  // The first contact to claim a key keeps it.
  private remember(known: KnownContact): void {
    const f = known.fields;
    if (f.email && !this.byEmail.has(f.email.toLowerCase()))
      this.byEmail.set(f.email.toLowerCase(), known);
    if (f.linkedinUrl && !this.byLinkedIn.has(f.linkedinUrl))
      this.byLinkedIn.set(f.linkedinUrl, known);
    const key = nameCompany(f);
    if (!this.byName.has(key)) this.byName.set(key, known);
  }
}
