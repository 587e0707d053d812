/** Largest page read, in bytes of text (the command line and the server refuse more before). */
export const MAX_PAGE = 5 * 1024 * 1024;
