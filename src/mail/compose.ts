// The morning e-mail as a message: a subject, a plain-text part and an HTML part.
// Every name in it was typed by the user or copied from elsewhere: the HTML escapes all of it.
import type { Digest } from '../app/digest/content.js';
import type { InterviewItem, TodayItem } from '../app/today.js';
import { dayInWords } from '../core/in-words.js';
import {
  interviewSummary,
  opportunityUrl,
  reachLines,
  scriptText,
  stepSummary,
  timeIn,
  windowText,
} from '../formats/reminder-text.js';

export interface ComposedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Text made safe inside HTML, in an element or an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** "Mon 23 Nov 2026: 3 follow-ups (1 overdue), 1 interview". No user text: headers stay plain. */
export function digestSubject(d: Digest): string {
  const steps = d.overdue.length + d.due.length;
  const parts = [
    ...(steps
      ? [
          `${plural(steps, 'step')} to do${d.overdue.length ? ` (${d.overdue.length} overdue)` : ''}`,
        ]
      : []),
    ...(d.interviews.length ? [plural(d.interviews.length, 'interview')] : []),
  ];
  return `JustEnough for ${dayInWords(d.date)}: ${parts.join(', ')}`;
}

function interviewLine(i: InterviewItem, zone: string): string {
  return `${i.at ? `${timeIn(i.at, zone)} ` : ''}${interviewSummary(i)}`;
}

const indent = (text: string, by = '   ') =>
  text
    .split('\n')
    .map((l) => (l ? `${by}${l}` : l))
    .join('\n');

function stepText(step: TodayItem, n: number, d: Digest, appUrl: string): string {
  return [
    `${n}. ${stepSummary(step, d.maxFollowUps).replace(/^Overdue: /, '')}`,
    indent(windowText(step)),
    ...reachLines(step).map((l) => indent(l)),
    '',
    indent(scriptText(step)),
    '',
    indent(`Open it and log what happened: ${opportunityUrl(appUrl, step.opportunityId)}`),
  ].join('\n');
}

function textPart(d: Digest, appUrl: string): string {
  const out = [
    `Good morning${d.you ? ` ${d.you}` : ''},`,
    '',
    `Here is your day, ${dayInWords(d.date)}.`,
    ...(d.lastWeek ? ['', d.lastWeek] : []),
  ];
  if (d.interviews.length) {
    out.push('', 'INTERVIEWS TODAY');
    for (const i of d.interviews) {
      out.push(`- ${interviewLine(i, d.timeZone)}`, `  ${opportunityUrl(appUrl, i.opportunityId)}`);
    }
  }
  let n = 0;
  for (const [title, steps] of [
    ['OVERDUE', d.overdue],
    ['DUE TODAY', d.due],
  ] as const) {
    if (steps.length === 0) continue;
    out.push('', `${title} (${steps.length})`, '');
    out.push(steps.map((s) => stepText(s, ++n, d, appUrl)).join('\n\n'));
  }
  if (d.upcoming) out.push('', `Coming in the next two weeks: ${plural(d.upcoming, 'more step')}.`);
  out.push(
    '',
    '--',
    `JustEnough: ${appUrl}/`,
    `You get this e-mail because the morning e-mail is on in your settings: ${appUrl}/settings`,
  );
  return `${out.join('\n')}\n`;
}

const html = (parts: TemplateStringsArray, ...values: string[]) =>
  parts.reduce((acc, part, i) => acc + part + (i < values.length ? values[i] : ''), '');

function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((l) => escapeHtml(l))
    .join('<br>');
}

function link(href: string, label: string): string {
  return html`<a href="${escapeHtml(href)}" style="color:#0b7285">${escapeHtml(label)}</a>`;
}

function stepHtml(step: TodayItem, d: Digest, appUrl: string): string {
  const reach = reachLines(step).map((l) => escapeHtml(l));
  return html`<div style="border:1px solid #dee2e6;border-radius:8px;padding:12px 16px;margin:0 0 12px">
<p style="margin:0 0 4px;font-weight:600">${escapeHtml(stepSummary(step, d.maxFollowUps).replace(/^Overdue: /, ''))}</p>
<p style="margin:0 0 8px;color:${step.overdue ? '#c92a2a' : '#495057'}">${escapeHtml(windowText(step))}</p>
${reach.length ? html`<p style="margin:0 0 8px">${reach.join('<br>')}</p>` : ''}
<p style="margin:0 0 8px;background:#f8f9fa;padding:8px;border-radius:6px">${paragraphs(scriptText(step))}</p>
<p style="margin:0">${link(opportunityUrl(appUrl, step.opportunityId), 'Open it and log what happened')}</p>
</div>`;
}

function htmlPart(d: Digest, appUrl: string): string {
  const sections: string[] = [];
  if (d.interviews.length) {
    const items = d.interviews
      .map(
        (i) =>
          html`<li>${link(opportunityUrl(appUrl, i.opportunityId), interviewLine(i, d.timeZone))}</li>`,
      )
      .join('\n');
    sections.push(html`<h2 style="font-size:16px">Interviews today</h2>\n<ul>${items}</ul>`);
  }
  for (const [title, steps] of [
    ['Overdue', d.overdue],
    ['Due today', d.due],
  ] as const) {
    if (steps.length === 0) continue;
    sections.push(
      html`<h2 style="font-size:16px">${title} (${String(steps.length)})</h2>\n${steps.map((s) => stepHtml(s, d, appUrl)).join('\n')}`,
    );
  }
  if (d.upcoming) {
    sections.push(
      html`<p>Coming in the next two weeks: ${escapeHtml(plural(d.upcoming, 'more step'))}.</p>`,
    );
  }
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(digestSubject(d))}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:#212529;max-width:640px;margin:0 auto;padding:16px">
<p>Good morning${d.you ? ` ${escapeHtml(d.you)}` : ''},</p>
<p>Here is your day, ${escapeHtml(dayInWords(d.date))}.</p>
${d.lastWeek ? html`<p style="color:#495057">${escapeHtml(d.lastWeek)}</p>` : ''}
${sections.join('\n')}
<hr style="border:0;border-top:1px solid #dee2e6">
<p style="font-size:13px;color:#495057">${link(`${appUrl}/`, 'Open JustEnough')} · You get this e-mail because the morning e-mail is on in your ${link(`${appUrl}/settings`, 'settings')}.</p>
</body></html>
`;
}

/** The morning e-mail of a digest, with links into the app at `appUrl`. */
export function composeDigest(d: Digest, appUrl: string): ComposedMail {
  return { subject: digestSubject(d), text: textPart(d, appUrl), html: htmlPart(d, appUrl) };
}

/** A test e-mail, to check the SMTP settings. */
export function composeTest(date: string, appUrl: string): ComposedMail {
  const text = `This is a test e-mail from JustEnough, sent on ${dayInWords(date)}.\n\nIt arrived, so the morning e-mail will arrive too.\nSettings: ${appUrl}/settings\n`;
  return {
    subject: 'JustEnough: test e-mail',
    text,
    html: html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>JustEnough: test e-mail</title></head><body><p>${paragraphs(text)}</p></body></html>\n`,
  };
}
