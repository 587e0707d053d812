import { describe, expect, it } from 'vitest';
import { checkPassword, hashPassword, passwordMatches } from './password.js';

describe('a password', () => {
  it('needs 8 characters, of any kind', () => {
    expect(checkPassword('seven77').ok).toBe(false);
    expect(checkPassword('eightish').ok).toBe(true);
    expect(checkPassword('zq8vlm2x').ok).toBe(true);
    expect(checkPassword('otter lamp').ok).toBe(true);
    expect(checkPassword('ŝŝŝŝŝŝŝŝ').ok).toBe(true);
  });

  it('is not one of the common passwords, in any case', () => {
    for (const common of ['password', '12345678', 'iloveyou', 'Password1', 'QWERTYUIOP']) {
      const checked = checkPassword(common);
      expect(checked.ok, common).toBe(false);
      if (!checked.ok) expect(checked.message).toMatch(/most common passwords/);
    }
  });

  it('is stored as an argon2id hash that only it matches', async () => {
    const hash = await hashPassword('plain words are fine');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await passwordMatches(hash, 'plain words are fine')).toBe(true);
    expect(await passwordMatches(hash, 'plain words are fine ')).toBe(false);
    expect(await passwordMatches('not a hash', 'x')).toBe(false);
  });
});
