import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCalendar } from '../app/calendar/calendar.js';
import { calendarFeed, interviewCalendar } from '../app/calendar/feed.js';
import { updateSettings } from '../app/settings.js';
import { addJob, log, must, type TestApp, testApp } from '../app/test-support/test-app.js';
import { Temporal } from '../core/dates.js';
import { renderCalendar } from './ics.js';

// The feed as a calendar app reads it, through ical.js, an independent parser.
// The clock stands on Tue 20 Oct 2026 in Chicago (CDT, UTC-5); daylight saving
// time ends on Sun 1 Nov (CST, UTC-6).

const APP = 'http://127.0.0.1:4545';
let app: TestApp;
let token: string;
beforeEach(async () => {
  app = await testApp({ now: '2026-10-20' });
  must(await updateSettings(app.ctx, { name: 'Sam Lee', phone: '312 555 0100' }));
  const path = (await openCalendar(app.ctx)).path ?? '';
  token = path.slice('/calendar/'.length, -'.ics'.length);
});
afterEach(() => app.close());

async function feedText(): Promise<string> {
  return renderCalendar(must(await calendarFeed(app.ctx, token)), { appUrl: APP });
}

interface Parsed {
  readonly calendar: ICAL.Component;
  readonly events: ICAL.Event[];
  byUid(prefix: string): ICAL.Event;
}

function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  return {
    calendar,
    events,
    byUid(prefix) {
      const found = events.find((e) => e.uid.startsWith(prefix));
      if (!found) throw new Error(`no event ${prefix} in ${events.map((e) => e.uid).join(', ')}`);
      return found;
    },
  };
}

const HOSTILE = 'Acme; <b>"Évil"</b>, Inc\\ — ünïcödé 🚀 and a very long company name to fold';

