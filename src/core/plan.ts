import { type BusinessCalendar, checkInWindow, type Window } from './business-calendar.js';
import { compareDates, type PlainDate, type Temporal } from './dates.js';
import { eventKind, sortTimeline, type TimelineEvent } from './events.js';
import type { Playbook } from './playbook.js';
import { dateIn } from './time.js';

/** What a step asks the user to do. */
export type Action = 'follow-up' | 'thank-you-call' | 'thank-you-note' | 'check-in';

/** Where an opportunity stands. */
export type Status = 'active' | 'interviewing' | 'holding' | 'closed';

/** Why a step falls on its date, so the product can explain it. */
export type StepReason =
  | 'after-start'
  | 'after-attempt'
  | 'after-contact'
  | 'after-interview'
  | 'callback'
  | 'revived';

/** A step of the method: may be done on any business day from `dueOn` to `dueBy`. */
export interface ScheduledStep extends Window {
  readonly action: Action;
  /** 1..maxFollowUps on `follow-up` steps only. */
  readonly followUpNumber?: number;
  readonly reason: StepReason;
  /** The date the wait is counted from (the last contact, the interview ...). */
  readonly since: PlainDate;
}

/** A step as seen on one day. */
export interface PlannedStep extends ScheduledStep {
  /** R12: today is after `dueBy`. */
  readonly overdue: boolean;
}

/** What the method needs besides the events. */
export interface MethodSettings {
  readonly timeZone: string;
  readonly calendar: BusinessCalendar;
  readonly playbook: Playbook;
}

/**
 * The plan without a clock: everything that follows from the events alone.
 * `heldOn` may lie in the future (R3's automatic move to the holding file).
 */
export interface Schedule {
  readonly closed: boolean;
  readonly interviewing: boolean;
  readonly heldOn: PlainDate | null;
  readonly followUps: number;
  readonly steps: readonly ScheduledStep[];
}

/** An opportunity's state and next steps on one day. */
export interface Plan {
  readonly status: Status;
  /** Unanswered follow-ups in the current run (R2-R4, R9). */
  readonly followUps: number;
  /** The date it went to the holding file; null unless held. */
  readonly heldOn: PlainDate | null;
  /** The date it will go to the holding file if nobody answers (R3); null otherwise. */
  readonly holdsOn: PlainDate | null;
  /** Every step due or to come, in date order. */
  readonly next: readonly PlannedStep[];
}

type Phase = 'none' | 'pre' | 'post';

interface State {
  phase: Phase;
  closed: boolean;
  /** A connection since the current cadence started: steps are check-ins. */
  connected: boolean;
  /** Unanswered follow-ups in the current run. */
  attempts: number;
  /** Start of the wait for the next pre-interview follow-up. */
  base: PlainDate | null;
  baseReason: 'after-start' | 'after-attempt';
  /** Latest contact, the start of the next check-in window. */
  lastContact: PlainDate | null;
  lastContactReason: 'after-contact' | 'after-interview';
  interviewDate: PlainDate | null;
  owesCall: boolean;
  owesNote: boolean;
  heldOn: PlainDate | null;
  callback: PlainDate | null;
  revivedOn: PlainDate | null;
}

const ACTION_ORDER: Readonly<Record<Action, number>> = {
  'thank-you-call': 0,
  'thank-you-note': 1,
  'follow-up': 2,
  'check-in': 3,
};

/**
 * The method applied to an opportunity's timeline (R1-R10), independent of
 * today's date: the store keeps this as its next-due cache.
 * @example
 * schedule([{ type: 'applied', date: date('2026-11-23') }], settings).steps
 * // [{ action: 'follow-up', followUpNumber: 1, dueOn: 2026-11-27, dueBy: 2026-11-27, ... }]
 */
