import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlCharacterIn, hasVisibleCharacter } from './text.js';

describe('hasVisibleCharacter: a text of spaces and zero-width characters shows nothing', () => {
  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['joiners and a word joiner', '\u200c\u200d\u2060'],
    ['a byte order mark', '\ufeff'],
    ['a Hangul filler', '\u3164'],
    ['no-break and ideographic spaces', '\u00a0\u3000'],
    ['a blank braille cell', '\u2800'],
    ['nothing', ''],
  ])('%s show nothing', (_name, text) => {
    expect(hasVisibleCharacter(text)).toBe(false);
  });

  it('any letter among them is visible', () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', ' ');
    fc.assert(
      fc.property(
        fc.array(invisible),
        fc.constantFrom('A', 'é', '中', '1', '.'),
        fc.array(invisible),
        (before, visible, after) => hasVisibleCharacter(before.join('') + visible + after.join('')),
      ),
    );
  });
});

describe('controlCharacterIn: line and paragraph separators break a line as a newline does', () => {
  it('finds U+2028 and U+2029 in a single line', () => {
    expect(controlCharacterIn('Acme\u2028Evil')).toBe('U+2028');
    expect(controlCharacterIn('Acme\u2029Evil')).toBe('U+2029');
  });

  it('lets them through where several lines are allowed, as newlines are', () => {
    expect(controlCharacterIn('line 1\u2028line 2\nline 3', { lines: true })).toBeUndefined();
  });
});
