// Addresses from imported data may be hostile: only web addresses become links.

/**
 * The address as a link target when it is an http(s) address, else `null`
 * (never a `javascript:`, `data:` or other scheme).
 * @example webAddress('https://www.linkedin.com/in/jane') // 'https://www.linkedin.com/in/jane'
 * @example webAddress('javascript:alert(1)') // null
 */
export function webAddress(text: string | null | undefined): string | null {
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}
