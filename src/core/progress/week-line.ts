import type { PlainDate } from '../dates.js';
import type { Period, Progress } from './summary.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The week before a Monday: Monday to Sunday; null on any other day (the morning e-mail
 * says last week's numbers on Mondays only).
 * @example lastWeekOf(date('2026-11-30')) // { from: 2026-11-23, to: 2026-11-29 }
 */
export function lastWeekOf(day: PlainDate): Period | null {
  if (day.dayOfWeek !== 1) return null;
  return { from: day.subtract({ days: 7 }), to: day.subtract({ days: 1 }) };
}

/**
 * Last week's numbers in one line.
 * @example weekLine(progress) // 'Last week: 5 of 6 steps on time (1 late); 4 follow-ups made, 1 answered; 1 interview.'
 */
export function weekLine(p: Progress): string {
  const { onTime, early, late, missed } = p.steps;
  const steps = onTime + early + late + missed;
  const others = [
    early ? `${early} early` : '',
    late ? `${late} late` : '',
    missed ? `${missed} missed` : '',
  ].filter(Boolean);
  const made = p.followUps.slice(1).reduce((a, f) => a + f.made, 0);
  const answered = p.followUps.reduce((a, f) => a + f.answered, 0);
  const parts = [
    steps === 0
      ? 'no steps were due'
      : `${onTime} of ${plural(steps, 'step')} on time${others.length ? ` (${others.join(', ')})` : ''}`,
    `${plural(made, 'follow-up')} made, ${answered} answered`,
  ];
  if (p.funnel.started) parts.push(`${plural(p.funnel.started, 'new application')}`);
  if (p.funnel.interviewed) parts.push(plural(p.funnel.interviewed, 'interview'));
  return `Last week: ${parts.join('; ')}.`;
}
