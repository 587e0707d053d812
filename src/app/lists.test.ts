import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from './import/import.js';
import { listContacts, listOpportunities } from './lists.js';
import { addOpportunity } from './opportunities.js';
import { addJob, log, must, refused, type TestApp, testApp } from './test-support/test-app.js';

let app: TestApp;
let ids: {
  readonly acme: string;
  readonly percent: string;
  readonly held: string;
  readonly closed: string;
  readonly person: string;
};

// Five opportunities, one in each state, with names that test the search.
beforeEach(async () => {
  app = await testApp({ now: '2026-12-15' });
  const acme = await addJob(app, {
    company: 'Acme Corp',
    title: 'Data Analyst',
    contact: { name: 'Jane Doe', email: 'jane@acme.example' },
  });
  await log(app, acme.id, 'applied', { on: '2026-12-10' });
  const percent = await addJob(app, {
    company: 'Globex',
    title: '100% Remote Engineer',
    contact: { name: 'Bob_Smith' },
  });
  await log(app, percent.id, 'interview', { on: '2026-12-08' });
  const held = await addJob(app, { company: 'Initech', title: 'Analyst (data)' });
  await log(app, held.id, 'applied', { on: '2026-11-02' });
  await log(app, held.id, 'voicemail', { on: '2026-11-05' });
  await log(app, held.id, 'voicemail', { on: '2026-11-10' });
  await log(app, held.id, 'voicemail', { on: '2026-11-13' });
  const closed = await addJob(app, { company: 'Umbrella', title: 'Chemist' });
  await log(app, closed.id, 'applied', { on: '2026-12-01' });
  await log(app, closed.id, 'offer', { on: '2026-12-11' });
  const person = must(
    await addOpportunity(app.ctx, { kind: 'networking', contact: { name: 'Ada Lovelace' } }),
  );
  ids = {
    acme: acme.id,
    percent: percent.id,
    held: held.id,
    closed: closed.id,
    person: person.id,
  };
});
afterEach(async () => {
  await app.close();
});

const search = async (input: { search?: string; status?: string }) =>
  must(await listOpportunities(app.ctx, input)).items.map((o) => o.id);

describe('listOpportunities', () => {
  it('lists every opportunity, newest first, with its status and next step', async () => {
    const items = must(await listOpportunities(app.ctx)).items;
    expect(items.map((o) => [o.id, o.status])).toEqual([
      [ids.person, 'active'],
      [ids.closed, 'closed'],
      [ids.held, 'holding'],
      [ids.percent, 'interviewing'],
      [ids.acme, 'active'],
    ]);
    const byId = new Map(items.map((o) => [o.id, o]));
    expect(byId.get(ids.acme)).toMatchObject({
      company: 'Acme Corp',
      contact: 'Jane Doe',
      followUps: 0,
      heldOn: null,
      next: { label: 'Follow-up 1 of 3', dueOn: '2026-12-15', dueBy: '2026-12-15', overdue: false },
    });
    expect(byId.get(ids.held)).toMatchObject({ heldOn: '2026-11-18', followUps: 3, next: null });
    expect(byId.get(ids.closed)).toMatchObject({ next: null, heldOn: null });
    expect(byId.get(ids.percent)?.next).toMatchObject({ label: 'Thank-you call', overdue: true });
    // Nothing logged yet: nothing due.
    expect(byId.get(ids.person)).toMatchObject({
      company: null,
      contact: 'Ada Lovelace',
      next: null,
    });
  });

  it('searches company, title and contact, ignoring case', async () => {
    expect(await search({ search: 'ACME' })).toEqual([ids.acme]);
    expect(await search({ search: 'analyst' })).toEqual([ids.held, ids.acme]);
    expect(await search({ search: 'jane' })).toEqual([ids.acme]);
    expect(await search({ search: 'lovelace' })).toEqual([ids.person]);
    // Every word must match somewhere.
    expect(await search({ search: 'analyst initech' })).toEqual([ids.held]);
    expect(await search({ search: 'analyst nobody' })).toEqual([]);
    // The contact's e-mail is not searched.
    expect(await search({ search: 'acme.example' })).toEqual([]);
  });

  it('ignores case beyond ASCII too (É, Ł, Ä)', async () => {
    const emile = await addJob(app, {
      company: 'Émile Zola SA',
      title: 'ÄRZTIN',
      contact: { name: 'Łukasz Żak' },
    });
    expect(await search({ search: 'émile' })).toEqual([emile.id]);
    expect(await search({ search: 'ärztin' })).toEqual([emile.id]);
    expect(await search({ search: 'łukasz żak' })).toEqual([emile.id]);
    expect(await search({ search: 'ŁUKASZ' })).toEqual([emile.id]);
    const names = must(await listContacts(app.ctx, { search: 'łukasz' })).items.map((c) => c.name);
    expect(names).toEqual(['Łukasz Żak']);
  });

  it('matches % and _ literally, not as wildcards', async () => {
    expect(await search({ search: '%' })).toEqual([ids.percent]);
    expect(await search({ search: '_' })).toEqual([ids.percent]);
    expect(await search({ search: 'Bob_' })).toEqual([ids.percent]);
    expect(await search({ search: 'a%t' })).toEqual([]);
    expect(await search({ search: 'd_ta' })).toEqual([]);
    expect(await search({ search: '\\' })).toEqual([]);
    expect(await search({ search: '(data)' })).toEqual([ids.held]);
  });

  it('filters by status, and by status and search together', async () => {
    expect(await search({ status: 'active' })).toEqual([ids.person, ids.acme]);
    expect(await search({ status: 'interviewing' })).toEqual([ids.percent]);
    expect(await search({ status: 'Holding' })).toEqual([ids.held]);
    expect(await search({ status: 'closed' })).toEqual([ids.closed]);
    expect(await search({ status: 'active', search: 'analyst' })).toEqual([ids.acme]);
  });

  it('a blank search lists everything; an unknown status is refused', async () => {
    expect(await search({ search: '   ' })).toHaveLength(5);
    expect(refused(await listOpportunities(app.ctx, { status: 'asleep' }))).toMatchObject({
      reason: 'invalid-input',
      field: 'status',
    });
    expect(refused(await listOpportunities(app.ctx, { search: 'a\u0000b' }))).toMatchObject({
      reason: 'invalid-input',
      field: 'search',
    });
  });

  it('status follows the clock: the held one was active before its holding date', async () => {
    app.setNow('2026-11-17');
    const items = must(await listOpportunities(app.ctx)).items;
    expect(items.find((o) => o.id === ids.held)).toMatchObject({ status: 'active', heldOn: null });
    app.setNow('2026-11-18');
    expect(await search({ status: 'holding' })).toEqual([ids.held]);
  });
});

