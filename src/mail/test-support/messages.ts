// Messages shaped like the real ones (header sets of Outlook, Gmail, Google
// Calendar, out-of-office replies), to deliver into the test server.

export interface Shape {
  readonly from?: string;
  readonly to?: string;
  readonly cc?: string;
  readonly subject?: string;
  /** RFC 5322 date; null: no Date header. */
  readonly date?: string | null;
  /** Without brackets; null: no Message-ID header. */
  readonly id?: string | null;
  readonly inReplyTo?: string;
  readonly references?: string;
  readonly extra?: readonly string[];
  readonly body?: string;
}

const crlf = (lines: readonly string[]) => `${lines.join('\r\n')}\r\n`;

function head(s: Shape, contentType: string): string[] {
  return [
    ...(s.extra ?? []),
    `From: ${s.from ?? '"Doe, Jane" <jane.doe@acme.example>'}`,
    `To: ${s.to ?? 'Sam Lee <sam@home.example>'}`,
    ...(s.cc ? [`Cc: ${s.cc}`] : []),
    `Subject: ${s.subject ?? 'Re: Data Analyst application'}`,
    ...(s.date === null ? [] : [`Date: ${s.date ?? 'Tue, 1 Dec 2026 09:15:00 -0600'}`]),
    ...(s.id === null
      ? []
      : [`Message-ID: <${s.id ?? `${Math.random().toString(36).slice(2)}@acme.example`}>`]),
    ...(s.inReplyTo ? [`In-Reply-To: <${s.inReplyTo}>`] : []),
    ...(s.references ? [`References: ${s.references}`] : []),
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
  ];
}

/** Outlook's reply: multipart/alternative, quoted-printable, Thread-Index. */
export function outlookReply(s: Shape = {}): string {
  const b = '_000_DM6PR01MB1234ACME_';
  return crlf([
    ...head(
      {
        ...s,
        extra: [
          'Thread-Topic: Data Analyst application',
          'Thread-Index: AQHbQ2Xz3kJ0aQ==',
          'X-MS-Has-Attach:',
          'Content-Language: en-US',
          ...(s.extra ?? []),
        ],
      },
      `multipart/alternative; boundary="${b}"`,
    ),
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    s.body ??
      'Hi Sam,=0D=0A=0D=0AThanks for calling. We got your resume and will be in touch next w=\r\neek.',
    '',
    `--${b}`,
    'Content-Type: text/html; charset="us-ascii"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<html><body><p>Hi Sam,</p><p>Thanks for calling.</p></body></html>',
    `--${b}--`,
  ]);
}

/** Gmail's reply: multipart/alternative with UTF-8 text. */
export function gmailReply(s: Shape = {}): string {
  const b = '000000000000a1b2c3d4e5f60789';
  return crlf([
    ...head(
      { from: 'Chen Wei <chen.wei@gmail.com>', ...s },
      `multipart/alternative; boundary="${b}"`,
    ),
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    s.body ?? 'Sounds good, talk soon.',
    '',
    `--${b}`,
    'Content-Type: text/html; charset="UTF-8"',
    '',
    '<div dir="ltr">Sounds good, talk soon.</div>',
    `--${b}--`,
  ]);
}

/** An out-of-office as Exchange sends it in English. */
export function outOfOfficeEnglish(s: Shape = {}): string {
  return crlf([
    ...head(
      {
        subject: 'Automatic reply: Data Analyst application',
        ...s,
        extra: [
          'Auto-Submitted: auto-replied',
          'X-MS-Exchange-Inbox-Rules-Loop: jane.doe@acme.example',
          ...(s.extra ?? []),
        ],
      },
      'text/plain; charset="utf-8"',
    ),
    'Content-Transfer-Encoding: quoted-printable',
    '',
    s.body ??
      'Thank you for your message. I am out of the office and will be back on 7 December.=0D=0AFor urgent matters please contact hr@acme.example.',
  ]);
}

