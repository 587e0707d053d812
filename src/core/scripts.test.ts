import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from './plan.js';
import { type Script, type ScriptContext, scriptFor } from './scripts.js';
import { d } from './test-support/method-fixtures.js';

const ACTIONS: readonly Action[] = ['follow-up', 'thank-you-call', 'thank-you-note', 'check-in'];

const JOB: ScriptContext = {
  kind: 'job',
  you: { name: 'Sam Lee', phone: '312-555-0199', email: 'sam@example.com' },
  contactName: 'Jane Doe',
  company: 'Acme',
  title: 'Data Analyst',
};
const INTERVIEWED: ScriptContext = { ...JOB, interviewDate: d('2026-12-03') };
const NETWORKING: ScriptContext = { ...JOB, kind: 'networking', company: null, title: null };
const NOTHING_KNOWN: ScriptContext = {
  kind: 'job',
  you: { name: null, phone: null, email: null },
  contactName: null,
  company: null,
  title: null,
};

/** Every text of a script. */
const texts = (script: Script): string[] => [
  script.call,
  script.voicemail,
  script.email.subject,
  script.email.body,
];

/** Where each part of the R1 message starts in `text` (-1 when missing). */
function r1Parts(text: string): number[] {
  return [
    text.search(/you're busy and have probably received a lot of responses/),
    text.search(/make sure you received my application/),
    text.search(/anything I can do to improve my chances/),
  ];
}

describe('R1 follow-up script', () => {
  const script = scriptFor({ action: 'follow-up', followUpNumber: 1 }, JOB);

  it('R1: the follow-up call has the three parts, in order: busy, did you receive it, how to improve', () => {
    const parts = r1Parts(script.call);
    expect(parts.every((at) => at >= 0)).toBe(true);
    expect([...parts].sort((a, b) => a - b)).toEqual(parts);
    expect(script.call).toContain("that's the purpose of my call");
  });

  it('R1: the voicemail is the same message, plus how to reach you', () => {
    expect(script.voicemail.startsWith(script.call)).toBe(true);
    expect(script.voicemail).toContain('You can reach me at 312-555-0199 or sam@example.com.');
  });

  it('R1: the e-mail carries the same three parts', () => {
    expect(r1Parts(script.email.body).every((at) => at >= 0)).toBe(true);
    expect(script.email.subject).toBe('Following up on my application: Data Analyst position');
  });

  it('R1: names fill in: the contact’s first name, your name, the opening and the company', () => {
    expect(script.call.startsWith('Hi Jane, this is Sam Lee.')).toBe(true);
    expect(script.call).toContain('the Data Analyst opening at Acme');
    expect(script.call).not.toContain('Doe');
    expect(script.email.body.startsWith('Dear Jane,')).toBe(true);
    expect(script.email.body.endsWith('Best regards,\nSam Lee\n312-555-0199')).toBe(true);
  });

  it('R1: a contact name with extra spaces still gives the first name', () => {
    const call = scriptFor({ action: 'follow-up' }, { ...JOB, contactName: '  Jane   Doe ' }).call;
    expect(call.startsWith('Hi Jane, this is Sam Lee.')).toBe(true);
  });

  it('R1: with only a title or only a company, the opening is still named', () => {
    expect(scriptFor({ action: 'follow-up' }, { ...JOB, company: null }).call).toContain(
      'responses to the Data Analyst opening.',
    );
    expect(scriptFor({ action: 'follow-up' }, { ...JOB, title: '  ' }).call).toContain(
      'responses to the opening at Acme.',
    );
  });

  it('R8: a follow-up after a callback says they asked for it', () => {
    const call = scriptFor(
      { action: 'follow-up', followUpNumber: 2, reason: 'callback', since: d('2026-12-10') },
      JOB,
    ).call;
    expect(call).toContain('You asked me to call back around Thursday, December 10');
    expect(threeParts(call).every((at) => at >= 0)).toBe(true);
  });
});

/** Where each of the three parts of R1 starts, however it is worded (-1 when missing). */
function threeParts(text: string): number[] {
  return [
    text.search(/you're busy|how busy you are/),
    text.search(/make sure (you received my application|my application reached you)/),
    text.search(/anything I (can|could) do to improve my chances/),
  ];
}

describe('R1 and R2: follow-ups #2 and #3 in a person’s words', () => {
  const step = (n: number) =>
    scriptFor(
      { action: 'follow-up', followUpNumber: n, reason: 'after-attempt', since: d('2026-12-01') },
      JOB,
    );
  const [first, second, third] = [1, 2, 3].map(step) as [Script, Script, Script];

  it('R2 follow-up wording: #2 and #3 never repeat #1 word for word, nor each other', () => {
    for (const part of ['call', 'voicemail'] as const) {
      expect(second[part]).not.toBe(first[part]);
      expect(third[part]).not.toBe(second[part]);
      expect(second[part]).not.toContain("I'm calling to make sure you received my application");
      expect(third[part]).not.toContain("I'm calling to make sure you received my application");
    }
    expect(new Set([first, second, third].map((s) => s.email.subject)).size).toBe(3);
    expect(new Set([first, second, third].map((s) => s.email.body)).size).toBe(3);
  });

  it('R2 follow-up wording: #2 follows up on the last attempt, naming its day', () => {
    expect(second.call).toContain('I tried to reach you on Tuesday, December 1.');
    expect(second.call).toContain(
      "I'm following up on my application for the Data Analyst opening at Acme",
    );
    expect(second.email.subject).toBe(
      'Following up again on my application: Data Analyst position',
    );
  });

  it('R2 follow-up wording: #3 says it is the last follow-up', () => {
    expect(third.call).toContain('This is my last follow-up');
    expect(third.email.subject).toBe('A last follow-up on my application: Data Analyst position');
    const two = scriptFor({ action: 'follow-up', followUpNumber: 2, maxFollowUps: 2 }, JOB);
    expect(two.call).toContain('This is my last follow-up');
  });

  it('R1 follow-up wording: #2 and #3 keep the three parts, in order, in the call, the voicemail and the e-mail', () => {
    for (const script of [second, third]) {
      for (const text of [script.call, script.voicemail, script.email.body]) {
        const parts = threeParts(text);
        expect(parts.every((at) => at >= 0)).toBe(true);
        expect([...parts].sort((a, b) => a - b)).toEqual(parts);
      }
      expect(script.voicemail.startsWith(script.call)).toBe(true);
    }
  });

  it('R6 follow-up wording: networking follow-ups #2 and #3 are not #1 word for word', () => {
    const net = (n: number) =>
      scriptFor({ action: 'follow-up', followUpNumber: n }, NETWORKING).call;
    expect(net(2)).not.toBe(net(1));
    expect(net(3)).not.toBe(net(2));
  });
});

describe('Scripts: missing details give readable placeholders', () => {
  it.each(ACTIONS)('%s: no name, phone, contact, company or title', (action) => {
    const script = scriptFor({ action }, NOTHING_KNOWN);
    for (const text of texts(script)) {
      expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      expect(text.trim()).not.toBe('');
    }
    expect(script.call).toContain('[your name]');
    if (action !== 'thank-you-note') {
      expect(script.call.startsWith('Hello, this is [your name].')).toBe(true);
      expect(script.voicemail).toContain('You can reach me at [your phone].');
    }
  });

  it('an e-mail address alone is how to reach you when there is no phone', () => {
    const ctx = { ...JOB, you: { name: 'Sam Lee', phone: null, email: 'sam@example.com' } };
    const script = scriptFor({ action: 'follow-up' }, ctx);
    expect(script.voicemail).toContain('You can reach me at sam@example.com.');
    expect(script.email.body.endsWith('Best regards,\nSam Lee')).toBe(true);
  });
});

describe('R5 thank-yous and check-ins', () => {
  it('R5: the thank-you call thanks them for their time and reconfirms interest', () => {
    const script = scriptFor({ action: 'thank-you-call' }, INTERVIEWED);
    expect(script.call).toBe(
      'Hi Jane, this is Sam Lee. Thank you for taking the time to meet with me on Thursday, December 3. ' +
        "I enjoyed learning more about the Data Analyst position, and I want to reconfirm that I'm very interested in the opportunity.",
    );
    expect(script.voicemail.startsWith(script.call)).toBe(true);
    expect(script.voicemail).toContain('312-555-0199');
  });

  it('R5: the handwritten note mentions the interview date and is signed with your name', () => {
    const note = scriptFor({ action: 'thank-you-note' }, INTERVIEWED);
    expect(note.call).toContain(
      'meet with me on Thursday, December 3 about the Data Analyst position',
    );
    expect(note.call).toContain('learning more about Acme');
    expect(note.call.startsWith('Dear Jane,')).toBe(true);
    expect(note.call.endsWith('Sincerely,\nSam Lee')).toBe(true);
    expect(note.email.body).toBe(note.call);
  });

  it('R5: the check-in after an interview says you are still interested and looking forward to moving ahead', () => {
    const call = scriptFor({ action: 'check-in' }, INTERVIEWED).call;
    expect(call).toContain('still very interested in the Data Analyst position');
    expect(call).toContain('looking forward to moving ahead');
  });

  it('R4: the check-in before an interview asks for news about the opening', () => {
    const script = scriptFor({ action: 'check-in' }, JOB);
    expect(script.call).toContain('checking in on the Data Analyst opening at Acme');
    expect(script.email.subject).toBe('Checking in: Data Analyst position');
  });

  it('R8: a check-in after a callback says they asked for it', () => {
    const call = scriptFor(
      { action: 'check-in', reason: 'callback', since: d('2026-12-21') },
      INTERVIEWED,
    ).call;
    expect(call).toContain('You asked me to call back around Monday, December 21');
  });
});

describe('R6 networking wording', () => {
  it('R6: the networking follow-up asks for a short meeting, not about an application', () => {
    const script = scriptFor({ action: 'follow-up', followUpNumber: 1 }, NETWORKING);
    expect(script.call).toContain("I know you're busy");
    expect(script.call).toContain('meeting for a short conversation');
    expect(script.call).not.toMatch(/application|opening|position/);
    expect(script.email.subject).toBe('Following up on my note');
  });

  it('R6: after a networking meeting the thank-yous thank them for their advice', () => {
    const ctx = { ...NETWORKING, interviewDate: d('2026-12-03') };
    expect(scriptFor({ action: 'thank-you-call' }, ctx).call).toContain(
      'meet with me on Thursday, December 3. Your advice was really helpful',
    );
    const note = scriptFor({ action: 'thank-you-note' }, ctx).call;
    expect(note).toContain('Thursday, December 3');
    expect(note).toContain('I appreciated your advice');
    expect(note).not.toMatch(/position|role/);
  });

  it('R6: the networking check-in keeps in touch', () => {
    const script = scriptFor({ action: 'check-in' }, NETWORKING);
    expect(script.call).toContain('checking in to keep in touch');
    expect(script.email.subject).toBe('Checking in');
  });
});

describe('Scripts: text in, plain text out', () => {
  const hostile: ScriptContext = {
    kind: 'job',
    you: { name: '<script>alert("x")</script>', phone: "'; DROP TABLE--", email: 'a&b@x.io' },
    contactName: '"Jane"',
    company: 'Acme & Sons <b>',
    title: "Dev $& $1 $' Ops",
    interviewDate: d('2026-12-03'),
  };

  it.each(ACTIONS)('%s: hostile strings pass through unchanged, never escaped', (action) => {
    const all = texts(scriptFor({ action }, hostile)).join('\n');
    expect(all).toContain('<script>alert("x")</script>');
    expect(all).not.toContain('&lt;');
    expect(all).not.toContain('&quot;');
    expect(all).not.toContain('&amp;');
  });

  it('every detail given appears as written', () => {
    const call = scriptFor({ action: 'follow-up' }, hostile);
    expect(call.call).toContain('Hi "Jane", this is <script>alert("x")</script>.');
    expect(call.call).toContain("the Dev $& $1 $' Ops opening at Acme & Sons <b>");
    expect(call.voicemail).toContain("You can reach me at '; DROP TABLE-- or a&b@x.io.");
    expect(call.email.subject).toBe("Following up on my application: Dev $& $1 $' Ops position");
    const thanks = scriptFor({ action: 'thank-you-call' }, hostile);
    expect(thanks.email.body.startsWith('Dear "Jane",\n\nThank you for taking the time')).toBe(
      true,
    );
  });

  it('never writes undefined, null or NaN, whatever is known (property)', () => {
    const text = fc.string({ maxLength: 20 }).filter((s) => !/undefined|null|nan|object/i.test(s));
    const maybe = fc.option(text, { nil: null });
    const context = fc.record({
      kind: fc.constantFrom('job' as const, 'networking' as const),
      you: fc.record({ name: maybe, phone: maybe, email: maybe }),
      contactName: maybe,
      company: maybe,
      title: maybe,
      interviewDate: fc.option(fc.constant(d('2026-12-03')), { nil: null }),
    });
    fc.assert(
      fc.property(context, fc.constantFrom(...ACTIONS), (ctx, action) => {
        const script = scriptFor({ action, followUpNumber: 1 }, ctx);
        for (const t of texts(script)) {
          expect(typeof t).toBe('string');
          expect(t).not.toMatch(/undefined|null|NaN|\[object/);
        }
        const name = ctx.you.name?.trim();
        expect(script.call).toContain(name ? name : '[your name]');
      }),
      { numRuns: 300 },
    );
  });
});
