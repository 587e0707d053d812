import { hash, verify } from '@node-rs/argon2';
import commonPasswords from 'fxa-common-password-list';
import { fail, ok, type Result } from '../result.js';

export const MIN_PASSWORD = 8;
/** Long enough for any passphrase, short enough that hashing it costs nothing unusual. */
export const MAX_PASSWORD = 256;

/**
 * A password people may choose: at least 8 characters, no rules about what
 * kind, and not one of the common passwords that are tried first.
 */
export function checkPassword(password: string, field = 'password'): Result<string> {
  const length = [...password].length;
  if (length < MIN_PASSWORD) {
    return fail('invalid-input', `${field}: at least ${MIN_PASSWORD} characters, please`, field);
  }
  if (length > MAX_PASSWORD) {
    return fail('invalid-input', `${field}: at most ${MAX_PASSWORD} characters`, field);
  }
  if (commonPasswords.test(password) || commonPasswords.test(password.toLowerCase())) {
    return fail(
      'invalid-input',
      `${field}: this is one of the most common passwords, which are tried first; choose another (a few words make a good one)`,
      field,
    );
  }
  return ok(password);
}

// OWASP's argon2id parameters: 19 MiB, 2 passes, 1 lane.
const OPTIONS = {
  algorithm: 2 as const /* Algorithm.Argon2id */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

/** The argon2id hash of a password, as a PHC string with its salt and parameters. */
export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

/** Whether a password matches a stored hash. */
export async function passwordMatches(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Compared against when an address has no account, so that both take as long.
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => {
  decoy ??= hashPassword('no account has this password, it only takes time');
  return decoy;
};
