import { createHash } from 'node:crypto';

/**
 * A short digest of some texts, to tell whether two of them are the same
 * (a file and the plan of its import, between the preview and the confirmation).
 * @example fingerprint('a', 'b') === fingerprint('a', 'b') // true
 */
export function fingerprint(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(String(part.length));
    hash.update(':');
    hash.update(part);
  }
  return hash.digest('base64url').slice(0, 32);
}
