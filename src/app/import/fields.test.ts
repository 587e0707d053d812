import { describe, expect, it } from 'vitest';
import type { ContactRow } from '../../formats/contact-row.js';
import { contactFields, linkedInKey } from './fields.js';

const row = (fields: Partial<ContactRow>): ContactRow => ({
  line: 5,
  name: 'Jane Doe',
  email: null,
  phone: null,
  company: null,
  position: null,
  linkedinUrl: null,
  connectedOn: null,
  role: null,
  notes: null,
  otherEmails: [],
  otherPhones: [],
  otherUrls: [],
  ...fields,
});

describe('the fields of an imported person', () => {
  it('keys a LinkedIn profile the same however it is written', () => {
    const key = 'https://www.linkedin.com/in/janedoe';
    for (const url of [
      'https://www.linkedin.com/in/janedoe',
      'http://linkedin.com/in/JaneDoe/',
      'https://www.linkedin.com/in/janedoe?trk=public_profile',
      'https://de.linkedin.com/in/janedoe/',
    ]) {
      expect(linkedInKey(url), url).toBe(key);
    }
    expect(linkedInKey('https://www.linkedin.com/in/José')).toBe(
      'https://www.linkedin.com/in/jos%c3%a9',
    );
    expect(linkedInKey('https://www.linkedin.com/in/jos%C3%A9/')).toBe(
      'https://www.linkedin.com/in/jos%c3%a9',
    );
    expect(linkedInKey('https://evil.example/in/janedoe')).toBeNull();
    expect(linkedInKey('not a url')).toBeNull();
  });

  it('leaves out a bad optional value with a warning, and keeps the row', () => {
    const checked = contactFields(
      row({
        email: 'jane@',
        phone: 'call me',
        linkedinUrl: 'https://x.example/jane',
        connectedOn: '06 Mar 2023',
      }),
      'no name',
    );
    expect(checked).toMatchObject({
      ok: true,
      fields: {
        name: 'Jane Doe',
        email: null,
        phone: null,
        linkedinUrl: null,
        connectedOn: '2023-03-06',
      },
    });
    expect(checked.ok && checked.warnings).toEqual([
      'email: "jane@" is not an e-mail address; expected name@example.com; left out',
      'phone: "call me" is not a phone number; use digits, spaces, + ( ) - and an optional "x123" extension; left out',
      'url: "https://x.example/jane" is not a LinkedIn profile; left out',
    ]);
  });

  it('refuses a row without a name, or with control characters in it, shown safely', () => {
    expect(contactFields(row({ name: '  ' }), 'no name here')).toEqual({
      ok: false,
      reason: 'no name here',
    });
    const hostile = contactFields(row({ name: 'Evil\u001b[2J' }), 'no name');
    expect(hostile).toEqual({
      ok: false,
      reason: 'name: "Evil\\u001b[2J" contains a control character (U+001B); use plain text',
    });
  });

  it('keeps what a card has beyond the first e-mail and phone in the notes; a role it knows as the role', () => {
    const checked = contactFields(
      row({
        notes: 'Met at the fair',
        role: 'Recruiter',
        otherEmails: ['a@x.example'],
        otherPhones: ['312 555 0100'],
        otherUrls: ['https://jane.example'],
      }),
      'no name',
    );
    expect(checked).toMatchObject({
      ok: true,
      fields: {
        role: 'recruiter',
        notes:
          'Met at the fair\nOther e-mail: a@x.example\nOther phone: 312 555 0100\nWeb: https://jane.example',
      },
    });
    const other = contactFields(row({ role: 'Board member' }), 'no name');
    expect(other).toMatchObject({ ok: true, fields: { role: null, notes: 'Role: Board member' } });
  });
});
