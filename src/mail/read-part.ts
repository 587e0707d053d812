// One body part, decoded by mailparser from the bytes the server sent and the
// type and encoding its BODYSTRUCTURE named; an invitation read with ical.js.
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import type { PartRef } from '../app/inbox/mailbox.js';
import { Temporal } from '../core/dates.js';
import type { Invitation } from '../core/inbox/match.js';

const TOKEN = /^[A-Za-z0-9!#$&^_.+-]+$/;

/** The part as a MIME entity of its own: a Content-Type and a transfer encoding, then its bytes. */
function entity(part: PartRef, body: Buffer): Buffer {
  const type = TOKEN.test(part.type.replace('/', '')) ? part.type : 'application/octet-stream';
  const charset = part.charset && TOKEN.test(part.charset) ? `; charset=${part.charset}` : '';
  const encoding =
    part.encoding && TOKEN.test(part.encoding)
      ? `Content-Transfer-Encoding: ${part.encoding}\r\n`
      : '';
  return Buffer.concat([Buffer.from(`Content-Type: ${type}${charset}\r\n${encoding}\r\n`), body]);
}

/** The decoded text of a text part (HTML turned into text). */
export async function partText(part: PartRef, body: Buffer): Promise<string> {
  const parsed = await simpleParser(entity(part, body), {
    skipImageLinks: true,
    skipTextLinks: true,
  });
  if (parsed.text) return parsed.text;
  const attached = parsed.attachments[0];
  return attached ? attached.content.toString('utf8') : '';
}

function startOf(value: ICAL.Time, tzid: string | null): Invitation['start'] {
  const { year, month, day, hour, minute, second } = value;
  if (value.isDate) return { kind: 'day', date: Temporal.PlainDate.from({ year, month, day }) };
  const local = Temporal.PlainDateTime.from({ year, month, day, hour, minute, second });
  const zone = value.zone?.tzid;
  if (zone !== 'UTC' && !(zone && ICAL.TimezoneService.has(zone))) {
    // A TZID the calendar does not define: an IANA name (Google's), else a floating time.
    try {
      if (tzid) return { kind: 'moment', instant: local.toZonedDateTime(tzid).toInstant() };
    } catch {}
    return { kind: 'local', dateTime: local };
  }
  return {
    kind: 'moment',
    instant: Temporal.Instant.fromEpochMilliseconds(value.toJSDate().getTime()),
  };
}

/** The invitation of a calendar part: METHOD:REQUEST with a VEVENT's DTSTART, else null. */
export async function partInvitation(part: PartRef, body: Buffer): Promise<Invitation | null> {
  const text = await partText(part, body);
  try {
    const calendar = new ICAL.Component(ICAL.parse(text));
    if (String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase() !== 'REQUEST')
      return null;
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) return null;
    // Time zones the invitation defines itself (Outlook's "W. Europe Standard Time").
    for (const tz of calendar.getAllSubcomponents('vtimezone')) {
      const zone = new ICAL.Timezone(tz);
      if (!ICAL.TimezoneService.has(zone.tzid)) ICAL.TimezoneService.register(zone);
    }
    const event = new ICAL.Event(vevent);
    if (!event.startDate) return null;
    const summary = event.summary?.trim() || null;
    const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
    return { start: startOf(event.startDate, typeof tzid === 'string' ? tzid : null), summary };
  } catch {
    // A broken calendar part is no invitation.
    return null;
  }
}
