import type { MessageHead } from './mailbox.js';

/** How a message is known once handled (I6): its Message-ID, else its folder, UIDVALIDITY and UID. */
export function messageKey(head: MessageHead, path: string, uidValidity: string): string {
  return head.messageId ? `id:${head.messageId}` : `uid:${path}/${uidValidity}/${head.uid}`;
}

/** The Message-IDs a message answers: In-Reply-To, then References, newest first. */
export function threadIds(head: MessageHead): string[] {
  const ids = [...(head.inReplyTo ? [head.inReplyTo] : []), ...[...head.references].reverse()];
  return [...new Set(ids)].slice(0, 50);
}

/** A subject as a note says it: one line, at most 150 characters. */
export function shortSubject(subject: string): string {
  const line = subject.replace(/\s+/g, ' ').trim();
  return line.length > 150 ? `${line.slice(0, 147)}...` : line;
}
