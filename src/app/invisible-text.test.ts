import { afterEach, describe, expect, it } from 'vitest';
import { logEvent } from './events.js';
import { contactFields } from './import/fields.js';
import { addOpportunity } from './opportunities.js';
import { updateSettings } from './settings.js';
import { addJob, must, refused, snapshot, type TestApp, testApp } from './test-support/test-app.js';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

const ZERO_WIDTH = '\u200b\u200b\u200b';

describe('a value with no visible character is empty', () => {
  it('refuses a company made only of zero-width spaces as a blank one, and writes nothing', async () => {
    app = await testApp();
    const before = await snapshot(app);
    expect(
      refused(
        await addOpportunity(app.ctx, { kind: 'job', company: ZERO_WIDTH, title: 'Analyst' }),
      ),
    ).toMatchObject({
      reason: 'invalid-input',
      field: 'company',
      message: 'company: the company is required and cannot be blank',
    });
    expect(
      refused(
        await addOpportunity(app.ctx, { kind: 'job', company: 'Acme', title: '\ufeff\u2060 ' }),
      ),
    ).toMatchObject({ field: 'title' });
    expect(await snapshot(app)).toEqual(before);
  });

  it('stores an invisible optional value as no value', async () => {
    app = await testApp();
    const settings = must(await updateSettings(app.ctx, { name: '\u200d\u3164' }));
    expect(settings.name).toBeNull();
    const o = await addJob(app, { notes: `\u200b\n\u200c` });
    expect(o.notes).toBeNull();
  });

  it('refuses an imported person whose name is only zero-width characters', () => {
    expect(
      contactFields({ name: ZERO_WIDTH, email: 'jane@acme.example' } as never, 'no name'),
    ).toEqual({ ok: false, reason: 'no name' });
  });
});

describe('line and paragraph separators are refused where newlines are', () => {
  it.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('refuses %s in a company, naming it', async (_name, separator) => {
    app = await testApp();
    const before = await snapshot(app);
    const failure = refused(
      await addOpportunity(app.ctx, { kind: 'job', company: `Acme${separator}Evil`, title: 'T' }),
    );
    expect(failure).toMatchObject({ reason: 'invalid-input', field: 'company' });
    expect(failure.message).toMatch(/line or paragraph separator \(U\+202[89]\)/);
    expect(await snapshot(app)).toEqual(before);
  });

  it('keeps them in a note, where lines are allowed', async () => {
    app = await testApp();
    const o = await addJob(app);
    const logged = must(
      await logEvent(app.ctx, { opportunity: String(o.id), type: 'applied', note: 'a\u2028b' }),
    );
    expect(logged.event.note).toBe('a\u2028b');
  });
});
