import type { HoldingItem } from '../app/holding.js';
import type { ContactSummary, OpportunitySummary } from '../app/lists.js';
import type { SettingsView } from '../app/settings.js';
import type { TodayItem, TodayView } from '../app/today.js';
import type { OpportunityView, StepView } from '../app/views.js';
import { Temporal } from '../core/dates.js';
import { isVoicemailThankYou } from '../core/event-words.js';
import { dayInWords, roleInWords } from '../core/in-words.js';
import type { Source } from '../core/progress/words.js';
import { type Io, safe } from './io.js';

function daysFrom(today: string, date: string): number {
  return Temporal.PlainDate.from(today).until(Temporal.PlainDate.from(date), { largestUnit: 'day' })
    .days;
}

/** "today", "tomorrow", "in 3 days", "2 days ago". */
export function relativeDay(today: string, date: string): string {
  const n = daysFrom(today, date);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}

/** The window of a step in words, as the today list and `show` print it. */
export function windowWords(
  step: Pick<StepView, 'dueOn' | 'dueBy' | 'overdue'>,
  today: string,
): string {
  if (step.overdue) {
    const late = daysFrom(step.dueBy, today);
    return `${late} day${late === 1 ? '' : 's'} overdue (due by ${dayInWords(step.dueBy)})`;
  }
  if (step.dueOn === step.dueBy)
    return `due ${dayInWords(step.dueOn)} (${relativeDay(today, step.dueOn)})`;
  if (step.dueOn <= today)
    return `due now, by ${dayInWords(step.dueBy)} (${relativeDay(today, step.dueBy)})`;
  return `${dayInWords(step.dueOn)} to ${dayInWords(step.dueBy)} (${relativeDay(today, step.dueOn)})`;
}

/** Filled dots for the follow-ups made: ●●○. */
export function followUpDots(made: number, max: number): string {
  return '●'.repeat(Math.min(made, max)) + '○'.repeat(Math.max(0, max - made));
}

/** Plain text folded at word boundaries to the terminal's width, indented. */
export function wrap(io: Pick<Io, 'width'>, text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  const width = Math.max(20, io.width - indent);
  const lines: string[] = [];
  for (const paragraph of safe(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      for (let rest = word; rest.length > 0; rest = rest.slice(width)) {
        const piece = rest.slice(0, width);
        if (line === '') line = piece;
        else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
        else {
          lines.push(line);
          line = piece;
        }
      }
    }
    lines.push(line);
  }
  return lines.map((l) => (l ? pad + l : '')).join('\n');
}

const SOURCE_WORDS: Readonly<Record<Source, string>> = {
  posting: 'a posting',
  referral: 'a referral',
  networking: 'networking',
  recruiter: 'a recruiter',
  other: 'other',
};

function who(item: {
  contact: string | null;
  company: string | null;
  title: string | null;
}): string {
  const where = [item.company, item.title].filter(Boolean).map(safe).join(', ');
  return item.contact ? `${safe(item.contact)}${where ? ` · ${where}` : ''}` : where || 'unnamed';
}

function todayCard(io: Io, item: TodayItem, date: string, maxFollowUps: number): string {
  const { bold, dim, red, cyan } = io.color;
  const step =
    item.action === 'follow-up'
      ? `${item.label} ${followUpDots(item.followUps, maxFollowUps)}`
      : item.label;
  const reach = [
    item.contactPhone && `call ${safe(item.contactPhone)}`,
    item.contactEmail && safe(item.contactEmail),
  ]
    .filter(Boolean)
    .join(' · ');
  const lines = [
    `  ${bold(who(item))}  ${dim(`#${item.opportunityId}`)}`,
    `    ${cyan(step)} · ${item.overdue ? red(windowWords(item, date)) : windowWords(item, date)}`,
  ];
  if (reach) lines.push(`    ${reach}`);
  // Only an e-mail address: the e-mail is the step, not a call and its voicemail.
  if (item.channel === 'email') lines.push(...emailLines(io, item, 4));
  else lines.push(wrap(io, `“${item.script}”`, 4));
  return lines.join('\n');
}

