import { type PlainDate, parseIsoDate } from '../core/dates.js';
import { STEP_REASONS, type StepChannel, type StepReason } from '../core/names.js';
import type { Action, Plan, PlannedStep } from '../core/plan.js';
import type { Source } from '../core/progress/words.js';
import {
  type ContactRole,
  type OpportunityKind,
  type ScriptContext,
  scriptFor,
} from '../core/scripts.js';
import type { EventRecord, OpportunityRecord, SettingsRecord } from '../store/records.js';
import { type Outcome, outcomeOf } from './progress/outcome.js';
import { storedSource } from './progress/source.js';

/** A next step as the command line and the API show it. */
export interface StepView {
  readonly action: Action;
  readonly dueOn: string;
  readonly dueBy: string;
  readonly followUpNumber?: number;
  readonly overdue: boolean;
  /** The words to say (for a note: the note). */
  readonly script: string;
  readonly voicemail: string;
  readonly email: { readonly subject: string; readonly body: string };
  /** The step in words: "Follow-up 2 of 3", "Thank-you note". */
  readonly label: string;
  /**
   * How to reach the person: `call` (the words to say, the voicemail if nobody answers),
   * `email` when the contact has only an e-mail address, `note` for the handwritten note.
   */
  readonly channel: StepChannel;
}

/** The channel of a step: an e-mail first when the contact has an e-mail address and no phone. */
export function channelOf(
  action: Action,
  contact: { readonly phone: string | null; readonly email: string | null } | null,
): StepChannel {
  if (action === 'thank-you-note') return 'note';
  return contact?.email && !contact.phone ? 'email' : 'call';
}

export interface ContactView {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly role: string | null;
}

export interface EventView {
  readonly id: string;
  readonly type: string;
  readonly date: string;
  readonly at: string | null;
  readonly until: string | null;
  readonly note: string | null;
  /**
   * The message it came from, when the inbox logged it (I6): its subject, and
   * whether the user sent it. Absent for events typed by the user.
   */
  readonly inbox?: InboxOrigin;
}

export interface InboxOrigin {
  readonly subject: string;
  readonly sent: boolean;
}

/** `show --json`: the contract's fields first, then what else users need. */
export interface OpportunityView {
  readonly id: string;
  readonly kind: OpportunityKind;
  readonly company: string | null;
  readonly title: string | null;
  readonly contact: ContactView | null;
  readonly status: Plan['status'];
  readonly followUps: number;
  readonly heldOn: string | null;
  readonly next: readonly StepView[];
  readonly events: readonly EventView[];
  readonly holdsOn: string | null;
  readonly maxFollowUps: number;
  readonly postingUrl: string | null;
  readonly notes: string | null;
  readonly version: number;
  /** Where it came from: posting, referral, networking, recruiter, other; null if unknown. */
  readonly source: Source | null;
  /** How it closed (offer, rejected, withdrawn); null while open. */
  readonly outcome: Outcome | null;
  /** The day the plan is for (today in the user's time zone). */
  readonly asOf: string;
}

const LABELS: Readonly<Record<Action, string>> = {
  'follow-up': 'Follow-up',
  'thank-you-call': 'Thank-you call',
  'thank-you-note': 'Thank-you note',
  'check-in': 'Check-in',
};

/** The step in words. */
export function stepLabel(
  action: Action,
  followUpNumber: number | undefined | null,
  max: number,
): string {
  return action === 'follow-up' && followUpNumber
    ? `Follow-up ${followUpNumber} of ${max}`
    : LABELS[action];
}

// Many steps follow the same interview days: each is parsed once.
const interviewDates = new Map<string, PlainDate | null>();
function interviewDate(text: string): PlainDate | null {
  let date = interviewDates.get(text);
  if (date === undefined) {
    date = parseIsoDate(text) ?? null;
    interviewDates.set(text, date);
  }
  return date;
}

