/**
 * Domains anyone can have an address at: a sender there is not "the same
 * company" as a contact there (I3). The big providers and their country
 * variants; a shipped list, not a lookup.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.de',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.de',
  'hotmail.fr',
  'live.com',
  'live.de',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.de',
  'yahoo.fr',
  'ymail.com',
  'rocketmail.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'gmx.de',
  'gmx.net',
  'gmx.com',
  'gmx.at',
  'gmx.ch',
  'web.de',
  't-online.de',
  'freenet.de',
  'posteo.de',
  'mailbox.org',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'tutanota.com',
  'tuta.io',
  'fastmail.com',
  'fastmail.fm',
  'zoho.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'btinternet.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'hey.com',
]);

/** The lower-cased domain of an address: `domainOf('Jane@ACME.com')` is `acme.com`. */
export function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 1 || at === address.length - 1) return null;
  return address
    .slice(at + 1)
    .trim()
    .toLowerCase();
}

/** The domain a company can be told by, or null for a free-mail one: `companyDomain('jane@gmail.com')` is null. */
export function companyDomain(address: string): string | null {
  const domain = domainOf(address);
  return domain === null || FREE_MAIL_DOMAINS.has(domain) ? null : domain;
}
