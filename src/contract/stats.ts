import * as z from 'zod';
import { CHANNELS, SOURCES } from '../core/names.js';
import { list, open } from './shapes.js';

// The numbers of a search (shared/spec/progress.md), as `GET /api/stats` answers them.

const count = z.number().int().min(0);
const isoDate = z.string().describe('YYYY-MM-DD');

export const StatsQuery = z.object({
  from: isoDate.optional().describe('count events dated on or after this day (default: all)'),
  to: isoDate.optional().describe('count events dated on or before this day (default: today)'),
});

export const Stats = open({
  from: isoDate.nullable(),
  to: isoDate,
  opportunities: open({
    total: count,
    active: count,
    interviewing: count,
    holding: count,
    closed: count,
  }),
  funnel: open({ started: count, answered: count, interviewed: count, offers: count }),
  followUps: list(open({ number: count, made: count, answered: count })).describe(
    'number 0 (answered before any follow-up) to the playbook maximum',
  ),
  channels: list(open({ channel: z.enum(CHANNELS), made: count, answered: count })),
  steps: open({ onTime: count, early: count, late: count, missed: count }),
  followedUp: open({ started: count, withAFollowUp: count }),
  sources: list(
    open({
      source: z.enum(SOURCES).nullable(),
      opportunities: count,
      interviewed: count,
      offers: count,
    }),
  ),
});

export const StatsWeeks = open({
  weeks: list(
    open({
      week: isoDate.describe('its Monday'),
      onTime: count,
      early: count,
      late: count,
      missed: count,
    }),
  ).describe('the last 12 weeks, the oldest first; the last holds today'),
});

export type StatsView = z.infer<typeof Stats>;
export type StatsWeeksView = z.infer<typeof StatsWeeks>;
