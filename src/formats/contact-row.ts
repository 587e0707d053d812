/**
 * A person as a LinkedIn row or a vCard gives them, before any check: text as
 * found (trimmed, null when blank). The import use case validates and decides.
 */
export interface ContactRow {
  /** First line of the row or card (1-based). */
  readonly line: number;
  readonly endLine?: number;
  /** The whole name; blank when the file gives none. */
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly company: string | null;
  readonly position: string | null;
  readonly linkedinUrl: string | null;
  /** LinkedIn's "Connected On", as written (e.g. 06 Mar 2023). */
  readonly connectedOn: string | null;
  /** The part they play in your search (a vCard's ROLE). */
  readonly role: string | null;
  readonly notes: string | null;
  /** E-mails, phones and web addresses beyond the first: kept in the notes. */
  readonly otherEmails: readonly string[];
  readonly otherPhones: readonly string[];
  readonly otherUrls: readonly string[];
}

/** Trimmed text, or null when blank. */
export function cell(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  return text === '' ? null : text;
}