describe('the calendar feed', () => {
  it('ends every line in CRLF and folds lines at 75 octets, even in multi-byte text', async () => {
    const a = await addJob(app, {
      company: HOSTILE,
      contact: { name: 'Jane Doe', phone: '312 555 0199', email: 'jane@acme.example' },
    });
    await log(app, a.id, 'applied', { on: '2026-10-19' });
    const text = await feedText();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // Unfolded by an independent parser, the text is whole again.
    const event = parse(text).byUid(`step-${a.id}-follow-up-1.`);
    expect(event.summary).toBe(`Call Jane Doe (${HOSTILE}) — follow-up 1 of 3`);
  });

  it('holds every step as an all-day event over its window, an overdue one on today, with all it takes to act', async () => {
    const a = await addJob(app, {
      company: 'Acme',
      contact: { name: 'Jane Doe', phone: '312 555 0199', email: 'jane@acme.example' },
    });
    await log(app, a.id, 'talked', { on: '2026-10-01' }); // check-in [Thu 8 Oct, Sun 11 -> Fri 9 Oct]: overdue
    const b = await addJob(app, { company: 'Globex', contact: { name: 'Raj Patel' } });
    await log(app, b.id, 'applied', { on: '2026-10-20' }); // follow-up 1 due Fri 23 Oct
    await log(app, b.id, 'callback', { on: '2026-10-20', until: '2026-12-15' }); // beyond 14 days
    const { events, byUid } = parse(await feedText());
    expect(events).toHaveLength(2);

    // Overdue since Fri 9 Oct: it shows on today, Tue 20 Oct, never on a day gone by.
    const checkIn = byUid(`step-${a.id}-check-in.`);
    expect(checkIn.startDate.isDate).toBe(true);
    expect(checkIn.startDate.toString()).toBe('2026-10-20');
    expect(checkIn.endDate.toString()).toBe('2026-10-21');
    expect(checkIn.summary).toBe('Overdue: Check in with Jane Doe (Acme)');
    expect(checkIn.description).toContain(
      'Overdue: it was due any business day from Thu 8 Oct 2026 to Fri 9 Oct 2026.',
    );
    expect(checkIn.description).toContain('Phone: 312 555 0199');
    expect(checkIn.description).toContain('E-mail: jane@acme.example');
    expect(checkIn.description).toContain('Hi Jane, this is Sam Lee.');
    expect(checkIn.description).toContain(`${APP}/opportunities/${a.id}`);
    expect(checkIn.component.getFirstPropertyValue('url')).toBe(`${APP}/opportunities/${a.id}`);

    // A step two months away is in the feed too: a calendar looks further than today's list.
    const callback = byUid(`step-${b.id}-follow-up-1.`);
    expect(callback.startDate.toString()).toBe('2026-12-15');
    expect(callback.summary).toBe('Call Raj Patel (Globex) — follow-up 1 of 3');
    expect(callback.description).toContain('Due on Tue 15 Dec 2026.');
  });

  it('shows a step on every day of its open window, and on each new day once it is overdue', async () => {
    const a = await addJob(app, { company: 'Acme', contact: { name: 'Jane Doe' } });
    await log(app, a.id, 'talked', { on: '2026-10-13' }); // check-in from Tue 20 Oct to Fri 23 Oct
    const open = parse(await feedText()).byUid(`step-${a.id}-check-in.`);
    expect([open.startDate.toString(), open.endDate.toString()]).toEqual([
      '2026-10-20',
      '2026-10-24',
    ]);
    app.setNow('2026-10-26');
    const late = parse(await feedText()).byUid(`step-${a.id}-check-in.`);
    expect([late.startDate.toString(), late.endDate.toString()]).toEqual([
      '2026-10-26',
      '2026-10-27',
    ]);
    expect(late.uid).toBe(open.uid);
  });

  it('keeps the UIDs of a refresh; a done step disappears and the next one appears', async () => {
    const a = await addJob(app, { contact: { name: 'Jane Doe' } });
    await log(app, a.id, 'applied', { on: '2026-10-19' });
    const b = await addJob(app, { company: 'Globex' });
    await log(app, b.id, 'interview', { at: '2026-10-28T10:00' });
    const uids = (text: string) =>
      parse(text)
        .events.map((e) => e.uid)
        .sort();
    const first = uids(await feedText());
    app.setNow('2026-10-21');
    expect(uids(await feedText())).toEqual(first);

    await log(app, a.id, 'voicemail', { on: '2026-10-22' });
    const after = uids(await feedText());
    expect(after).not.toContain(first.find((u) => u.startsWith(`step-${a.id}-follow-up-1.`)));
    expect(after.some((u) => u.startsWith(`step-${a.id}-follow-up-2.`))).toBe(true);
    // Every UID is unique and carries the account's key, which a new address keeps.
    expect(new Set(after).size).toBe(after.length);
    const key = /\.([A-Za-z0-9_-]+)@justenough$/.exec(after[0] ?? '')?.[1];
    expect(after.every((u) => u.endsWith(`.${key}@justenough`))).toBe(true);
  });

  it('gives an interview its local time across the end of daylight saving time, with an alarm', async () => {
    const before = await addJob(app, { company: 'Before', contact: { name: 'Ann Lee' } });
    await log(app, before.id, 'interview', { at: '2026-10-30T09:00' });
    const after = await addJob(app, { company: 'After', title: 'Analyst' });
    await log(app, after.id, 'interview', { at: '2026-11-02T09:00' });
    const text = await feedText();
    expect(text).toContain('DTSTART;TZID=America/Chicago:20261030T090000');
    expect(text).toContain('DTSTART;TZID=America/Chicago:20261102T090000');
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    const { byUid, calendar } = parse(text);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);

    const first = byUid('event-');
    const utc = (e: ICAL.Event) => new Date(e.startDate.toUnixTime() * 1000).toISOString();
    const events = parse(text).events.filter((e) => e.uid.startsWith('event-'));
    expect(events.map(utc).sort()).toEqual([
      '2026-10-30T14:00:00.000Z', // 09:00 CDT
      '2026-11-02T15:00:00.000Z', // 09:00 CST
    ]);
    expect(first.startDate.zone?.tzid).toBe('America/Chicago');
    expect(first.duration.toSeconds()).toBe(3600);
    const later = events.find((e) => e.summary === 'Interview: Analyst at After');
    const alarm = later?.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT1H');
  });

  it('keeps the interviews of the last 30 days, drops older ones and those of closed opportunities', async () => {
    const recent = await addJob(app, { company: 'Recent' });
    await log(app, recent.id, 'interview', { on: '2026-09-21' });
    const old = await addJob(app, { company: 'Old' });
    await log(app, old.id, 'interview', { on: '2026-09-19' });
    const closed = await addJob(app, { company: 'Closed' });
    await log(app, closed.id, 'interview', { at: '2026-10-26T10:00' });
    await log(app, closed.id, 'withdrawn', { on: '2026-10-20' });
    const interviews = parse(await feedText()).events.filter((e) => e.uid.startsWith('event-'));
    expect(interviews.map((e) => e.summary)).toEqual(['Interview: Data Analyst at Recent']);
    // Logged with a date only: an all-day event.
    expect(interviews[0]?.startDate.isDate).toBe(true);
  });

  it('makes a one-off file of a single interview, with the same UID as in the feed', async () => {
    const a = await addJob(app, { company: 'Initech', contact: { name: 'Bob Porter' } });
    const logged = await log(app, a.id, 'interview', { at: '2026-11-02T09:00' });
    const eventId = logged.event.id;
    const one = parse(
      renderCalendar(must(await interviewCalendar(app.ctx, eventId)), { appUrl: APP }),
    );
    expect(one.events).toHaveLength(1);
    expect(one.events[0]?.uid).toBe(parse(await feedText()).byUid(`event-${eventId}.`).uid);
    expect(one.events[0]?.startDate.toUnixTime()).toBe(
      Temporal.Instant.from('2026-11-02T15:00:00Z').epochMilliseconds / 1000,
    );
  });
});
