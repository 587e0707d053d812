import { compareDates, type PlainDate } from '../dates.js';
import { eventKind, type TimelineEvent } from '../events.js';
import type { Schedule } from '../plan.js';
import { type Channel, channelOf, isAnswer } from './words.js';

/** A run of pre-interview follow-ups (started by `applied`, `reached-out` or `revive`). */
export interface RunFact {
  readonly startedOn: PlainDate;
  /** Follow-up #0: answered before any follow-up was made. */
  answeredOn: PlainDate | null;
  /** The first follow-up made, or thank-you after an interview. */
  followedUpOn: PlainDate | null;
}

/** Follow-up #number made through a channel, and when it was answered. */
export interface FollowUpFact {
  readonly number: number;
  readonly channel: Channel;
  readonly madeOn: PlainDate;
  answeredOn: PlainDate | null;
}

type Phase = 'none' | 'pre' | 'post';

/**
 * Follows the runs of one timeline, event by event, with the schedule the plan had just
 * before each event: which events start runs, make follow-ups and answer them.
 */
export class RunTracker {
  readonly runs: RunFact[] = [];
  readonly followUps: FollowUpFact[] = [];
  private phase: Phase = 'none';
  private connected = false;
  // The run still waiting for its #0 answer, and the follow-up waiting for its answer.
  private fresh: RunFact | null = null;
  private open: FollowUpFact | null = null;

  /** Takes one event, given the schedule of every event before it. */
  take(event: TimelineEvent, before: Schedule): void {
    const kind = eventKind(event.type);
    const date = event.date;
    const held = before.heldOn !== null && compareDates(date, before.heldOn) >= 0;
    // The holding file ends what a run was waiting for.
    if (held) {
      this.fresh = null;
      this.open = null;
    }
    const attempt = kind === 'attempt' || event.type === 'talked';
    const byAttempt = kind === 'attempt' && this.phase === 'pre' && held && !this.connected;
    const startsRun =
      this.phase !== 'post' &&
      (kind === 'start' ||
        kind === 'revive' ||
        (kind === 'attempt' && this.phase === 'none') ||
        byAttempt);
    if (startsRun) this.startRun(date);

    const pending = before.steps.find((s) => s.action === 'follow-up');
    const number = byAttempt ? 1 : attempt && pending && !held ? pending.followUpNumber : undefined;
    const channel = channelOf(event.type);
    if (number !== undefined && channel) this.made(number, channel, date);

    if (isAnswer(event.type) && !held) {
      if (this.open) {
        this.open.answeredOn ??= date;
      } else if (this.fresh) {
        this.fresh.answeredOn = date;
        this.fresh = null;
      }
    }
    if (kind === 'thank-you' && this.phase === 'post') {
      const last = this.runs.at(-1);
      if (last) last.followedUpOn ??= date;
    }
    this.move(kind);
  }

  private startRun(date: PlainDate): void {
    const run: RunFact = { startedOn: date, answeredOn: null, followedUpOn: null };
    this.runs.push(run);
    this.fresh = run;
    this.open = null;
  }

  private made(number: number, channel: Channel, date: PlainDate): void {
    const followUp: FollowUpFact = { number, channel, madeOn: date, answeredOn: null };
    this.followUps.push(followUp);
    this.open = followUp;
    this.fresh = null;
    const last = this.runs.at(-1);
    if (last) last.followedUpOn ??= date;
  }

  // The phase of the method, as the plan moves it (plan.ts).
  private move(kind: ReturnType<typeof eventKind>): void {
    if (kind === 'interview') this.phase = 'post';
    else if (this.phase === 'post') return;
    else if (kind === 'start') {
      this.phase = 'pre';
      this.connected = false;
    } else if (kind === 'connection') {
      this.phase = 'pre';
      this.connected = true;
    } else if (this.phase === 'none' && ['attempt', 'callback', 'revive'].includes(kind)) {
      this.phase = 'pre';
      this.connected = false;
    }
  }
}
