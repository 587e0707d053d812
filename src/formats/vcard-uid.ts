import { createHash } from 'node:crypto';

// This product's namespace for name-based UUIDs (RFC 9562, version 5): any fixed UUID will do,
// so long as it never changes, or every address book sees new cards.
const NAMESPACE = Buffer.from('6f0c5d2e4a8b4f1e9c3d7a1b2e4f6a8c', 'hex');

/**
 * A vCard UID for a record, the same at every export: a name-based UUID
 * (version 5, SHA-1) of what identifies it for good, e.g. its account, id and
 * creation time. CardDAV servers and clients (khard) refuse a card without one.
 * @example recordUid('contact:1:7:2026-11-23T10:00:00Z') // 'urn:uuid:…' (always the same)
 */
export function recordUid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
