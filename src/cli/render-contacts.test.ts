import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { ContactSummary } from '../app/lists.js';
import type { Io } from './io.js';
import { renderContacts } from './render.js';

const io: Io = { stdout: () => {}, stderr: () => {}, color: pc.createColors(false), width: 80 };

const person = (fields: Partial<ContactSummary>): ContactSummary => ({
  id: '1',
  name: 'Raj Patel',
  email: null,
  phone: null,
  role: null,
  company: null,
  opportunities: 0,
  linkedinUrl: null,
  position: null,
  connectedOn: null,
  notes: null,
  ...fields,
});

describe('renderContacts', () => {
  it('shows the position at the company and the LinkedIn profile on a line of its own', () => {
    const text = renderContacts(io, [
      person({
        company: 'Globex',
        position: 'Talent Partner',
        role: 'recruiter',
        linkedinUrl: 'https://www.linkedin.com/in/raj-patel',
        opportunities: 1,
      }),
      person({ id: '2', name: 'Kim Lee', position: 'Data Engineer' }),
      person({ id: '3', name: 'Ada Lovelace', company: 'Analytical Engines' }),
    ]);
    expect(text.split('\n')).toEqual([
      '3 contacts',
      '  Raj Patel · Talent Partner at Globex · recruiter  1 opportunity',
      '    https://www.linkedin.com/in/raj-patel',
      '  Kim Lee · Data Engineer  0 opportunities',
      '  Ada Lovelace · Analytical Engines  0 opportunities',
    ]);
  });

  it('shows control characters of stored text as escapes, never raw', () => {
    const text = renderContacts(io, [
      person({
        name: 'Eve\u001b[2J',
        position: 'Boss\u0007\u202e',
        company: 'Evil\u0000 Inc',
        linkedinUrl: 'https://www.linkedin.com/in/eve\u001b]8;;x',
      }),
    ]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may get through
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('Eve\\u001b[2J · Boss\\u0007\\u202e at Evil\\u0000 Inc');
    expect(text).toContain('    https://www.linkedin.com/in/eve\\u001b]8;;x');
  });
});

describe('renderContacts: roles in words', () => {
  it('prints a role as people say it, never its stored name (hiring-manager, hr)', () => {
    const text = renderContacts(io, [
      person({ role: 'hiring-manager' }),
      person({ id: '2', name: 'Kim Lee', role: 'hr' }),
    ]);
    expect(text).toContain('Raj Patel · hiring manager');
    expect(text).toContain('Kim Lee · HR');
    expect(text).not.toMatch(/hiring-manager|· hr/);
  });
});
