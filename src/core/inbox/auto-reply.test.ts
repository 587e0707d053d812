import { describe, expect, it } from 'vitest';
import { isAutoReply } from './auto-reply.js';

describe('I4: auto-replies are not replies', () => {
  it.each([
    [{ autoSubmitted: 'auto-replied' }, true],
    [{ autoSubmitted: 'auto-generated' }, true],
    [{ autoSubmitted: 'no' }, false],
    [{ autoSubmitted: ' No ' }, false],
    [{ xAutoreply: 'yes' }, true],
    [{ xAutorespond: 'Out of office' }, true],
    [{ precedence: 'auto_reply' }, true],
    [{ precedence: 'bulk' }, true],
    [{ precedence: 'junk' }, true],
    [{ precedence: 'list' }, false],
    [{ subject: 'Out of office: Data Analyst' }, true],
    [{ subject: 'Automatic reply: Re: Data Analyst' }, true],
    [{ subject: 'Abwesenheitsnotiz: Bewerbung' }, true],
    [{ subject: 'Re: Data Analyst application' }, false],
    [{ subject: 'Re: out of office plans for the team' }, false],
    [{}, false],
  ])('%o -> %s', (signs, expected) => {
    expect(isAutoReply(signs)).toBe(expected);
  });
});
