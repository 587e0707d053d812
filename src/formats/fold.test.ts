import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLines, MAX_OCTETS } from './fold.js';

const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('foldLines', () => {
  it('keeps short lines as they are', () => {
    expect(foldLines('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toBe(
      'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    );
  });

  it('folds a long line at 75 octets, the next ones starting with a space', () => {
    const folded = foldLines(`SUMMARY:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines[0]).toHaveLength(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines[1]).toHaveLength(75);
    expect(unfold(folded)).toBe(`SUMMARY:${'x'.repeat(200)}`);
  });

  it('never passes 75 octets, never splits a character, and unfolds to the same text', () => {
    // Content lines: a name first, no line break inside.
    const line = (unit: 'grapheme' | 'grapheme-ascii') =>
      fc.string({ unit, maxLength: 400 }).map((s) => `X-TEXT:${s.replace(/[\r\n]/g, '')}`);
    const text = line('grapheme-ascii');
    const unicode = line('grapheme');
    fc.assert(
      fc.property(fc.array(fc.oneof(text, unicode), { maxLength: 5 }), (lines) => {
        const input = lines.join('\r\n');
        const folded = foldLines(input);
        for (const line of folded.split('\r\n')) {
          expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(MAX_OCTETS);
          // A lone half of a surrogate pair would mean a split character.
          expect(line).not.toMatch(
            /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
          );
        }
        expect(unfold(folded)).toBe(input);
      }),
      { numRuns: 300 },
    );
  });
});
