// The mailbox over IMAP with imapflow, read-only: folders are opened with
// EXAMINE, messages read with BODY.PEEK (header fields and the few small parts
// a rule needs), never a flag, never a move. APPEND (a sent copy) is the one write.
import { ImapFlow, type MessageStructureObject } from 'imapflow';
import {
  MailboxError,
  type MailboxLogin,
  type MailboxSession,
  type OpenMailbox,
  type PartRef,
} from '../app/inbox/mailbox.js';
import { HEAD_FIELDS, readHead } from './read-head.js';
import { partInvitation, partText } from './read-part.js';

/** A part larger than this is never read (a 20 MB attachment stays on the server). */
export const MAX_PART_BYTES = 256 * 1024;

function partRef(node: MessageStructureObject): PartRef {
  return {
    part: node.part ?? '1',
    type: node.type.toLowerCase(),
    charset: node.parameters?.charset ?? null,
    encoding: node.encoding ?? null,
    size: node.size ?? 0,
  };
}

/** The first inline text part and the first calendar part of a structure, if small enough. */
export function partsOf(root: MessageStructureObject | undefined): {
  text: PartRef | null;
  calendar: PartRef | null;
} {
  let text: PartRef | null = null;
  let calendar: PartRef | null = null;
  const walk = (node: MessageStructureObject) => {
    if (node.childNodes?.length) {
      for (const child of node.childNodes) walk(child);
      return;
    }
    const type = node.type.toLowerCase();
    const small = (node.size ?? 0) <= MAX_PART_BYTES;
    if (!small) return;
    if (!calendar && (type === 'text/calendar' || type === 'application/ics'))
      calendar = partRef(node);
    else if (
      !text &&
      node.disposition !== 'attachment' &&
      (type === 'text/plain' || type === 'text/html')
    )
      text = partRef(node);
  };
  if (root) walk(root);
  return { text, calendar };
}

function failure(error: unknown, login: MailboxLogin): MailboxError {
  if (error instanceof MailboxError) return error;
  const e = error as { authenticationFailed?: boolean; code?: string; message?: string };
  const where = `${login.host}:${login.port}`;
  if (e.authenticationFailed)
    return new MailboxError('login', `the server at ${where} refused the user name or password`);
  const code = e.code ?? '';
  if (
    [
      'ECONNREFUSED',
      'ENOTFOUND',
      'EAI_AGAIN',
      'CONNECT_TIMEOUT',
      'ETIMEDOUT',
      'EHOSTUNREACH',
    ].includes(code)
  )
    return new MailboxError('unreachable', `no IMAP server answers at ${where} (${code})`);
  if (/certificate|TLS|SSL/i.test(e.message ?? ''))
    return new MailboxError('tls', `the TLS connection to ${where} failed: ${e.message}`);
  const text = (e.message ?? String(error)).split(login.password).join('***');
  return new MailboxError('dropped', `the connection to ${where} broke: ${text}`);
}

/** Opens a session on the mailbox of `login`. */
export const openImapMailbox: OpenMailbox = async (login) => {
  const client = new ImapFlow({
    host: login.host,
    port: login.port,
    secure: login.secure,
    doSTARTTLS: login.secure ? undefined : login.requireTls ? true : undefined,
    auth: { user: login.user, pass: login.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 30_000,
    greetingTimeout: 16_000,
    socketTimeout: 120_000,
  });
  // A dropped connection rejects the running command; the event itself must not crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw failure(error, login);
  }
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw failure(error, login);
    }
  };
  const read = async (uid: number, part: PartRef): Promise<Buffer | null> => {
    if (part.size > MAX_PART_BYTES) return null;
    const m = await client.fetchOne(
      String(uid),
      { uid: true, bodyParts: [{ key: part.part, maxLength: MAX_PART_BYTES }] },
      { uid: true },
    );
    return (m ? m.bodyParts?.get(part.part) : null) ?? null;
  };
  const session: MailboxSession = {
    sentFolder: () =>
      guard(async () => (await client.list()).find((b) => b.specialUse === '\\Sent')?.path ?? null),
    examine: (path) =>
      guard(async () => {
        try {
          const box = await client.mailboxOpen(path, { readOnly: true });
          return { uidValidity: box.uidValidity.toString(), uidNext: box.uidNext };
        } catch (error) {
          if ((error as { serverResponseCode?: string }).serverResponseCode === 'NONEXISTENT')
            return null;
          if (
            /doesn't exist|not exist|nonexistent|unknown mailbox/i.test(
              String((error as Error).message) +
                JSON.stringify((error as { response?: unknown }).response ?? ''),
            )
          )
            return null;
          throw error;
        }
      }),
    uids: (afterUid, since) =>
      guard(async () => {
        const query = since
          ? { uid: `${afterUid + 1}:*`, since: new Date(`${since}T00:00:00Z`) }
          : { uid: `${afterUid + 1}:*` };
        const found = await client.search(query, { uid: true });
        return (found || []).filter((u) => u > afterUid).sort((a, b) => a - b);
      }),
    heads: (uids) =>
      guard(async () => {
        if (uids.length === 0) return [];
        const raws = [];
        for await (const m of client.fetch(
          uids.join(','),
          { uid: true, internalDate: true, bodyStructure: true, headers: HEAD_FIELDS },
          { uid: true },
        )) {
          raws.push({
            uid: m.uid,
            headers: m.headers ?? Buffer.alloc(0),
            internalDate: m.internalDate,
            ...partsOf(m.bodyStructure),
          });
        }
        // One at a time: a batch's parsers never hold all their buffers at once.
        const heads = [];
        for (const raw of raws) heads.push(await readHead(raw));
        return heads.sort((a, b) => a.uid - b.uid);
      }),
    text: (uid, part) =>
      guard(async () => {
        const body = await read(uid, part);
        return body ? partText(part, body) : null;
      }),
    invitation: (uid, part) =>
      guard(async () => {
        const body = await read(uid, part);
        return body ? partInvitation(part, body) : null;
      }),
    append: (path, raw) =>
      guard(async () => {
        await client.append(path, raw, ['\\Seen']);
      }),
    close: async () => {
      try {
        await client.logout();
      } catch {
        client.close();
      }
    },
  };
  return session;
};