/** Everything a script needs from an opportunity and the user's settings. */
export function scriptContext(
  settings: SettingsRecord,
  o: {
    kind: string;
    company: string | null;
    title: string | null;
    contactName: string | null;
    interviewOn: string | null;
  },
): ScriptContext {
  return {
    kind: o.kind === 'networking' ? 'networking' : 'job',
    you: { name: settings.name, phone: settings.phone, email: settings.email },
    contactName: o.contactName,
    company: o.company,
    title: o.title,
    interviewDate: o.interviewOn ? interviewDate(o.interviewOn) : null,
  };
}

/** A step with its script, from either a plan or the cache. */
export function stepView(
  step: {
    action: Action;
    dueOn: string;
    dueBy: string;
    followUpNumber: number | null;
    overdue: boolean;
    reason: string;
    since: string;
  },
  context: ScriptContext,
  maxFollowUps: number,
  contact: { readonly phone: string | null; readonly email: string | null } | null = null,
): StepView {
  const since = parseIsoDate(step.since);
  const reason = (STEP_REASONS as readonly string[]).includes(step.reason)
    ? (step.reason as StepReason)
    : undefined;
  const script = scriptFor(
    {
      action: step.action,
      followUpNumber: step.followUpNumber ?? undefined,
      maxFollowUps,
      ...(since && reason ? { reason, since } : {}),
    },
    context,
  );
  return {
    action: step.action,
    dueOn: step.dueOn,
    dueBy: step.dueBy,
    ...(step.action === 'follow-up' && step.followUpNumber
      ? { followUpNumber: step.followUpNumber }
      : {}),
    overdue: step.overdue,
    script: script.call,
    voicemail: script.voicemail,
    email: script.email,
    label: stepLabel(step.action, step.followUpNumber, maxFollowUps),
    channel: channelOf(step.action, contact),
  };
}

function plannedStep(step: PlannedStep) {
  return {
    action: step.action,
    dueOn: step.dueOn.toString(),
    dueBy: step.dueBy.toString(),
    followUpNumber: step.followUpNumber ?? null,
    overdue: step.overdue,
    reason: step.reason,
    since: step.since.toString(),
  };
}

export function eventView(e: EventRecord, inbox: InboxOrigin | null = null): EventView {
  return {
    id: String(e.id),
    type: e.type,
    date: e.date,
    at: e.at,
    until: e.until,
    note: e.note,
    ...(inbox ? { inbox } : {}),
  };
}

/** An opportunity with its plan of today and its timeline. */
export function opportunityView(
  o: OpportunityRecord,
  events: readonly EventRecord[],
  planned: Plan,
  settings: SettingsRecord,
  maxFollowUps: number,
  interviewOn: string | null,
  today: string,
  origins: ReadonlyMap<number, InboxOrigin> = new Map(),
): OpportunityView {
  const context = scriptContext(settings, {
    kind: o.kind,
    company: o.company,
    title: o.title,
    contactName: o.contact?.name ?? null,
    interviewOn,
  });
  return {
    id: String(o.id),
    kind: o.kind === 'networking' ? 'networking' : 'job',
    company: o.company,
    title: o.title,
    contact: o.contact && {
      name: o.contact.name,
      email: o.contact.email,
      phone: o.contact.phone,
      role: o.contact.role as ContactRole | null,
    },
    status: planned.status,
    followUps: planned.followUps,
    heldOn: planned.heldOn?.toString() ?? null,
    next: planned.next.map((s) =>
      stepView(plannedStep(s), context, maxFollowUps, o.contact ?? null),
    ),
    events: events.map((e) => eventView(e, origins.get(e.id) ?? null)),
    holdsOn: planned.holdsOn?.toString() ?? null,
    maxFollowUps,
    postingUrl: o.postingUrl,
    notes: o.notes,
    version: o.version,
    source: storedSource(o.source),
    outcome: planned.status === 'closed' ? outcomeOf(events) : null,
    asOf: today,
  };
}
