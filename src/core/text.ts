// C0 and C1 control characters, and the Unicode bidi controls that can disguise text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
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
