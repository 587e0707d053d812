import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import {
  type CalendarView,
  getCalendar,
  openCalendar,
  resetCalendar,
  revokeCalendar,
} from '../../app/calendar/calendar.js';
import { type CalendarFeed, calendarFeed, interviewCalendar } from '../../app/calendar/feed.js';
import { Calendar, CalendarFile, IdParams, TokenFileParams } from '../../contract/index.js';
import { HttpProblem, unwrap } from '../problem.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers } from './api.js';

/** What the reminder routes need besides the context: the app's public address. */
export interface ReminderRouteDeps {
  /** The web app's address as others reach it, e.g. http://127.0.0.1:4545 */
  readonly appUrl: () => string;
}

function calendarAnswer(view: CalendarView, appUrl: string) {
  return { on: view.on, url: view.path && `${appUrl}${view.path}`, since: view.since };
}

// The stamp of each event changes with every request; the rest says whether anything changed.
function etagOf(body: string): string {
  const stable = body.replace(/^DTSTAMP:.*\r\n/gm, '');
  return `"${createHash('sha256').update(stable).digest('base64url').slice(0, 27)}"`;
}

async function sendCalendar(
  reply: FastifyReply,
  feed: CalendarFeed,
  appUrl: string,
  file: string,
  disposition: 'inline' | 'attachment',
  ifNoneMatch: string | undefined,
) {
  // The calendar writer (ical-generator) loads with the first feed asked for.
  const { renderCalendar } = await import('../../formats/ics.js');
  const body = renderCalendar(feed, { appUrl });
  const etag = etagOf(body);
  reply
    .header('etag', etag)
    .header('content-disposition', `${disposition}; filename="${file}"`)
    .header('x-robots-tag', 'noindex, nofollow');
  if (ifNoneMatch === etag) return reply.code(304).send();
  return reply.type('text/calendar; charset=utf-8').send(body);
}

export function calendarRoutes(app: Api, ctx: ContextOf, deps: ReminderRouteDeps): void {
  // The subscription address: outside /api, read by calendar apps with no cookie and no Origin.
  app.get(
    '/calendar/:token',
    { schema: { hide: true, params: TokenFileParams } },
    async (req, reply) => {
      const token = req.params.token.endsWith('.ics') ? req.params.token.slice(0, -4) : '';
      const feed = await calendarFeed(ctx.base, token);
      if (!feed.ok) throw new HttpProblem(404, feed.message.replace(/^calendar: /, ''), 'token');
      // Personal: never in a shared cache; a calendar app may keep it five minutes.
      reply.header('cache-control', 'private, max-age=300');
      return sendCalendar(
        reply,
        feed.value,
        deps.appUrl(),
        'justenough.ics',
        'inline',
        req.headers['if-none-match'],
      );
    },
  );

  app.get(
    '/api/calendar',
    {
      schema: {
        summary: 'the calendar feed: its address to subscribe to, or off',
        response: answers({ 200: Calendar }),
      },
    },
    async (req) => calendarAnswer(await getCalendar(ctx(req)), deps.appUrl()),
  );

  app.post(
    '/api/calendar',
    {
      schema: {
        summary: 'turn the calendar feed on; an address already given stays the same',
        response: answers({ 200: Calendar }),
      },
    },
    async (req) => calendarAnswer(await openCalendar(ctx(req)), deps.appUrl()),
  );

  app.post(
    '/api/calendar/reset',
    {
      schema: {
        summary: 'a new address for the feed; the old one answers 404 from now on',
        response: answers({ 200: Calendar }),
      },
    },
    async (req) => calendarAnswer(await resetCalendar(ctx(req)), deps.appUrl()),
  );

  app.delete(
    '/api/calendar',
    {
      schema: {
        summary: 'turn the calendar feed off: its address answers 404',
        response: answers({ 200: Calendar }),
      },
    },
    async (req) => calendarAnswer(await revokeCalendar(ctx(req)), deps.appUrl()),
  );

  app.get(
    '/api/events/:id/calendar.ics',
    {
      schema: {
        summary: 'an interview or meeting as a calendar file, to add it to a calendar',
        params: IdParams,
        produces: ['text/calendar'],
        response: answers({ 200: CalendarFile }),
      },
    },
    async (req, reply) => {
      const feed = unwrap(await interviewCalendar(ctx(req), req.params.id));
      const what = feed.interviews[0]?.type === 'meeting' ? 'meeting' : 'interview';
      return sendCalendar(
        reply,
        feed,
        deps.appUrl(),
        `${what}-${req.params.id}.ics`,
        'attachment',
        undefined,
      );
    },
  );
}
