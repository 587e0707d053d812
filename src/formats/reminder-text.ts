// The words of the calendar events and the morning e-mail, shared by both.

import type { InterviewItem, TodayItem } from '../contract/index.js';
import { Temporal } from '../core/dates.js';
import { dayInWords } from '../core/in-words.js';
import type { FeedInterview } from './calendar-feed.js';

interface Who {
  readonly contact: string | null;
  readonly company: string | null;
  readonly title: string | null;
}

/** The person a step is for, as a line: "Jane Doe (Acme)". */
export function personOf(w: Who): string {
  if (w.contact && w.company) return `${w.contact} (${w.company})`;
  if (w.contact) return w.contact;
  if (w.title && w.company) return `${w.title} at ${w.company}`;
  return w.company ?? w.title ?? 'your contact';
}

/** What the opportunity is: "Data Analyst at Acme". */
export function opportunityOf(w: Who): string {
  return [w.title, w.company].filter(Boolean).join(' at ') || w.contact || 'an opportunity';
}

/** A step as a calendar event's title: "Call Jane Doe (Acme) — follow-up 2 of 3". */
export function stepSummary(step: TodayItem, maxFollowUps: number): string {
  const who = personOf(step);
  const title =
    step.action === 'follow-up'
      ? `Call ${who} — follow-up${step.followUpNumber ? ` ${step.followUpNumber} of ${maxFollowUps}` : ''}`
      : step.action === 'thank-you-call'
        ? `Thank-you call to ${who}`
        : step.action === 'thank-you-note'
          ? `Thank-you note to ${who}`
          : `Check in with ${who}`;
  return step.overdue ? `Overdue: ${title}` : title;
}

/** The window of a step: when it may be done and when it is overdue. */
export function windowText(step: TodayItem): string {
  const span =
    step.dueOn === step.dueBy
      ? `on ${dayInWords(step.dueOn)}`
      : `any business day from ${dayInWords(step.dueOn)} to ${dayInWords(step.dueBy)}`;
  return step.overdue ? `Overdue: it was due ${span}. Do it as soon as you can.` : `Due ${span}.`;
}

/** The words to say or write for a step, with what to do if nobody answers. */
export function scriptText(step: TodayItem): string {
  if (step.action === 'thank-you-note') return `The note to write by hand:\n${step.script}`;
  if (step.channel === 'email')
    return `What to write (an e-mail; there is no phone number for this contact):\nSubject: ${step.email.subject}\n\n${step.email.body}`;
  return `What to say:\n${step.script}\n\nIf nobody answers, leave it as a voicemail with your number.`;
}

/** How to reach the person: phone and e-mail lines. */
export function reachLines(r: {
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
}): string[] {
  return [
    ...(r.contactPhone ? [`Phone: ${r.contactPhone}`] : []),
    ...(r.contactEmail ? [`E-mail: ${r.contactEmail}`] : []),
  ];
}

/** An interview or meeting as a title: "Interview: Data Analyst at Acme with Jane Doe". */
export function interviewSummary(i: FeedInterview | InterviewItem): string {
  if (i.type === 'meeting') {
    return `Meeting with ${i.contact ?? i.company ?? 'your contact'}${i.contact && i.company ? ` (${i.company})` : ''}`;
  }
  return `Interview: ${opportunityOf(i)}${i.contact ? ` with ${i.contact}` : ''}`;
}

/** The local time of a moment in a zone: "10:00". */
export function timeIn(at: string, zone: string): string {
  return Temporal.Instant.from(at)
    .toZonedDateTimeISO(zone)
    .toPlainTime()
    .toString({ smallestUnit: 'minute' });
}

/** The address of an opportunity in the web app. */
export function opportunityUrl(appUrl: string, opportunityId: string): string {
  return `${appUrl}/opportunities/${encodeURIComponent(opportunityId)}`;
}
