import { afterEach, describe, expect, it } from 'vitest';
import { deleteEvent, logEvent } from './events.js';
import { listContacts, listOpportunities } from './lists.js';
import {
  addOpportunity,
  deleteOpportunity,
  editOpportunity,
  rebuildAllCaches,
  showOpportunity,
} from './opportunities.js';
import {
  addJob,
  expectedCache,
  log,
  must,
  refused,
  snapshot,
  storedCache,
  type TestApp,
  testApp,
} from './test-support/test-app.js';
import { today } from './today.js';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

describe('addOpportunity', () => {
  it('adds a job with its contact, as show prints it', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app, {
      contact: {
        name: 'Jane Doe',
        email: 'jane@acme.example',
        phone: '+1 (312) 555-0199 x12',
        role: 'Hiring-Manager',
      },
      postingUrl: 'https://acme.example/jobs/42',
      notes: 'referred by Sam',
    });
    expect(o).toMatchObject({
      kind: 'job',
      company: 'Acme',
      title: 'Data Analyst',
      contact: {
        name: 'Jane Doe',
        email: 'jane@acme.example',
        phone: '+1 (312) 555-0199 x12',
        role: 'hiring-manager',
      },
      status: 'active',
      followUps: 0,
      heldOn: null,
      next: [],
      events: [],
      postingUrl: 'https://acme.example/jobs/42',
      notes: 'referred by Sam',
      asOf: '2026-11-23',
    });
    expect(o.id).toMatch(/^[1-9][0-9]*$/);
    expect(must(await showOpportunity(app.ctx, o.id))).toEqual(o);
    expect(await storedCache(app, Number(o.id))).toEqual(await expectedCache(app, Number(o.id)));
  });

  it('adds a networking opportunity with only the person', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = must(await addOpportunity(app.ctx, { kind: 'networking', contact: { name: 'Ada' } }));
    expect(o).toMatchObject({ kind: 'networking', company: null, title: null });
    expect(o.contact).toEqual({ name: 'Ada', email: null, phone: null, role: null });
  });

  it('trims text and takes blank optional text as absent', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app, {
      company: '  Acme  ',
      title: ' Data Analyst ',
      contact: { name: '   ', email: '' },
    });
    expect(o).toMatchObject({ company: 'Acme', title: 'Data Analyst', contact: null });
  });

  const refusals: readonly [string, Parameters<typeof addOpportunity>[1], string][] = [
    ['an unknown kind', { kind: 'gig', company: 'Acme', title: 'T' }, 'kind'],
    ['a job without a company', { kind: 'job', title: 'Data Analyst' }, 'company'],
    [
      'a job with a blank company',
      { kind: 'job', company: '   ', title: 'Data Analyst' },
      'company',
    ],
    ['a job without a title', { kind: 'job', company: 'Acme' }, 'title'],
    ['networking without a person', { kind: 'networking', company: 'Acme' }, 'contact'],
    [
      'a bad contact e-mail',
      {
        kind: 'job',
        company: 'Acme',
        title: 'T',
        contact: { name: 'Jane', email: 'jane.example' },
      },
      'contact-email',
    ],
    [
      'a bad contact phone',
      { kind: 'job', company: 'Acme', title: 'T', contact: { name: 'Jane', phone: 'call me' } },
      'contact-phone',
    ],
    [
      'a bad contact role',
      { kind: 'job', company: 'Acme', title: 'T', contact: { name: 'Jane', role: 'boss' } },
      'contact-role',
    ],
    [
      'a bad posting url',
      { kind: 'job', company: 'Acme', title: 'T', postingUrl: 'javascript:alert(1)' },
      'url',
    ],
    [
      'a contact e-mail without a name',
      { kind: 'job', company: 'Acme', title: 'T', contact: { email: 'jane@acme.example' } },
      'contact',
    ],
    [
      'a company with a control character',
      { kind: 'job', company: 'Acme\u0007', title: 'T' },
      'company',
    ],
    [
      'a title of 201 characters',
      { kind: 'job', company: 'Acme', title: 't'.repeat(201) },
      'title',
    ],
  ];

  it.each(refusals)(
    'refuses %s, naming the field, and writes nothing',
    async (_name, input, field) => {
      app = await testApp({ now: '2026-11-23' });
      const before = await snapshot(app);
      expect(refused(await addOpportunity(app.ctx, input))).toMatchObject({
        reason: 'invalid-input',
        field,
      });
      expect(await snapshot(app)).toEqual(before);
    },
  );

  it('reuses the contact of the same name at the same company, whatever the case', async () => {
    app = await testApp({ now: '2026-11-23' });
    const a = await addJob(app, { contact: { name: 'Jane Doe', email: 'jane@acme.example' } });
    const b = await addJob(app, {
      company: 'ACME',
      title: 'Senior Data Analyst',
      contact: { name: 'jane doe', phone: '312 555 0199' },
    });
    const c = await addJob(app, { company: 'Globex', contact: { name: 'Jane Doe' } });
    expect(b.company).toBe('Acme');
    // The reused contact keeps what it knew and learns the new phone.
    expect(b.contact).toMatchObject({ email: 'jane@acme.example', phone: '312 555 0199' });
    const contacts = must(await listContacts(app.ctx)).items;
    // The reused contact takes the latest spelling of the name.
    expect(contacts.map((x) => [x.name, x.company, x.opportunities]).sort()).toEqual([
      ['Jane Doe', 'Globex', 1],
      ['jane doe', 'Acme', 2],
    ]);
    expect(must(await showOpportunity(app.ctx, a.id)).contact?.phone).toBe('312 555 0199');
    expect(c.contact?.email).toBeNull();
  });

  it('renaming a contact that other opportunities share gives this one a new contact', async () => {
    app = await testApp({ now: '2026-11-23' });
    const a = await addJob(app, { contact: { name: 'Jane Doe', email: 'jane@acme.example' } });
    const b = await addJob(app, { title: 'Engineer', contact: { name: 'Jane Doe' } });
    const edited = must(await editOpportunity(app.ctx, { id: b.id, contact: { name: 'Bob Roe' } }));
    expect(edited.contact?.name).toBe('Bob Roe');
    expect(must(await showOpportunity(app.ctx, a.id)).contact?.name).toBe('Jane Doe');
    // A contact of one opportunity alone is renamed in place.
    must(await editOpportunity(app.ctx, { id: b.id, contact: { name: 'Bobby Roe' } }));
    expect(must(await listContacts(app.ctx)).items.map((c) => c.name)).toEqual([
      'Bobby Roe',
      'Jane Doe',
    ]);
  });

  it('reuses a contact whose name differs only in non-ASCII case', async () => {
    app = await testApp({ now: '2026-11-23' });
    const a = await addJob(app, { company: 'Żabka', contact: { name: 'Émile Łuk' } });
    const b = await addJob(app, {
      company: 'ŻABKA',
      title: 'Buyer',
      contact: { name: 'émile łuk', email: 'emile@zabka.example' },
    });
    expect(b.company).toBe('Żabka');
    const contacts = must(await listContacts(app.ctx)).items;
    expect(contacts.map((c) => [c.name, c.opportunities])).toEqual([['émile łuk', 2]]);
    expect(must(await showOpportunity(app.ctx, a.id)).contact?.email).toBe('emile@zabka.example');
  });

  it('stores hostile and non-Latin text unchanged', async () => {
    app = await testApp({ now: '2026-11-23' });
    const hostile = {
      company: '<script>alert("x")</script>',
      title: 'Robert\'); DROP TABLE opportunities;-- "quoted" 100%_done',
      contact: { name: 'Zoë Łukasz 山田 🚀' },
      notes: 'multi\nline 🙂 \\ backslash',
    };
    const o = await addJob(app, hostile);
    const shown = must(await showOpportunity(app.ctx, o.id));
    expect(shown).toMatchObject({
      company: hostile.company,
      title: hostile.title,
      contact: { name: hostile.contact.name },
      notes: hostile.notes,
    });
    const { event } = await log(app, o.id, 'note', { note: "'; DELETE FROM events; -- 山田" });
    expect(event.note).toBe("'; DELETE FROM events; -- 山田");
    expect(must(await listOpportunities(app.ctx, { search: '山田' })).items).toHaveLength(1);
    expect(must(await listOpportunities(app.ctx, { search: 'ZOË' })).items).toHaveLength(1);
    expect(must(await listOpportunities(app.ctx, { search: "robert');" })).items).toHaveLength(1);
    expect(must(await listOpportunities(app.ctx)).items).toHaveLength(1);
  });
});

