import { describe, expect, it } from 'vitest';
import { fail } from '../app/result.js';
import { failureLine } from './run-command.js';

describe('a refusal on the command line', () => {
  it('says what to type next when the use case has a hint for the command line', () => {
    expect(
      failureLine(
        fail(
          'unknown-opportunity',
          'unknown opportunity "9": no opportunity has this id',
          'opportunity',
          'ids are the numbers that "list" shows',
        ),
      ),
    ).toBe(
      'error: unknown opportunity "9": no opportunity has this id (ids are the numbers that "list" shows)',
    );
  });

  it('names an option as it is typed, and adds nothing without a hint', () => {
    expect(failureLine(fail('invalid-input', 'email: "x" is not an e-mail address', 'email'))).toBe(
      'error: --email: "x" is not an e-mail address',
    );
  });
});
