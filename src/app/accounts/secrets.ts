import { createHash, randomBytes } from 'node:crypto';

/** A new secret: 32 random bytes, base64url, after a prefix that says what it is. */
export const newSecret = (prefix: string): string =>
  `${prefix}${randomBytes(32).toString('base64url')}`;

/** What is stored of a secret: its SHA-256, hex. Secrets are random, so no salt is needed. */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/** Personal access tokens start with this, so that a leaked one is recognised. */
export const TOKEN_PREFIX = 'je_pat_';
