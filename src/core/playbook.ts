/** Whether a wait counts business days or calendar days (R2). */
export type DayKind = 'business' | 'calendar';

/** The numbers of the method, with the articles' defaults; settable per user. */
export interface Playbook {
  /** R1: business days from application or first contact to follow-up #1. */
  readonly firstFollowUpDays: number;
  /** R2: days from an unanswered attempt to the next follow-up. */
  readonly followUpDays: number;
  /** R2: whether `followUpDays` counts business or calendar days. */
  readonly followUpDayKind: DayKind;
  /** R2/R3: unanswered follow-ups before the holding file. */
  readonly maxFollowUps: number;
  /** R3: business days from the last unanswered follow-up to the holding file. */
  readonly holdAfterDays: number;
  /** R4/R5: check-in window, in calendar days after the latest contact. */
  readonly checkInMinDays: number;
  readonly checkInMaxDays: number;
  /** R5/R6: business days from an interview or meeting to the thank-you call and note. */
  readonly thankYouDays: number;
}

/** The method as the articles give it: 3 business days, 3 follow-ups, 7-10 days, next day. */
export const DEFAULT_PLAYBOOK: Playbook = Object.freeze({
  firstFollowUpDays: 3,
  followUpDays: 3,
  followUpDayKind: 'business',
  maxFollowUps: 3,
  holdAfterDays: 3,
  checkInMinDays: 7,
  checkInMaxDays: 10,
  thankYouDays: 1,
});

/** Limits a playbook must keep so that the method still makes sense. */
export const PLAYBOOK_LIMITS: Readonly<
  Record<Exclude<keyof Playbook, 'followUpDayKind'>, readonly [number, number]>
> = Object.freeze({
  firstFollowUpDays: [1, 30],
  followUpDays: [1, 30],
  maxFollowUps: [1, 10],
  holdAfterDays: [0, 30],
  checkInMinDays: [1, 60],
  checkInMaxDays: [1, 90],
  thankYouDays: [0, 10],
});

/**
 * Names what is wrong with a playbook, or gives `undefined` when it is sound.
 * @example playbookProblem({ ...DEFAULT_PLAYBOOK, checkInMaxDays: 5 }) // 'checkInMaxDays must be at least checkInMinDays (7)'
 */
export function playbookProblem(playbook: Playbook): string | undefined {
  for (const [key, [min, max]] of Object.entries(PLAYBOOK_LIMITS)) {
    const value = playbook[key as keyof typeof PLAYBOOK_LIMITS];
    if (!Number.isInteger(value) || value < min || value > max) {
      return `${key} must be a whole number from ${min} to ${max}, not ${String(value)}`;
    }
  }
  if (playbook.followUpDayKind !== 'business' && playbook.followUpDayKind !== 'calendar') {
    return `followUpDayKind must be business or calendar, not ${String(playbook.followUpDayKind)}`;
  }
  if (playbook.checkInMaxDays < playbook.checkInMinDays) {
    return `checkInMaxDays must be at least checkInMinDays (${playbook.checkInMinDays})`;
  }
  return undefined;
}