describe('editOpportunity', () => {
  it('changes the title and the contact, and clears a field with an empty text', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app, {
      contact: { name: 'Jane Doe', email: 'jane@acme.example', phone: '312 555 0199' },
      postingUrl: 'https://acme.example/jobs/42',
    });
    const edited = must(
      await editOpportunity(app.ctx, {
        id: o.id,
        version: o.version,
        title: 'Lead Analyst',
        contact: { name: 'Jane Smith', email: '' },
        postingUrl: '',
      }),
    );
    expect(edited).toMatchObject({
      company: 'Acme',
      title: 'Lead Analyst',
      contact: { name: 'Jane Smith', email: null, phone: '312 555 0199' },
      postingUrl: null,
    });
    expect(edited.version).toBeGreaterThan(o.version);
    expect(must(await showOpportunity(app.ctx, o.id))).toEqual(edited);
  });

  it('gives a job without a contact its first contact', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app);
    const edited = must(
      await editOpportunity(app.ctx, { id: o.id, contact: { name: 'Ann', role: 'hr' } }),
    );
    expect(edited.contact).toEqual({ name: 'Ann', email: null, phone: null, role: 'hr' });
  });

  it('refuses a stale version with stale-version and changes nothing', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app);
    await log(app, o.id, 'applied');
    const before = await snapshot(app);
    const failure = refused(
      await editOpportunity(app.ctx, { id: o.id, version: o.version, title: 'Changed' }),
    );
    expect(failure).toMatchObject({ reason: 'stale-version', field: 'version' });
    expect(await snapshot(app)).toEqual(before);
    const current = must(await showOpportunity(app.ctx, o.id));
    expect(current.title).toBe('Data Analyst');
    expect(
      must(await editOpportunity(app.ctx, { id: o.id, version: current.version, title: 'Changed' }))
        .title,
    ).toBe('Changed');
  });

  it('refuses to blank a job company, a bad e-mail or an unknown id, and writes nothing', async () => {
    app = await testApp({ now: '2026-11-23' });
    const o = await addJob(app, { contact: { name: 'Jane' } });
    const before = await snapshot(app);
    expect(refused(await editOpportunity(app.ctx, { id: o.id, company: '' }))).toMatchObject({
      reason: 'invalid-input',
      field: 'company',
    });
    expect(
      refused(await editOpportunity(app.ctx, { id: o.id, contact: { email: 'nope' } })),
    ).toMatchObject({ reason: 'invalid-input', field: 'contact-email' });
    expect(refused(await editOpportunity(app.ctx, { id: '42', title: 'x' }))).toMatchObject({
      reason: 'unknown-opportunity',
      field: 'opportunity',
    });
    expect(await snapshot(app)).toEqual(before);
  });
});

