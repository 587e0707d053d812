import type { Progress } from '../core/progress/summary.js';
import { share } from '../core/progress/summary.js';
import type { Io } from './io.js';

const BAR = 24;
const SOURCE_WORDS: Record<string, string> = {
  posting: 'Posting',
  referral: 'Referral',
  networking: 'Networking',
  recruiter: 'Recruiter',
  other: 'Other',
};

/** A bar of `part` over `whole`, drawn in BAR cells: full blocks, then light shade. */
export function bar(part: number, whole: number, width = BAR): string {
  const filled = Math.round(share(part, whole) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '  -' : `${Math.round(share(part, whole) * 100)}%`.padStart(4);

function row(io: Io, label: string, part: number, whole: number, tail: string): string {
  return `  ${label.padEnd(18)} ${io.color.green(bar(part, whole))} ${percent(part, whole)}  ${tail}`;
}

/** `stats` as text: each number with a small bar, and what the seed articles say. */
export function renderStats(io: Io, p: Progress): string {
  const c = io.color;
  const out: string[] = [];
  out.push(c.bold(`Your search ${p.from ? `from ${p.from} ` : ''}to ${p.to}`));
  const o = p.opportunities;
  out.push(
    `${o.total} opportunities: ${o.active} active, ${o.interviewing} interviewing, ${o.holding} in the holding file, ${o.closed} closed`,
  );
  const f = p.funnel;
  out.push('', c.bold('Funnel (opportunities with a run started)'));
  out.push(row(io, 'Started', f.started, f.started, String(f.started)));
  out.push(row(io, 'Answered', f.answered, f.started, String(f.answered)));
  out.push(row(io, 'Interview/meeting', f.interviewed, f.started, String(f.interviewed)));
  out.push(row(io, 'Offer', f.offers, f.started, String(f.offers)));

  out.push('', c.bold('Answers by follow-up (answered / made)'));
  for (const n of p.followUps) {
    const label = n.number === 0 ? 'The application' : `Follow-up ${n.number}`;
    out.push(row(io, label, n.answered, n.made, `${n.answered} of ${n.made}`));
  }
  out.push('', c.bold('Answers by channel (answered / made)'));
  for (const ch of p.channels) {
    const label = ch.channel === 'call' ? 'Call' : ch.channel === 'email' ? 'E-mail' : 'Message';
    out.push(row(io, label, ch.answered, ch.made, `${ch.answered} of ${ch.made}`));
  }

  const s = p.steps;
  const steps = s.onTime + s.early + s.late + s.missed;
  out.push('', c.bold('Steps of the plan'));
  out.push(row(io, 'On time', s.onTime, steps, String(s.onTime)));
  out.push(row(io, 'Early (too soon)', s.early, steps, String(s.early)));
  out.push(row(io, 'Late', s.late, steps, String(s.late)));
  out.push(row(io, 'Missed', s.missed, steps, String(s.missed)));

  const u = p.followedUp;
  out.push('', c.bold('Followed up'));
  out.push(
    row(io, 'Runs followed up', u.withAFollowUp, u.started, `${u.withAFollowUp} of ${u.started}`),
  );
  if (u.started > 0) {
    out.push(
      c.dim(
        `  "Over 60% of people don't follow up" (the seed article): you followed up on ${u.withAFollowUp} of ${u.started}.`,
      ),
    );
  }

  out.push('', c.bold('Sources (interviews / opportunities)'));
  for (const src of p.sources) {
    const label = src.source === null ? 'Unknown' : (SOURCE_WORDS[src.source] ?? src.source);
    out.push(
      row(
        io,
        label,
        src.interviewed,
        src.opportunities,
        `${src.interviewed} of ${src.opportunities}, ${src.offers} offer${src.offers === 1 ? '' : 's'}`,
      ),
    );
  }
  out.push(c.dim('  "Only about 20% of jobs are advertised" (the seed article).'));
  return out.join('\n');
}
