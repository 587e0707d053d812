import { callbackLead, longDay, words } from './script-words.js';
import type { Script, ScriptContext, ScriptStep } from './scripts.js';

type Words = ReturnType<typeof words>;

// Where the follow-up stands: the first, one in between, or the last of the run (R1, R2).
function place(step: ScriptStep): 'first' | 'again' | 'last' {
  const n = step.followUpNumber ?? 1;
  if (n <= 1) return 'first';
  return n >= (step.maxFollowUps ?? 3) ? 'last' : 'again';
}

// "I tried to reach you on Tuesday, December 1." after an unanswered attempt; else nothing.
function lastTry(step: ScriptStep): string {
  return step.reason === 'after-attempt' && step.since
    ? ` I tried to reach you on ${longDay(step.since)}.`
    : '';
}

function subjectOf(ctx: ScriptContext, w: Words, lead: string): string {
  const what =
    ctx.title?.trim() || ctx.company?.trim() ? `: ${w.position.replace(/^the /, '')}` : '';
  return `${lead}${what}`;
}

function networking(ctx: ScriptContext, step: ScriptStep): Script {
  const w = words(ctx);
  const lead = callbackLead(step);
  const where = place(step);
  const call =
    where === 'first'
      ? `${w.hello}${lead} I know you're busy, so I'll be brief. I'm calling to make sure you got my message about meeting for a short conversation; that's the reason for my call. Would there be a good time in the next week or two?`
      : `${w.hello}${lead}${lastTry(step)} I know your time is precious, so just briefly: I'm following up on my message about a short conversation, in case it got buried. ${where === 'last' ? "I won't keep after you, but if" : 'If'} a few minutes in the next week or two would work, I'd be grateful.`;
  return {
    call,
    voicemail: `${call} ${w.callMe} Thank you, and have a good day.`,
    email: {
      subject: where === 'first' ? 'Following up on my note' : 'Following up again on my note',
      body: `${w.dear}\n\n${call.replace(w.hello, '').trim()}\n\n${w.signOff}`,
    },
  };
}

/**
 * The follow-up message (R1, R2): the three parts of the method (they are busy, did they receive
 * your application, how to improve your chances), worded the way a person follows up the
 * second and the last time rather than repeating the first call word for word.
 */
export function followUp(ctx: ScriptContext, step: ScriptStep): Script {
  if (ctx.kind === 'networking') return networking(ctx, step);
  const w = words(ctx);
  const lead = callbackLead(step);
  const where = place(step);
  const said =
    where === 'first'
      ? ` I know you're busy and have probably received a lot of responses to ${w.opening}. I'm calling to make sure you received my application; that's the purpose of my call. Is there anything I can do to improve my chances for this opportunity?`
      : where === 'again'
        ? `${lastTry(step)} I'm following up on my application for ${w.opening}. I know you're busy, with so many responses to go through, so I wanted to make sure my application reached you. Is there anything I could do to improve my chances?`
        : `${lastTry(step)} This is my last follow-up on my application for ${w.opening}, so I'll keep it short. I know how busy you are with all the responses you've had; I'd just like to make sure you received my application, and to ask whether there is anything I can do to improve my chances. I'm still very interested.`;
  const written =
    where === 'first'
      ? `I know you're busy and have probably received a lot of responses to ${w.opening}. I'm writing to make sure you received my application. Is there anything I can do to improve my chances for this opportunity?`
      : said.trim();
  const subject =
    where === 'first'
      ? subjectOf(ctx, w, 'Following up on my application')
      : where === 'again'
        ? subjectOf(ctx, w, 'Following up again on my application')
        : subjectOf(ctx, w, 'A last follow-up on my application');
  const call = `${w.hello}${lead}${said}`;
  return {
    call,
    voicemail: `${call} ${w.callMe} Thank you, and have a good day.`,
    email: {
      subject,
      body: `${w.dear}\n\n${lead ? `${lead.trim()}\n\n` : ''}${written}\n\n${w.signOff}`,
    },
  };
}
