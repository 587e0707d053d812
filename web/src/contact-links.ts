// Links that start a call or an e-mail on the user's own phone or mail program.

/** `tel:` with the digits of a number as people write it ("312 555 0199"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** `mailto:` with the subject and the body filled in. */
export function mailtoHref(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