describe('listContacts', () => {
  it('lists the people with their company and number of opportunities', async () => {
    await addJob(app, {
      company: 'acme corp',
      title: 'BI Developer',
      contact: { name: 'Jane Doe' },
    });
    const items = must(await listContacts(app.ctx)).items;
    expect(items.map((c) => [c.name, c.company, c.opportunities])).toEqual([
      ['Ada Lovelace', null, 1],
      ['Bob_Smith', 'Globex', 1],
      ['Jane Doe', 'Acme Corp', 2],
    ]);
    expect(items[2]).toMatchObject({ email: 'jane@acme.example', phone: null, role: null });
    // Added by hand: nothing an import brings.
    expect(items[2]).toMatchObject({
      linkedinUrl: null,
      position: null,
      connectedOn: null,
      notes: null,
    });
  });

  it('carries what a LinkedIn import brought, and the search matches the position', async () => {
    const csv = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Raj,Patel,https://www.linkedin.com/in/Raj-Patel/,,Globex,"Talent Acquisition Partner, EMEA",03 Dec 2025',
      'Kim,Lee,,,,,',
    ].join('\n');
    must(await commitImport(app.ctx, new TextEncoder().encode(csv)));
    const all = must(await listContacts(app.ctx)).items;
    expect(all.find((c) => c.name === 'Raj Patel')).toMatchObject({
      company: 'Globex',
      position: 'Talent Acquisition Partner, EMEA',
      linkedinUrl: 'https://www.linkedin.com/in/raj-patel',
      connectedOn: '2025-12-03',
      notes: null,
      opportunities: 0,
    });
    expect(all.find((c) => c.name === 'Kim Lee')).toMatchObject({
      position: null,
      linkedinUrl: null,
      connectedOn: null,
    });
    const names = async (s: string) =>
      must(await listContacts(app.ctx, { search: s })).items.map((c) => c.name);
    expect(await names('acquisition')).toEqual(['Raj Patel']);
    expect(await names('TALENT emea')).toEqual(['Raj Patel']);
    // Every word must match somewhere: a position word and a company word together.
    expect(await names('partner globex')).toEqual(['Raj Patel']);
    expect(await names('partner acme')).toEqual([]);
  });

  it('searches name, e-mail and company, with % and _ taken literally', async () => {
    const names = async (s: string) =>
      must(await listContacts(app.ctx, { search: s })).items.map((c) => c.name);
    expect(await names('jane')).toEqual(['Jane Doe']);
    expect(await names('ACME.EXAMPLE')).toEqual(['Jane Doe']);
    expect(await names('globex')).toEqual(['Bob_Smith']);
    expect(await names('_')).toEqual(['Bob_Smith']);
    expect(await names('%')).toEqual([]);
  });
});