export function schedule(events: readonly TimelineEvent[], settings: MethodSettings): Schedule {
  const { calendar, playbook } = settings;
  const s: State = {
    phase: 'none',
    closed: false,
    connected: false,
    attempts: 0,
    base: null,
    baseReason: 'after-start',
    lastContact: null,
    lastContactReason: 'after-contact',
    interviewDate: null,
    owesCall: false,
    owesNote: false,
    heldOn: null,
    callback: null,
    revivedOn: null,
  };

  // R3: the date an exhausted run moves to the holding file by itself.
  const autoHoldDate = (): PlainDate | null =>
    s.phase === 'pre' && !s.connected && s.attempts >= playbook.maxFollowUps && s.base && !s.heldOn
      ? calendar.addBusinessDays(s.base, playbook.holdAfterDays)
      : null;

  const startRun = (date: PlainDate): void => {
    s.phase = 'pre';
    s.connected = false;
    s.attempts = 0;
    s.base = date;
    s.baseReason = 'after-start';
  };

  // Any contact with the person: it moves the check-in window and answers a callback or revive.
  const contact = (date: PlainDate): void => {
    s.lastContact = date;
    s.lastContactReason = 'after-contact';
    s.heldOn = null;
    s.callback = null;
    s.revivedOn = null;
  };

  for (const event of sortTimeline(events)) {
    if (s.closed) break;
    const date = event.date;
    const held = autoHoldDate();
    if (held && compareDates(date, held) >= 0) s.heldOn = held;

    switch (eventKind(event.type)) {
      case 'start':
        if (s.phase === 'post') contact(date);
        else {
          startRun(date);
          s.heldOn = null;
          s.callback = null;
          s.revivedOn = null;
        }
        break;
      case 'attempt':
        if (s.phase === 'none') {
          // R1: an attempt with no start before it is the start.
          startRun(date);
          contact(date);
        } else if (s.phase === 'post' || s.connected) {
          contact(date);
        } else {
          // After the last follow-up, or from the holding file, calling again starts a new run (R9).
          if (s.heldOn || s.attempts >= playbook.maxFollowUps) s.attempts = 0;
          s.attempts += 1;
          s.base = date;
          s.baseReason = 'after-attempt';
          contact(date);
        }
        break;
      case 'connection':
        if (s.phase !== 'post') {
          s.phase = 'pre';
          s.connected = true;
          s.attempts = 0;
        }
        contact(date);
        break;
      case 'interview':
        s.phase = 'post';
        s.attempts = 0;
        s.interviewDate = date;
        s.owesCall = true;
        s.owesNote = true;
        contact(date);
        s.lastContactReason = 'after-interview';
        break;
      case 'thank-you':
        if (s.phase === 'post' && s.interviewDate && compareDates(date, s.interviewDate) >= 0) {
          if (event.type === 'thank-you-call') {
            s.owesCall = false;
            s.lastContact = date;
            s.lastContactReason = 'after-contact';
            s.heldOn = null;
            s.revivedOn = null;
          } else {
            s.owesNote = false;
          }
        }
        break;
      case 'callback':
        if (s.phase === 'none') startRun(date);
        // R8 on an exhausted or held run: they asked to be called, so a new run starts.
        if (
          s.heldOn ||
          (s.phase === 'pre' && !s.connected && s.attempts >= playbook.maxFollowUps)
        ) {
          s.attempts = 0;
          s.heldOn = null;
        }
        s.callback = event.until ?? date;
        s.revivedOn = null;
        break;
      case 'hold':
        s.heldOn = date;
        break;
      case 'revive':
        if (s.phase === 'none') startRun(date);
        s.heldOn = null;
        s.attempts = 0;
        s.callback = null;
        s.revivedOn = date;
        break;
      case 'decision':
        s.closed = true;
        break;
      case 'note':
        break;
    }
  }

  const heldOn = s.closed ? null : (s.heldOn ?? autoHoldDate());
  return {
    closed: s.closed,
    interviewing: s.phase === 'post',
    heldOn,
    followUps: s.attempts,
    steps: s.closed || heldOn ? [] : nextSteps(s, settings),
  };
}

