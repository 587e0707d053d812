import type { OpportunitySummary } from '../app/lists.js';
import { dayInWords } from '../core/in-words.js';
import type { Io } from './io.js';
import { safe } from './io.js';

const FIRST_RUN =
  'To start: justenough add job --company "Acme" --title "Data Analyst" --contact "Jane Doe", then justenough log <id> applied.';

function who(o: OpportunitySummary): string {
  return [o.contact, o.company, o.title].filter(Boolean).map(safe).join(' · ') || `#${o.id}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What `today` adds when nothing is due, coming or scheduled: the first-run hint when there is
 * nothing at all; else what is coming later, what is parked and what is closed.
 */
export function renderNothingComing(io: Io, items: readonly OpportunitySummary[]): string {
  const { dim } = io.color;
  if (items.length === 0) return dim(FIRST_RUN);
  const out: string[] = [];
  const next = items
    .filter((o) => o.next !== null)
    .sort((a, b) => (a.next?.dueOn ?? '').localeCompare(b.next?.dueOn ?? ''))[0];
  if (next?.next) {
    out.push(
      `Nothing is coming in the next 14 days. Next: ${next.next.label} with ${who(next)} on ${dayInWords(next.next.dueOn)}  ${dim(`#${next.id}`)}`,
    );
  } else {
    out.push('Nothing is coming: no opportunity has a next step.');
  }
  const held = items.filter((o) => o.status === 'holding').length;
  const closed = items.filter((o) => o.status === 'closed').length;
  if (held > 0) {
    out.push(
      `${count(held, 'opportunity is', 'opportunities are')} in the holding file (justenough holding): if they get back to you, log "reply".`,
    );
  }
  if (closed > 0) out.push(`${count(closed, 'opportunity is', 'opportunities are')} closed.`);
  out.push(dim('Applying somewhere new? justenough add job --company NAME --title TITLE'));
  return out.join('\n');
}
