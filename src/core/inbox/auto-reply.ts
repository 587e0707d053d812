/** The headers that tell an automatic message from a person's (I4), lower-cased names. */
export interface AutoReplySigns {
  readonly autoSubmitted?: string | null | undefined;
  readonly xAutoreply?: string | null | undefined;
  readonly xAutorespond?: string | null | undefined;
  readonly precedence?: string | null | undefined;
  readonly subject?: string | null | undefined;
}

const SUBJECTS =
  /^\s*(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|abwesenheit|automatische antwort)/i;

/**
 * Whether a message is an auto-reply (I4): `Auto-Submitted` other than `no`,
 * `X-Autoreply`, `X-Autorespond`, `Precedence: auto_reply|bulk|junk`, or an
 * out-of-office subject. `isAutoReply({ autoSubmitted: 'auto-replied' })` is true.
 */
export function isAutoReply(signs: AutoReplySigns): boolean {
  const auto = signs.autoSubmitted?.trim().toLowerCase();
  if (auto && auto !== 'no') return true;
  if (signs.xAutoreply?.trim() || signs.xAutorespond?.trim()) return true;
  const precedence = signs.precedence?.trim().toLowerCase();
  if (precedence && ['auto_reply', 'bulk', 'junk'].includes(precedence)) return true;
  return SUBJECTS.test(signs.subject ?? '');
}