describe('deleteOpportunity', () => {
  it('removes the opportunity with its timeline and its cached steps', async () => {
    app = await testApp({ now: '2026-11-30' });
    const keep = await addJob(app, { company: 'Globex' });
    await log(app, keep.id, 'applied', { on: '2026-11-23' });
    const o = await addJob(app);
    const { event } = await log(app, o.id, 'applied', { on: '2026-11-23' });
    expect(must(await deleteOpportunity(app.ctx, o.id))).toEqual({ id: o.id });

    expect(refused(await showOpportunity(app.ctx, o.id)).reason).toBe('unknown-opportunity');
    expect(refused(await deleteEvent(app.ctx, event.id)).reason).toBe('unknown-event');
    expect(refused(await logEvent(app.ctx, { opportunity: o.id, type: 'note' })).reason).toBe(
      'unknown-opportunity',
    );
    const left = await snapshot(app);
    expect(left.opportunities.map((x) => String(x.id))).toEqual([keep.id]);
    expect(left.events.every((e) => String(e.opportunityId) === keep.id)).toBe(true);
    expect((await today(app.ctx)).items.map((i) => i.opportunityId)).toEqual([keep.id]);
    expect(refused(await deleteOpportunity(app.ctx, o.id))).toMatchObject({
      reason: 'unknown-opportunity',
      field: 'opportunity',
    });
  });
});

describe('rebuildAllCaches', () => {
  it('rewrites every cache from the timelines', async () => {
    app = await testApp({ now: '2026-11-30' });
    const a = await addJob(app);
    await log(app, a.id, 'applied', { on: '2026-11-23' });
    const b = await addJob(app, { company: 'Globex' });
    await log(app, b.id, 'interview', { on: '2026-11-25' });
    expect(await rebuildAllCaches(app.ctx)).toBe(2);
    for (const o of [a, b]) {
      expect(await storedCache(app, Number(o.id))).toEqual(await expectedCache(app, Number(o.id)));
    }
  });
});