function nextSteps(s: State, { calendar, playbook }: MethodSettings): ScheduledStep[] {
  const steps: ScheduledStep[] = [];
  const single = (date: PlainDate): Window => {
    const day = calendar.firstBusinessDayOnOrAfter(date);
    return { dueOn: day, dueBy: day };
  };
  // R8 and R9 replace the next follow-up or check-in with a single date.
  const replaced = (): (Window & { reason: StepReason; since: PlainDate }) | null => {
    if (s.callback) return { ...single(s.callback), reason: 'callback', since: s.callback };
    if (s.revivedOn) return { ...single(s.revivedOn), reason: 'revived', since: s.revivedOn };
    return null;
  };
  const checkIn = (): void => {
    const since = s.lastContact;
    const step =
      replaced() ??
      (since && {
        ...checkInWindow(calendar, since, playbook.checkInMinDays, playbook.checkInMaxDays),
        reason: s.lastContactReason,
        since,
      });
    if (step) steps.push({ action: 'check-in', ...step });
  };

  if (s.phase === 'post' && s.interviewDate) {
    const thanks = single(calendar.addBusinessDays(s.interviewDate, playbook.thankYouDays));
    const since = s.interviewDate;
    if (s.owesCall)
      steps.push({ action: 'thank-you-call', ...thanks, reason: 'after-interview', since });
    if (s.owesNote)
      steps.push({ action: 'thank-you-note', ...thanks, reason: 'after-interview', since });
    checkIn();
  } else if (s.phase === 'pre' && s.connected) {
    checkIn();
  } else if (s.phase === 'pre' && s.base && s.attempts < playbook.maxFollowUps) {
    const step =
      replaced() ?? followUpAfter(s.base, s.baseReason, s.attempts, { calendar, playbook });
    steps.push({ action: 'follow-up', followUpNumber: s.attempts + 1, ...step });
  }
  return steps.sort(
    (a, b) => compareDates(a.dueOn, b.dueOn) || ACTION_ORDER[a.action] - ACTION_ORDER[b.action],
  );
}

// R1 and R2: the next follow-up after the start or the last unanswered attempt.
function followUpAfter(
  base: PlainDate,
  reason: 'after-start' | 'after-attempt',
  attempts: number,
  { calendar, playbook }: Pick<MethodSettings, 'calendar' | 'playbook'>,
): Window & { reason: StepReason; since: PlainDate } {
  let due: PlainDate;
  if (attempts === 0) due = calendar.addBusinessDays(base, playbook.firstFollowUpDays);
  else if (playbook.followUpDayKind === 'business')
    due = calendar.addBusinessDays(base, playbook.followUpDays);
  else due = calendar.firstBusinessDayOnOrAfter(base.add({ days: playbook.followUpDays }));
  return { dueOn: due, dueBy: due, reason, since: base };
}

/**
 * A schedule seen on one day: status, the holding file (R3) and overdue
 * steps (R12).
 * @example planOn(schedule(events, settings), date('2026-12-10')).status // 'holding'
 */
export function planOn(scheduled: Schedule, today: PlainDate): Plan {
  const held = scheduled.heldOn !== null && compareDates(scheduled.heldOn, today) <= 0;
  const status: Status = scheduled.closed
    ? 'closed'
    : held
      ? 'holding'
      : scheduled.interviewing
        ? 'interviewing'
        : 'active';
  return {
    status,
    followUps: scheduled.followUps,
    heldOn: held ? scheduled.heldOn : null,
    holdsOn: held ? null : scheduled.heldOn,
    next: scheduled.steps.map((step) => ({
      ...step,
      overdue: compareDates(today, step.dueBy) > 0,
    })),
  };
}

/**
 * The method: events, settings and the moment now give the status and every
 * next step (R1-R12).
 * @example plan(events, settings, Temporal.Instant.from('2026-11-27T18:00:00Z')).next[0].action // 'follow-up'
 */
export function plan(
  events: readonly TimelineEvent[],
  settings: MethodSettings,
  now: Temporal.Instant,
): Plan {
  return planOn(schedule(events, settings), dateIn(now, settings.timeZone));
}
