// The headers of a message, parsed by mailparser (encoded words, quoted names,
// odd dates), into what the rules read.
import { type AddressObject, type HeaderValue, simpleParser } from 'mailparser';
import type { MessageHead, PartRef } from '../app/inbox/mailbox.js';
import { isAutoReply } from '../core/inbox/auto-reply.js';
import type { MailAddress } from '../core/inbox/match.js';

/** The header fields fetched for each message (BODY.PEEK[HEADER.FIELDS (...)]). */
export const HEAD_FIELDS = [
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'in-reply-to',
  'references',
  'auto-submitted',
  'x-autoreply',
  'x-autorespond',
  'precedence',
];

const PARSE = {
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipImageLinks: true,
  skipTextLinks: true,
} as const;

function addresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const group of Array.isArray(value) ? value : value ? [value] : []) {
    for (const a of group.value) {
      for (const one of a.group ?? [a]) {
        if (one.address)
          out.push({ address: one.address.trim().toLowerCase(), name: one.name?.trim() || null });
      }
    }
  }
  return out;
}

function text(value: HeaderValue | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.join(' ').trim() || null;
  return null;
}

function validDate(d: Date | undefined): string | null {
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

export interface RawHead {
  readonly uid: number;
  readonly headers: Buffer;
  readonly internalDate: Date | string | undefined;
  readonly text: PartRef | null;
  readonly calendar: PartRef | null;
}

/** Parses the fetched header fields of one message. */
export async function readHead(raw: RawHead): Promise<MessageHead> {
  const parsed = await simpleParser(Buffer.concat([raw.headers, Buffer.from('\r\n')]), PARSE);
  const h = parsed.headers;
  const internal = raw.internalDate === undefined ? null : validDate(new Date(raw.internalDate));
  const date =
    (h.has('date') ? validDate(parsed.date) : null) ?? internal ?? new Date(0).toISOString();
  const references = Array.isArray(parsed.references)
    ? parsed.references
    : parsed.references
      ? parsed.references.split(/\s+/)
      : [];
  const subject = parsed.subject?.trim() ?? '';
  return {
    uid: raw.uid,
    messageId: parsed.messageId?.trim() || null,
    from: addresses(parsed.from)[0] ?? null,
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    subject,
    date,
    inReplyTo: parsed.inReplyTo?.trim() || null,
    references: references.map((r) => r.trim()).filter(Boolean),
    autoReply: isAutoReply({
      autoSubmitted: text(h.get('auto-submitted')),
      xAutoreply: text(h.get('x-autoreply')),
      xAutorespond: text(h.get('x-autorespond')),
      precedence: text(h.get('precedence')),
      subject,
    }),
    text: raw.text,
    calendar: raw.calendar,
  };
}
