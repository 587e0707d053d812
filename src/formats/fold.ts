/** The longest line RFC 5545 (3.1) allows, in octets, without its CRLF. */
export const MAX_OCTETS = 75;

const octets = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds the lines of an iCalendar text (CRLF line ends) at 75 octets of
 * UTF-8: a longer line goes on in lines that start with one space. A
 * character is never split. ical-generator folds too, but encodes every
 * character on its own, which takes most of the time of a large feed.
 */
export function foldLines(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\r\n')) {
    if (line.length * 4 <= MAX_OCTETS) {
      out.push(line);
      continue;
    }
    let start = 0;
    let used = 0;
    let index = 0;
    const pieces: string[] = [];
    for (const char of line) {
      const size = octets(char.codePointAt(0) ?? 0);
      if (used + size > MAX_OCTETS) {
        pieces.push(line.slice(start, index));
        start = index;
        used = 1; // the space that begins the next line
      }
      used += size;
      index += char.length;
    }
    pieces.push(line.slice(start));
    out.push(pieces.join('\r\n '));
  }
  return out.join('\r\n');
}
