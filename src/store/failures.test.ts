import { describe, expect, it } from 'vitest';
import { StoreError } from './errors.js';
import { storeFailure } from './failures.js';

const failed = (code: string) =>
  Object.assign(new Error(`the driver's words for ${code}`), { code });

describe('storeFailure: a full disk and a read-only folder are said in words, with the cause kept', () => {
  it.each(['SQLITE_FULL', 'ENOSPC', '53100'])('%s is a full disk', (code) => {
    const error = failed(code);
    const said = storeFailure(error, '/data') as StoreError;
    expect(said).toBeInstanceOf(StoreError);
    expect(said.kind).toBe('disk-full');
    expect(said.message).toBe(
      'the disk holding /data is full; free some space and try again (nothing was written)',
    );
    expect(said.cause).toBe(error);
  });

  it('SQLITE_READONLY is a read-only folder', () => {
    expect((storeFailure(failed('SQLITE_READONLY'), '/data') as StoreError).kind).toBe('read-only');
  });

  it('anything else is left as it was', () => {
    const error = failed('SQLITE_CONSTRAINT');
    expect(storeFailure(error, '/data')).toBe(error);
  });
});