/** A German Abwesenheitsnotiz: base64, an encoded-word subject, no Auto-Submitted. */
export function outOfOfficeGerman(s: Shape = {}): string {
  const text =
    s.body ?? 'Vielen Dank für Ihre Nachricht. Ich bin ab dem 7. Dezember wieder im Büro.';
  return crlf([
    ...head(
      {
        subject: '=?UTF-8?Q?Abwesenheitsnotiz:_Bewerbung_als_Datenanalyst?=',
        ...s,
        extra: ['X-Autoreply: yes', 'Precedence: auto_reply', ...(s.extra ?? [])],
      },
      'text/plain; charset="utf-8"',
    ),
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(text, 'utf8').toString('base64'),
  ]);
}

function invitation(s: Shape, calendar: string, boundary: string, textType: string): string {
  return crlf([
    ...head(
      { subject: 'Invitation: Interview Sam Lee @ Thu 3 Dec 2026 10am - 11am (CST)', ...s },
      `multipart/mixed; boundary="${boundary}"`,
    ),
    '',
    `--${boundary}`,
    `Content-Type: ${textType}; charset="utf-8"`,
    '',
    'You have been invited to the following event.',
    '',
    `--${boundary}`,
    'Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(calendar.replace(/\n/g, '\r\n'), 'utf8')
      .toString('base64')
      .replace(/(.{76})/g, '$1\r\n'),
    `--${boundary}--`,
  ]);
}

/** Google Calendar's invitation: an IANA TZID without a VTIMEZONE. */
export function googleInvitation(s: Shape = {}, start = '20261203T100000'): string {
  const ics = `BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:${start}
DTEND;TZID=America/Chicago:20261203T110000
DTSTAMP:20261201T151500Z
ORGANIZER;CN=Jane Doe:mailto:jane.doe@acme.example
UID:4f1c2b3a9d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam@home.example:mailto:sam@home.example
SUMMARY:Interview Sam Lee
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
`;
  return invitation(
    { extra: ['Sender: Google Calendar <calendar-notification@google.com>'], ...s },
    ics,
    '000000000000f00dcafe',
    'text/plain',
  );
}

/** Outlook's invitation: a Windows zone name, defined in a VTIMEZONE. */
export function outlookInvitation(s: Shape = {}): string {
  const ics = `BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Doe, Jane":mailto:jane.doe@acme.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Lee:mailto:sam@home.example
DESCRIPTION;LANGUAGE=en-US:Second round\\n
UID:040000008200E00074C5B7101A82E00800000000
SUMMARY;LANGUAGE=en-US:Second interview - Data Analyst
DTSTART;TZID=Central Standard Time:20261208T140000
DTEND;TZID=Central Standard Time:20261208T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
`;
  return invitation(
    { subject: 'Second interview - Data Analyst', ...s },
    ics,
    '_004_DM6PR01MB5678_',
    'text/html',
  );
}

/** A message with a 20 MB attachment (base64). */
export function withHugeAttachment(s: Shape = {}, megabytes = 20): string {
  const b = 'huge-attachment-boundary';
  const line = `${'A'.repeat(76)}\r\n`;
  return crlf([
    ...head({ subject: 'Portfolio', ...s }, `multipart/mixed; boundary="${b}"`),
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="utf-8"',
    '',
    s.body ?? 'See the attached portfolio.',
    `--${b}`,
    'Content-Type: application/zip; name="portfolio.zip"',
    'Content-Disposition: attachment; filename="portfolio.zip"',
    'Content-Transfer-Encoding: base64',
    '',
    line.repeat(Math.ceil((megabytes * 1024 * 1024) / 78)),
    `--${b}--`,
  ]);
}

/** A multipart message whose boundary never comes and whose part is cut off. */
export function brokenMime(s: Shape = {}): string {
  return crlf([
    ...head(s, 'multipart/mixed; boundary="never-closed"'),
    '',
    '--never-closed',
    'Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
    'Content-Transfer-Encoding: base64',
    '',
    '!!!! not base64 at all ====',
    'BEGIN:VCALENDAR',
  ]);
}

/** What the user sent (their Sent folder). */
export function sentMail(s: Shape = {}): string {
  return crlf([
    ...head(
      {
        from: 'Sam Lee <sam@home.example>',
        to: '"Doe, Jane" <jane.doe@acme.example>',
        subject: 'Data Analyst application',
        ...s,
      },
      'text/plain; charset="utf-8"',
    ),
    '',
    s.body ?? 'Hello Jane, I wanted to make sure you received my application.',
  ]);
}
