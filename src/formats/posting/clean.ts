import type { ChildNode } from 'domhandler';
import { removeElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

// C0/C1 controls, bidi controls and line/paragraph separators: none belongs in a one-line field.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Longest field kept from a page (the store accepts 200 characters on a line). */
export const MAX_FIELD = 200;

/** Removes the elements whose text is code, not words (scripts, styles, templates). */
function dropCode(nodes: readonly ChildNode[]): void {
  for (const node of nodes) {
    if (node.type === 'script' || node.type === 'style') removeElement(node);
    else if ('children' in node) dropCode([...node.children]);
  }
}

/**
 * A page's text as one plain line: markup stripped and entities decoded by the HTML parser,
 * control characters removed, white space collapsed, cut at `MAX_FIELD`; null when nothing is left.
 * @example cleanText('Senior &amp; <b>Lead</b>\n Engineer') // 'Senior & Lead Engineer'
 */
export function cleanText(value: unknown, max = MAX_FIELD): string | null {
  if (typeof value !== 'string') return null;
  const doc = parseDocument(value, { decodeEntities: true });
  dropCode([...doc.children]);
  const text = textContent(doc).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** An http(s) address, normalised, or null for anything else (javascript:, data:, relative junk). */
export function webAddress(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const text = url.toString();
  return text.length > 2000 ? null : text;
}
