import type { Store } from '../../store/store.js';
import type { SecretBox } from '../secret-box.js';

/**
 * Seals the SMTP passwords that older versions stored in plain text, for
 * every account, at start-up. One transaction: if it fails midway, every
 * row keeps the plain password it had and the next start tries again; a row
 * already sealed is left as it is, so running it twice changes nothing.
 * Returns how many passwords it sealed.
 */
export async function sealStoredSmtpPasswords(store: Store, secrets: SecretBox): Promise<number> {
  const plain = (await store.read((q) => q.storedSmtpPasswords())).filter(
    (row) => !secrets.isSealed(row.stored),
  );
  if (plain.length === 0) return 0;
  return store.transaction(async (q) => {
    let sealed = 0;
    for (const row of plain) {
      // Only if unchanged since it was read: a password typed meanwhile is already sealed.
      if (await q.replaceSmtpPassword(row.accountId, row.stored, secrets.seal(row.stored)))
        sealed += 1;
    }
    return sealed;
  });
}
