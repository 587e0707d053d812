import { parseIsoDate } from '../../core/dates.js';
import { lastWeekOf, weekLine } from '../../core/progress/week-line.js';
import type { AppContext } from '../context.js';
import { stats } from './stats.js';

/** On a Monday, last week's numbers in one line (the morning e-mail's); null on other days. */
export async function lastWeekLine(ctx: AppContext, date: string): Promise<string | null> {
  const day = parseIsoDate(date);
  const week = day && lastWeekOf(day);
  if (!week) return null;
  const result = await stats(ctx, { from: week.from?.toString(), to: week.to.toString() });
  return result.ok ? weekLine(result.value) : null;
}
