// What a row of an import preview says: its lines, and what happens to it in words.
import type { ImportItem } from '../api.js';

const BY: Readonly<Record<string, string>> = {
  email: 'same e-mail',
  linkedin: 'same LinkedIn profile',
  'name-company': 'same name and company',
  'company-title': 'same company and title',
};

export function lines(item: ImportItem): string {
  return item.endLine === undefined ? String(item.line) : `${item.line}–${item.endLine}`;
}

export function what(item: ImportItem): string {
  const d = item.duplicateOf;
  const duplicate = d
    ? `${BY[d.by] ?? d.by} as ${d.id !== undefined ? `#${d.id} ${d.label}` : `line ${d.line}`}: `
    : '';
  if (item.action === 'reject') return item.reason ?? '';
  if (item.action === 'skip') return `${duplicate}skipped, ${item.reason ?? ''}`;
  const changes = (item.changes ?? []).join('; ');
  return `${duplicate}${item.action === 'merge' ? 'merged: ' : ''}${changes || 'added'}`;
}
