import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK, PLAYBOOK_LIMITS, type Playbook, playbookProblem } from './playbook.js';

type Limited = keyof typeof PLAYBOOK_LIMITS;

/** The default playbook with one number changed, keeping the check-in window in order. */
function withValue(key: Limited, value: number): Playbook {
  const playbook = { ...DEFAULT_PLAYBOOK, [key]: value };
  if (key === 'checkInMinDays') return { ...playbook, checkInMaxDays: Math.max(value, 10) };
  if (key === 'checkInMaxDays')
    return { ...playbook, checkInMinDays: Math.max(1, Math.min(value, 7)) };
  return playbook;
}

describe('Playbook: the numbers of the method are settings', () => {
  it('defaults to the articles: 3 business days, 3 follow-ups, 7-10 days, thank-yous the next day', () => {
    expect(DEFAULT_PLAYBOOK).toEqual({
      firstFollowUpDays: 3,
      followUpDays: 3,
      followUpDayKind: 'business',
      maxFollowUps: 3,
      holdAfterDays: 3,
      checkInMinDays: 7,
      checkInMaxDays: 10,
      thankYouDays: 1,
    });
    expect(Object.isFrozen(DEFAULT_PLAYBOOK)).toBe(true);
    expect(playbookProblem(DEFAULT_PLAYBOOK)).toBeUndefined();
  });

  it('accepts changed numbers within the limits', () => {
    expect(
      playbookProblem({
        ...DEFAULT_PLAYBOOK,
        maxFollowUps: 2,
        followUpDays: 2,
        followUpDayKind: 'calendar',
        checkInMinDays: 5,
        checkInMaxDays: 6,
      }),
    ).toBeUndefined();
    expect(playbookProblem({ ...DEFAULT_PLAYBOOK, checkInMinDays: 7, checkInMaxDays: 7 })).toBe(
      undefined,
    );
  });

  it.each(Object.entries(PLAYBOOK_LIMITS) as [Limited, readonly [number, number]][])(
    '%s: accepts its limits %j and names what is wrong outside them',
    (key, [min, max]) => {
      expect(playbookProblem(withValue(key, min))).toBeUndefined();
      expect(playbookProblem(withValue(key, max))).toBeUndefined();
      expect(playbookProblem(withValue(key, min - 1))).toBe(
        `${key} must be a whole number from ${min} to ${max}, not ${min - 1}`,
      );
      expect(playbookProblem(withValue(key, max + 1))).toBe(
        `${key} must be a whole number from ${min} to ${max}, not ${max + 1}`,
      );
    },
  );

  it('names fractions and non-numbers', () => {
    expect(playbookProblem({ ...DEFAULT_PLAYBOOK, followUpDays: 1.5 })).toBe(
      'followUpDays must be a whole number from 1 to 30, not 1.5',
    );
    expect(playbookProblem({ ...DEFAULT_PLAYBOOK, maxFollowUps: Number.NaN })).toBe(
      'maxFollowUps must be a whole number from 1 to 10, not NaN',
    );
    const text = { ...DEFAULT_PLAYBOOK, thankYouDays: '1' } as unknown as Playbook;
    expect(playbookProblem(text)).toBe('thankYouDays must be a whole number from 0 to 10, not 1');
  });

  it('names a day kind that is neither business nor calendar', () => {
    const weekly = { ...DEFAULT_PLAYBOOK, followUpDayKind: 'weekly' } as unknown as Playbook;
    expect(playbookProblem(weekly)).toBe(
      'followUpDayKind must be business or calendar, not weekly',
    );
  });

  it('R4/R5: the check-in window cannot end before it starts', () => {
    expect(playbookProblem({ ...DEFAULT_PLAYBOOK, checkInMaxDays: 5 })).toBe(
      'checkInMaxDays must be at least checkInMinDays (7)',
    );
  });
});
