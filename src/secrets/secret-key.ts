// The key that seals stored passwords: $JUSTENOUGH_SECRET_KEY, else a key file
// in the data directory, made on first use and readable by its owner only.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretBox } from '../app/secret-box.js';

export const KEY_FILE = 'secret.key';
const PREFIX = 'v1:';
const KEY_BYTES = 32;

/** Reads a key written as 64 hex digits or as base64 of 32 bytes; null otherwise. */
export function parseKey(text: string): Buffer | null {
  const t = text.trim();
  if (/^[0-9a-f]{64}$/i.test(t)) return Buffer.from(t, 'hex');
  if (/^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(t)) {
    const key = Buffer.from(t, 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  return null;
}

/** Thrown when the operator's key is unusable: the message says how to make one. */
export class SecretKeyError extends Error {
  override readonly name = 'UsageError';
}

function keyFromFile(dir: string): Buffer {
  const path = join(dir, KEY_FILE);
  let text: string | null = null;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text === null) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fresh = randomBytes(KEY_BYTES).toString('base64');
    // wx: two processes starting at once never overwrite each other's key.
    try {
      writeFileSync(path, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
      return Buffer.from(fresh, 'base64');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      text = readFileSync(path, 'utf8');
    }
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const key = parseKey(text);
  if (!key)
    throw new SecretKeyError(
      `${path} is not a key file: remove it only if no password was stored with it`,
    );
  return key;
}

/**
 * The secret box of a deployment: AES-256-GCM (node:crypto) with a random
 * 96-bit nonce per value; the key comes from `$JUSTENOUGH_SECRET_KEY`, else
 * from `secret.key` in the data directory (created on first use, mode 0600).
 * The key is read when first needed.
 */
export function secretBox(env: NodeJS.ProcessEnv, dataDir: string): SecretBox {
  let key: Buffer | undefined;
  const theKey = (): Buffer => {
    if (key) return key;
    const given = env.JUSTENOUGH_SECRET_KEY;
    if (given !== undefined && given.trim() !== '') {
      const parsed = parseKey(given);
      if (!parsed)
        throw new SecretKeyError(
          '$JUSTENOUGH_SECRET_KEY is not a key: use 32 random bytes in base64 or hex, e.g. from `openssl rand -base64 32`',
        );
      key = parsed;
    } else key = keyFromFile(dataDir);
    return key;
  };
  return sealingWith(theKey);
}

/**
 * A box whose key lives in this process only: what it seals cannot be opened
 * after a restart. For tests, and for a server built without a data directory.
 */
export function memorySecretBox(): SecretBox {
  const key = randomBytes(KEY_BYTES);
  return sealingWith(() => key);
}

function sealingWith(theKey: () => Buffer): SecretBox {
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', theKey(), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      if (!sealed.startsWith(PREFIX)) throw new Error('not a sealed value');
      const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', theKey(), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      try {
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new SecretKeyError(
          'a stored password cannot be opened with this secret key (was $JUSTENOUGH_SECRET_KEY or secret.key changed?); connect again to store it anew',
        );
      }
    },
    isSealed: (value) => value.startsWith(PREFIX),
  };
}
