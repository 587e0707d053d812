// The server's VAPID keys, which sign every push message: from the operator's environment
// ($JUSTENOUGH_VAPID_PUBLIC_KEY, $JUSTENOUGH_VAPID_PRIVATE_KEY), else made on first use and
// kept in the data directory (vapid.json, readable by its owner only). Several server
// processes behind one address need the same keys: give them the environment's.
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const VAPID_FILE = 'vapid.json';

export interface VapidKeys {
  /** The application server key browsers subscribe with (base64url, uncompressed P-256). */
  readonly publicKey: string;
  readonly privateKey: string;
  /** Who the push services may contact: a mailto: or https: address. */
  readonly subject: string;
}

/** web-push, loaded at the first push: `serve` starts without it. */
const library = async () => (await import('web-push')).default;

async function fromFile(dir: string): Promise<{ publicKey: string; privateKey: string }> {
  const path = join(dir, VAPID_FILE);
  const read = () => {
    const keys = JSON.parse(readFileSync(path, 'utf8')) as {
      publicKey?: unknown;
      privateKey?: unknown;
    };
    if (typeof keys.publicKey !== 'string' || typeof keys.privateKey !== 'string')
      throw new Error(`${path} holds no VAPID keys: remove it, and devices subscribe again`);
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    return { publicKey: keys.publicKey, privateKey: keys.privateKey };
  };
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fresh = (await library()).generateVAPIDKeys();
  try {
    // wx: two processes starting at once keep one pair.
    writeFileSync(path, `${JSON.stringify(fresh)}\n`, { mode: 0o600, flag: 'wx' });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return read();
  }
}

/** The keys, read (or made) when first needed. */
export function vapidKeys(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  appUrl: () => string,
): () => Promise<VapidKeys> {
  let keys: VapidKeys | undefined;
  return async () => {
    if (keys) return keys;
    const publicKey = env.JUSTENOUGH_VAPID_PUBLIC_KEY?.trim();
    const privateKey = env.JUSTENOUGH_VAPID_PRIVATE_KEY?.trim();
    const pair = publicKey && privateKey ? { publicKey, privateKey } : await fromFile(dataDir);
    const url = appUrl();
    const subject =
      env.JUSTENOUGH_VAPID_SUBJECT?.trim() ||
      (url.startsWith('https://') ? url : 'mailto:justenough@localhost');
    keys = { ...pair, subject };
    return keys;
  };
}

/** Keys of this process alone (tests, or a server without a data directory). */
export function memoryVapidKeys(): () => Promise<VapidKeys> {
  let keys: VapidKeys | undefined;
  return async () => {
    keys ??= { ...(await library()).generateVAPIDKeys(), subject: 'mailto:justenough@localhost' };
    return keys;
  };
}
