import { type BusinessCalendar, checkInWindow, type Window } from './business-calendar.js';
import { compareDates, type PlainDate, type Temporal } from './dates.js';
import { eventKind, sortTimeline, type TimelineEvent } from './events.js';
import type { Action, Status, StepReason } from './names.js';
import type { Playbook } from './playbook.js';
import { dateIn } from './time.js';

export type { Action, Status, StepReason } from './names.js';

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
  return replay(sortTimeline(events), settings);
}

/**
 * The schedule after each event of a sorted timeline, in one pass: `visit(i, after)` sees
 * what `schedule` gives for the first i + 1 events (statistics replay the plan this way).
 * Events after a decision are not visited. Returns the schedule of the whole timeline.
 * @example scheduleEach(sortTimeline(events), settings, (i, after) => steps.push(after.steps))
 */
export function scheduleEach(
  sorted: readonly TimelineEvent[],
  settings: MethodSettings,
  visit: (index: number, after: Schedule) => void,
): Schedule {
  return replay(sorted, settings, visit);
}

function replay(
  sorted: readonly TimelineEvent[],
  settings: MethodSettings,
  visit?: (index: number, after: Schedule) => void,
): Schedule {
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

  // The helpers below are module functions, not closures: replay runs once per event of
  // every timeline when the numbers are counted, and creating closures each time shows.
  const startRun = (date: PlainDate): void => startRunOf(s, date);
  const contact = (date: PlainDate): void => contactOf(s, date);
  for (let index = 0; index < sorted.length; index++) {
    const event = sorted[index] as TimelineEvent;
    if (s.closed) break;
    const date = event.date;
    const held = autoHoldDate(s, playbook, calendar);
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
        } else if (s.phase === 'pre') {
          // R9, R13: from the holding file, an attempt is follow-up #1 of a new run.
          if (s.heldOn) s.attempts = 0;
          s.attempts += 1;
          // R13: after a connection it moves the check-in (contact below); a fourth attempt
          // before the move to the holding file is counted but leaves the holding date.
          if (!s.connected && s.attempts <= playbook.maxFollowUps) {
            s.base = date;
            s.baseReason = 'after-attempt';
          }
        }
        contact(date);
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
        // R13: a hold on an opportunity already held keeps the first date.
        s.heldOn ??= date;
        break;
      case 'revive':
        // R13: only a held opportunity can be revived (the use case refuses the others).
        if (!s.heldOn) break;
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
    visit?.(index, snapshot(s, settings));
  }
  return snapshot(s, settings);
}

// R3: the date an exhausted run moves to the holding file by itself.
function autoHoldDate(s: State, playbook: Playbook, calendar: BusinessCalendar): PlainDate | null {
  return s.phase === 'pre' &&
    !s.connected &&
    s.attempts >= playbook.maxFollowUps &&
    s.base &&
    !s.heldOn
    ? calendar.addBusinessDays(s.base, playbook.holdAfterDays)
    : null;
}

function startRunOf(s: State, date: PlainDate): void {
  s.phase = 'pre';
  s.connected = false;
  s.attempts = 0;
  s.base = date;
  s.baseReason = 'after-start';
}

// Any contact with the person: it moves the check-in window and answers a callback or revive.
function contactOf(s: State, date: PlainDate): void {
  s.lastContact = date;
  s.lastContactReason = 'after-contact';
  s.heldOn = null;
  s.callback = null;
  s.revivedOn = null;
}

function snapshot(s: State, settings: MethodSettings): Schedule {
  const heldOn = s.closed
    ? null
    : (s.heldOn ?? autoHoldDate(s, settings.playbook, settings.calendar));
  return {
    closed: s.closed,
    interviewing: s.phase === 'post',
    heldOn,
    followUps: s.attempts,
    steps: s.closed || heldOn ? [] : nextSteps(s, settings),
  };
}

type Replaced = Window & { reason: StepReason; since: PlainDate };

function single(calendar: BusinessCalendar, date: PlainDate): Window {
  const day = calendar.firstBusinessDayOnOrAfter(date);
  return { dueOn: day, dueBy: day };
}

// R8 and R9 replace the next follow-up or check-in with a single date.
function replaced(s: State, calendar: BusinessCalendar): Replaced | null {
  if (s.callback) return { ...single(calendar, s.callback), reason: 'callback', since: s.callback };
  if (s.revivedOn)
    return { ...single(calendar, s.revivedOn), reason: 'revived', since: s.revivedOn };
  return null;
}

function checkIn(s: State, { calendar, playbook }: MethodSettings, steps: ScheduledStep[]): void {
  const since = s.lastContact;
  const step =
    replaced(s, calendar) ??
    (since && {
      ...checkInWindow(calendar, since, playbook.checkInMinDays, playbook.checkInMaxDays),
      reason: s.lastContactReason,
      since,
    });
  if (step) steps.push({ action: 'check-in', ...step });
}

const byDueDate = (a: ScheduledStep, b: ScheduledStep): number =>
  compareDates(a.dueOn, b.dueOn) || ACTION_ORDER[a.action] - ACTION_ORDER[b.action];

// Module functions rather than closures: this runs after every event of every timeline replayed.
function nextSteps(s: State, settings: MethodSettings): ScheduledStep[] {
  const { calendar, playbook } = settings;
  const steps: ScheduledStep[] = [];
  if (s.phase === 'post' && s.interviewDate) {
    const thanks = single(
      calendar,
      calendar.addBusinessDays(s.interviewDate, playbook.thankYouDays),
    );
    const since = s.interviewDate;
    if (s.owesCall)
      steps.push({ action: 'thank-you-call', ...thanks, reason: 'after-interview', since });
    if (s.owesNote)
      steps.push({ action: 'thank-you-note', ...thanks, reason: 'after-interview', since });
    checkIn(s, settings, steps);
  } else if (s.phase === 'pre' && s.connected) {
    checkIn(s, settings, steps);
  } else if (s.phase === 'pre' && s.base && s.attempts < playbook.maxFollowUps) {
    const step =
      replaced(s, calendar) ??
      followUpAfter(s.base, s.baseReason, s.attempts, { calendar, playbook });
    steps.push({ action: 'follow-up', followUpNumber: s.attempts + 1, ...step });
  }
  return steps.length > 1 ? steps.sort(byDueDate) : steps;
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
