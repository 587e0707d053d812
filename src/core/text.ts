// C0 and C1 control characters, the Unicode bidi controls that can disguise text, and the
// line and paragraph separators (U+2028, U+2029), which break a line as a newline does.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// The same, but newline and tab are allowed (notes have several lines).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The first control character of a text, as `U+XXXX`, or `undefined`.
 * @example controlCharacterIn('Acme\u0007') // 'U+0007'
 * @example controlCharacterIn('line 1\nline 2', { lines: true }) // undefined
 */
export function controlCharacterIn(
  text: string,
  options: { lines?: boolean } = {},
): string | undefined {
  const pattern = options.lines ? new RegExp(CONTROL_BUT_LINES.source) : CONTROL;
  const found = pattern.exec(text)?.[0];
  return found && `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A text with its control characters (but newline and tab) written as `\uXXXX`, safe to print.
 * @example escapeControlCharacters('Evil\u001b[2J') // 'Evil\\u001b[2J'
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(
    CONTROL_BUT_LINES,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// What draws nothing: spaces, format characters (zero-width space, joiners, BOM), every code
// point Unicode says to ignore when unsupported (Hangul fillers ...), and the blank braille cell.
const INVISIBLE = /^[\s\p{Z}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/**
 * Whether a text shows anything: one made only of spaces and zero-width characters does not.
 * @example hasVisibleCharacter('\u200b\u200b') // false
 * @example hasVisibleCharacter('Acme\u200b') // true
 */
export function hasVisibleCharacter(text: string): boolean {
  return !INVISIBLE.test(text);
}

/**
 * A message fit for one line of a terminal or a page: line breaks as spaces,
 * and cut, with an ellipsis, past `max` characters (a hostile file's values
 * can make a message of megabytes).
 * @example oneLine('a\nb') // 'a b'
 */
export function oneLine(text: string, max = 500): string {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
