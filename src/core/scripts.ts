import type { PlainDate } from './dates.js';
import type { Action, OpportunityKind, StepReason } from './names.js';

export type { ContactRole, OpportunityKind } from './names.js';

import { followUp } from './follow-up-script.js';
import { callbackLead, words } from './script-words.js';

/** Who speaks, to whom, about what: everything a script is filled in from. */
export interface ScriptContext {
  readonly kind: OpportunityKind;
  readonly you: {
    readonly name: string | null;
    readonly phone: string | null;
    readonly email: string | null;
  };
  readonly contactName: string | null;
  readonly company: string | null;
  readonly title: string | null;
  /** The interview or meeting the thank-yous and check-ins follow, if any. */
  readonly interviewDate?: PlainDate | null;
}

/** The step a script is for. */
export interface ScriptStep {
  readonly action: Action;
  readonly followUpNumber?: number | undefined;
  readonly reason?: StepReason;
  /** The date the wait counts from: for a callback, the date they asked you to call back on; after an attempt, its date. */
  readonly since?: PlainDate;
  /** The playbook's number of follow-ups, so that the last one can say so (default 3). */
  readonly maxFollowUps?: number;
}

/** The words for one step: said, left on voicemail, written. */
export interface Script {
  /** What to say when the person answers (for a note: the note itself). */
  readonly call: string;
  readonly voicemail: string;
  readonly email: { readonly subject: string; readonly body: string };
}

function thankYouCall(ctx: ScriptContext): Script {
  const w = words(ctx);
  const call =
    ctx.kind === 'networking'
      ? `${w.hello} Thank you for taking the time to meet with me${w.met}. Your advice was really helpful, and I'd be glad to stay in touch.`
      : `${w.hello} Thank you for taking the time to meet with me${w.met}. I enjoyed learning more about ${w.position}, and I want to reconfirm that I'm very interested in the opportunity.`;
  return {
    call,
    voicemail: `${call} ${w.callMe} Thanks again, and have a good day.`,
    email: {
      subject: 'Thank you for your time',
      body: `${w.dear}\n\n${call.replace(w.hello, '').trim()}\n\n${w.signOff}`,
    },
  };
}

function thankYouNote(ctx: ScriptContext): Script {
  const w = words(ctx);
  const body =
    ctx.kind === 'networking'
      ? `Thank you for taking the time to meet with me${w.met}. I appreciated your advice and your openness, and I'll keep you posted on how things go. If there is ever anything I can do for you, I'd be glad to help.`
      : `Thank you for taking the time to meet with me${w.met} about ${w.position}. I enjoyed our conversation and learning more about ${w.company ?? 'your team'}. I'm very interested in the role and would welcome the chance to contribute.\n\nI look forward to hearing from you.`;
  const note = `${w.dear}\n\n${body}\n\nSincerely,\n${w.me}`;
  return { call: note, voicemail: note, email: { subject: 'Thank you', body: note } };
}

function checkIn(ctx: ScriptContext, step: ScriptStep): Script {
  const w = words(ctx);
  const lead = callbackLead(step);
  const afterInterview = Boolean(ctx.interviewDate);
  const call =
    ctx.kind === 'networking'
      ? `${w.hello}${lead} I'm checking in to keep in touch and let you know how my search is going. Is there anything new on your side, or anyone you think I should talk to?`
      : afterInterview
        ? `${w.hello}${lead} I'm calling to let you know I'm still very interested in ${w.position} and looking forward to moving ahead. Is there any news, or anything else I can send you?`
        : `${w.hello}${lead} I'm checking in on ${w.opening}. I'm still very interested. Is there any news, and is there anything I can do to help my application?`;
  return {
    call,
    voicemail: `${call} ${w.callMe} Thank you.`,
    email: {
      subject:
        ctx.kind === 'networking'
          ? 'Checking in'
          : `Checking in: ${w.position.replace(/^the /, '')}`,
      body: `${w.dear}\n\n${call.replace(w.hello, '').trim()}\n\n${w.signOff}`,
    },
  };
}

/**
 * The words for a step, filled in from the user's and the contact's details:
 * the three-part follow-up message (R1), the thank-you call and note (R5),
 * the check-in call (R4, R5).
 * @example scriptFor({ action: 'follow-up', followUpNumber: 1 }, ctx).call
 * // 'Hi Jane, this is Sam Lee. I know you're busy and have probably received a lot of responses to ...'
 */
export function scriptFor(step: ScriptStep, ctx: ScriptContext): Script {
  switch (step.action) {
    case 'follow-up':
      return followUp(ctx, step);
    case 'thank-you-call':
      return thankYouCall(ctx);
    case 'thank-you-note':
      return thankYouNote(ctx);
    case 'check-in':
      return checkIn(ctx, step);
  }
}
