// Names the page and the service worker share.

/** The cache of the last Today list, for reading it offline. */
export const TODAY_CACHE = 'justenough-today';
/** On a kept Today list: when it was fetched (ISO instant). */
export const OFFLINE_HEADER = 'x-justenough-fetched-at';
