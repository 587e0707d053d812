import { describe, expect, it } from 'vitest';
import { fail, MAX_MESSAGE } from './result.js';

describe('a refusal is one line of reasonable length, whatever the input', () => {
  it('joins lines and cuts a message of megabytes to at most MAX_MESSAGE characters', () => {
    const failure = fail(
      'invalid-input',
      `map: the columns are ${'column, '.repeat(1_000_000)}\nend`,
    );
    expect(failure.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(failure.message).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(failure.message.endsWith('…')).toBe(true);
  });

  it('keeps a short message as it is', () => {
    expect(fail('invalid-input', 'on: "x" is not a date', 'on')).toEqual({
      ok: false,
      reason: 'invalid-input',
      message: 'on: "x" is not a date',
      field: 'on',
    });
  });
});
