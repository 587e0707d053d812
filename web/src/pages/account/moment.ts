// A moment the server stamped (an ISO time in UTC), in the browser's locale and time zone.
const words = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "2 Dec 2026, 09:14"; "never" for none. */
export function momentText(iso: string | null): string {
  if (iso === null) return 'never';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : words.format(at);
}

/** A browser's user agent in two words: "Chrome on Linux". */
export function browserName(agent: string | null): string {
  if (!agent) return 'Unknown browser';
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Firefox\//.test(agent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(agent)
        ? 'Chrome'
        : /Safari\//.test(agent)
          ? 'Safari'
          : /curl|node|undici/i.test(agent)
            ? 'A script'
            : 'A browser';
  const system = /Android/.test(agent)
    ? 'Android'
    : /iPhone|iPad/.test(agent)
      ? 'iOS'
      : /Mac OS X/.test(agent)
        ? 'macOS'
        : /Windows/.test(agent)
          ? 'Windows'
          : /Linux/.test(agent)
            ? 'Linux'
            : null;
  return system ? `${browser} on ${system}` : browser;
}