/** The today list: interviews, overdue, due today, coming up; scripts under each step due. */
export function renderToday(io: Io, view: TodayView): string {
  const { maxFollowUps } = view;
  const { bold, dim, red, green } = io.color;
  const out: string[] = [bold(`Today, ${dayInWords(view.date)}`)];
  if (view.interviews.length > 0) {
    out.push('', bold('Interviews and meetings'));
    for (const i of view.interviews) {
      const when = i.at ? `${dayInWords(i.date)} ${i.at.slice(11, 16)}` : dayInWords(i.date);
      out.push(`  ${when}  ${who(i)}  ${dim(`${i.type} · #${i.opportunityId}`)}`);
    }
  }
  const overdue = view.items.filter((i) => i.overdue);
  const due = view.items.filter((i) => !i.overdue);
  if (overdue.length > 0) {
    out.push('', red(bold(`Overdue (${overdue.length})`)));
    for (const item of overdue) out.push(todayCard(io, item, view.date, maxFollowUps), '');
  }
  if (due.length > 0) {
    out.push('', bold(`Due today (${due.length})`));
    for (const item of due) out.push(todayCard(io, item, view.date, maxFollowUps), '');
  }
  if (view.items.length === 0) out.push('', green('Nothing is due today.'));
  if (view.upcoming.length > 0) {
    out.push('', bold('Coming up (next 14 days)'));
    for (const u of view.upcoming) {
      out.push(
        `  ${dayInWords(u.dueOn).padEnd(16)} ${u.label.padEnd(18)} ${who(u)}  ${dim(`#${u.opportunityId}`)}`,
      );
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function emailLines(io: Io, step: Pick<StepView, 'email'>, indent: number): string[] {
  return [wrap(io, `Subject: ${step.email.subject}`, indent), wrap(io, step.email.body, indent)];
}

function stepBlock(io: Io, step: StepView, today: string): string {
  const { cyan, red, dim } = io.color;
  const lines = [
    `  ${cyan(step.label)} · ${step.overdue ? red(windowWords(step, today)) : windowWords(step, today)}`,
  ];
  if (step.action === 'thank-you-note') {
    lines.push(dim('    Handwritten note, a draft:'), wrap(io, step.script, 6));
  } else if (step.channel === 'email') {
    lines.push(dim('    E-mail (no phone number for this contact):'), ...emailLines(io, step, 6));
  } else {
    lines.push(dim('    Say:'), wrap(io, `“${step.script}”`, 6));
    lines.push(dim('    Voicemail:'), wrap(io, `“${step.voicemail}”`, 6));
  }
  return lines.join('\n');
}

/** `show`: who, where it stands, the next steps with their words, the timeline. */
export function renderOpportunity(io: Io, o: OpportunityView): string {
  const today = o.asOf;
  const { bold, dim, green, yellow } = io.color;
  const heading =
    [o.title, o.company].filter(Boolean).map(safe).join(' at ') ||
    safe(o.contact?.name) ||
    'Opportunity';
  const status =
    o.status === 'holding' && o.heldOn
      ? `holding file since ${dayInWords(o.heldOn)}`
      : o.status === 'closed' && o.outcome
        ? `closed: ${o.outcome}`
        : o.status;
  const out = [`${bold(`#${o.id} ${heading}`)}  ${yellow(`[${status}]`)}  ${dim(o.kind)}`];
  if (o.contact) {
    const name = `${safe(o.contact.name)}${o.contact.role ? ` (${safe(roleInWords(o.contact.role))})` : ''}`;
    out.push(
      `Contact: ${[name, safe(o.contact.phone), safe(o.contact.email)].filter(Boolean).join(' · ')}`,
    );
  }
  if (o.postingUrl) out.push(`Posting: ${safe(o.postingUrl)}`);
  if (o.source) out.push(`Source: ${SOURCE_WORDS[o.source]}`);
  if (o.status === 'active') {
    out.push(
      `Follow-ups: ${followUpDots(o.followUps, o.maxFollowUps)} ${o.followUps} of ${o.maxFollowUps} made`,
    );
  }
  if (o.holdsOn) {
    out.push(
      o.followUps >= o.maxFollowUps
        ? `Waiting: all follow-ups made; goes to the holding file on ${dayInWords(o.holdsOn)} unless they get back to you.`
        : `Waiting: goes to the holding file on ${dayInWords(o.holdsOn)}, as you logged.`,
    );
  }
  if (o.notes) out.push(`Notes: ${safe(o.notes)}`);
  out.push('', bold('Next'));
  if (o.next.length === 0) {
    out.push(
      o.status === 'closed'
        ? green('  Closed: nothing more to do.')
        : o.status === 'holding'
          ? '  Nothing is due. It stays here in case they call; log "revive" to try again.'
          : o.events.length === 0
            ? `  Nothing yet: log what you did first, e.g. justenough log ${o.id} ${o.kind === 'job' ? 'applied' : 'reached-out'}`
            : '  Nothing is due.',
    );
  }
  for (const step of o.next) out.push(stepBlock(io, step, today), '');
  out.push('', bold('Timeline'));
  if (o.events.length === 0) out.push(dim('  No events yet.'));
  for (const e of o.events) {
    const when = e.at ? `${dayInWords(e.date)} ${e.at.slice(11, 16)}` : dayInWords(e.date);
    const kind = isVoicemailThankYou(e.type, e.note) ? `${e.type} (voicemail)` : e.type;
    const origin = e.inbox
      ? dim(`[from the inbox${e.inbox.sent ? ', sent' : ''}: “${safe(e.inbox.subject)}”]`)
      : '';
    const extra = [e.until && `until ${dayInWords(e.until)}`, e.note && `“${safe(e.note)}”`, origin]
      .filter(Boolean)
      .join(' ');
    out.push(`  ${when.padEnd(22)} ${kind.padEnd(15)} ${extra}  ${dim(`event ${e.id}`)}`.trimEnd());
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

export function renderHolding(io: Io, items: readonly HoldingItem[]): string {
  const { bold, dim } = io.color;
  if (items.length === 0) return 'The holding file is empty.';
  const out = [bold(`Holding file (${items.length})`)];
  for (const h of items) {
    out.push(`  since ${dayInWords(h.heldOn).padEnd(16)} ${who(h)}  ${dim(`#${h.opportunityId}`)}`);
  }
  out.push('', dim('If they get back to you, log "reply"; to try again, log "revive".'));
  return out.join('\n');
}

export function renderList(io: Io, items: readonly OpportunitySummary[]): string {
  if (items.length === 0) return 'No opportunities found.';
  return [listHeader(io, items.length), ...items.map((o) => listRow(io, o))].join('\n');
}

/** The first line of `list`: how many opportunities it holds. */
export function listHeader(io: Io, total: number): string {
  return io.color.bold(`${total} opportunit${total === 1 ? 'y' : 'ies'}`);
}

/** One opportunity of `list`: id, status, who, and its next step. */
export function listRow(io: Io, o: OpportunitySummary): string {
  const { dim, red } = io.color;
  const next = o.next
    ? `${o.next.label} ${o.next.dueOn === o.next.dueBy ? o.next.dueOn : `${o.next.dueOn}..${o.next.dueBy}`}`
    : '';
  return `  ${dim(`#${o.id}`.padEnd(6))} ${(o.outcome ? `closed: ${o.outcome}` : o.status).padEnd(17)} ${who(o)}${next ? `  ${o.next?.overdue ? red(next) : next}` : ''}`;
}

export function renderContacts(io: Io, items: readonly ContactSummary[]): string {
  if (items.length === 0) return 'No contacts found.';
  return [contactsHeader(io, items.length), ...items.map((c) => contactRow(io, c))].join('\n');
}

/** The first line of `contacts`: how many people it holds. */
export function contactsHeader(io: Io, total: number): string {
  return io.color.bold(`${total} contact${total === 1 ? '' : 's'}`);
}

/** One person of `contacts` (two lines with a LinkedIn profile). */
export function contactRow(io: Io, c: ContactSummary): string {
  const { dim } = io.color;
  // "Hiring Manager at Acme", or either alone.
  const job = [c.position, c.company].filter(Boolean).map(safe).join(' at ');
  const role = c.role ? safe(roleInWords(c.role)) : null;
  const parts = [job, role, safe(c.phone), safe(c.email)].filter(Boolean);
  const line = `  ${safe(c.name)}${parts.length ? ` · ${parts.join(' · ')}` : ''}  ${dim(`${c.opportunities} opportunit${c.opportunities === 1 ? 'y' : 'ies'}`)}`;
  return c.linkedinUrl ? `${line}\n    ${dim(safe(c.linkedinUrl))}` : line;
}

export function renderSettings(io: Io, s: SettingsView): string {
  const { bold, dim } = io.color;
  const p = s.playbook;
  return [
    bold('Settings'),
    `  Your name         ${safe(s.name) || dim('not set (used in scripts: --name)')}`,
    `  Your phone        ${safe(s.phone) || dim('not set (left on voicemails: --phone)')}`,
    `  Your e-mail       ${safe(s.email) || dim('not set (--email)')}`,
    `  Time zone         ${s.timeZone}`,
    `  Holidays          ${s.holidays} (public holidays only)`,
    `  Weekend           ${s.weekendDays.join(', ')}`,
    `  Days off          ${s.daysOff.join(', ') || dim('none')}`,
    '',
    bold('Playbook'),
    `  First follow-up   ${p.firstFollowUpDays} business days after applying or reaching out`,
    `  Next follow-ups   ${p.followUpDays} ${p.followUpDayKind} days after an unanswered one, up to ${p.maxFollowUps}`,
    `  Holding file      ${p.holdAfterDays} business days after the last unanswered follow-up`,
    `  Check-ins         every ${p.checkInMinDays} to ${p.checkInMaxDays} days after a conversation or interview`,
    `  Thank-yous        ${p.thankYouDays} business day${p.thankYouDays === 1 ? '' : 's'} after an interview or meeting`,
    '',
    bold('Next public holidays'),
    ...(s.upcomingHolidays.length
      ? s.upcomingHolidays.map((h) => `  ${dayInWords(h.date).padEnd(16)} ${h.name}`)
      : [dim('  none in the coming year')]),
  ].join('\n');
}
