/** Seals secrets (mailbox and SMTP passwords) before they are stored, and opens them again. */
export interface SecretBox {
  seal(plain: string): string;
  /** Throws when the key does not open it (another key, a damaged value). */
  open(sealed: string): string;
  /** Whether a stored value was sealed by a box (and is not plain text of old). */
  isSealed(value: string): boolean;
}
