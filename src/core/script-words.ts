import type { PlainDate } from './dates.js';
import type { ScriptContext, ScriptStep } from './scripts.js';

function firstName(name: string | null): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

// One formatter, made on first use: Temporal's toLocaleString builds a new Intl formatter
// at every call, which costs milliseconds each.
let longFormat: Intl.DateTimeFormat | undefined;
/** A day as a script says it: "Monday, November 23". */
export function longDay(date: PlainDate): string {
  longFormat ??= new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return longFormat.format(Date.UTC(date.year, date.month - 1, date.day));
}

// The pieces every script is made of, with gentle placeholders where a detail is missing.
export function words(ctx: ScriptContext) {
  const them = firstName(ctx.contactName);
  const me = ctx.you.name?.trim() || '[your name]';
  const role = ctx.title?.trim() || null;
  const company = ctx.company?.trim() || null;
  const opening =
    role && company
      ? `the ${role} opening at ${company}`
      : role
        ? `the ${role} opening`
        : company
          ? `the opening at ${company}`
          : 'the opening';
  const position = role
    ? `the ${role} position`
    : company
      ? `the position at ${company}`
      : 'the position';
  const met = ctx.interviewDate ? ` on ${longDay(ctx.interviewDate)}` : '';
  const reach = [ctx.you.phone?.trim(), ctx.you.email?.trim()].filter(Boolean);
  return {
    hello: them ? `Hi ${them}, this is ${me}.` : `Hello, this is ${me}.`,
    dear: them ? `Dear ${them},` : 'Hello,',
    me,
    opening,
    position,
    met,
    company,
    callMe: reach.length
      ? `You can reach me at ${reach.join(' or ')}.`
      : 'You can reach me at [your phone].',
    signOff: `Best regards,\n${me}${ctx.you.phone?.trim() ? `\n${ctx.you.phone.trim()}` : ''}`,
  };
}

export function callbackLead(step: ScriptStep): string {
  return step.reason === 'callback' && step.since
    ? ` You asked me to call back around ${longDay(step.since)}, so I'm doing just that.`
    : '';
}
