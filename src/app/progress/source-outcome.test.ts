import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../formats/csv-table.js';
import { exportAs, exportDocument } from '../export.js';
import { commitImport } from '../import/import.js';
import { listOpportunities } from '../lists.js';
import { editOpportunity, showOpportunity } from '../opportunities.js';
import {
  addJob,
  log,
  must,
  refused,
  snapshot,
  type TestApp,
  testApp,
} from '../test-support/test-app.js';
import { stats } from './stats.js';

let app: TestApp;
beforeEach(async () => {
  app = await testApp({ now: '2026-12-04' });
});
afterEach(() => app.close());

const bytes = (text: string) => new TextEncoder().encode(text);

describe('The source of an opportunity', () => {
  it('is set on add, shown, changed and cleared by an edit, and counted in stats', async () => {
    const added = await addJob(app, { source: 'Referral' });
    expect(added.source).toBe('referral');
    await log(app, added.id, 'applied', { on: '2026-11-23' });
    expect(must(await stats(app.ctx)).sources[1]).toEqual({
      source: 'referral',
      opportunities: 1,
      interviewed: 0,
      offers: 0,
    });
    const edited = must(await editOpportunity(app.ctx, { id: added.id, source: 'recruiter' }));
    expect(edited.source).toBe('recruiter');
    expect(must(await editOpportunity(app.ctx, { id: added.id, title: 'Lead' })).source).toBe(
      'recruiter',
    );
    expect(must(await editOpportunity(app.ctx, { id: added.id, source: '' })).source).toBeNull();
    expect(must(await listOpportunities(app.ctx)).items[0]?.source).toBeNull();
  });

  it('refuses an unknown source, naming the ones accepted, and writes nothing', async () => {
    const before = await snapshot(app);
    const failure = refused(
      await (await import('../opportunities.js')).addOpportunity(app.ctx, {
        kind: 'job',
        company: 'Acme',
        title: 'Analyst',
        source: 'carrier pigeon',
      }),
    );
    expect(failure).toMatchObject({ reason: 'invalid-input', field: 'source' });
    expect(failure.message).toContain('posting, referral, networking, recruiter, other');
    expect(await snapshot(app)).toEqual(before);
  });

  it('is guessed on import from a source column and a referral column', async () => {
    const csv = [
      'Company,Job Title,Date Applied,Source,Referred By',
      'Acme,Analyst,2026-11-02,Indeed,',
      'Globex,Engineer,2026-11-03,LinkedIn,Jane Doe',
      'Initech,Tester,2026-11-04,,',
      'Hooli,Designer,2026-11-05,Staffing agency,no',
    ].join('\n');
    must(await commitImport(app.ctx, bytes(csv)));
    const items = must(await listOpportunities(app.ctx)).items;
    const byCompany = Object.fromEntries(items.map((o) => [o.company, o.source]));
    expect(byCompany).toEqual({
      Acme: 'posting',
      Globex: 'referral',
      Initech: null,
      Hooli: 'recruiter',
    });
  });

  it('travels in the JSON export (version 2), and a version 1 export without sources still imports', async () => {
    const o = await addJob(app, { source: 'networking' });
    await log(app, o.id, 'applied', { on: '2026-11-23' });
    const doc = await exportDocument(app.ctx);
    expect(doc.version).toBe(2);
    expect(doc.opportunities[0]?.source).toBe('networking');
    const old = {
      ...doc,
      version: 1,
      opportunities: doc.opportunities.map(({ source: _source, ...rest }) => rest),
    };
    const other = await testApp({ now: '2026-12-04' });
    try {
      must(await commitImport(other.ctx, bytes(JSON.stringify(old))));
      expect(must(await listOpportunities(other.ctx)).items[0]).toMatchObject({
        company: 'Acme',
        source: null,
      });
    } finally {
      await other.close();
    }
  });
});

describe('How a closed opportunity closed', () => {
  it('shows in show, list and the CSV export; open ones have none', async () => {
    const offered = await addJob(app, { company: 'Acme' });
    const turnedDown = await addJob(app, { company: 'Globex' });
    const open = await addJob(app, { company: 'Initech', source: 'posting' });
    await log(app, offered.id, 'applied', { on: '2026-11-23' });
    await log(app, offered.id, 'offer', { on: '2026-12-01' });
    await log(app, turnedDown.id, 'rejected', { on: '2026-11-30' });
    // A later decision changes nothing (R13): it closed as rejected.
    await log(app, turnedDown.id, 'withdrawn', { on: '2026-12-02' });
    expect(must(await showOpportunity(app.ctx, offered.id))).toMatchObject({
      status: 'closed',
      outcome: 'offer',
    });
    expect(must(await showOpportunity(app.ctx, open.id)).outcome).toBeNull();
    const list = must(await listOpportunities(app.ctx)).items;
    expect(list.map((o) => [o.company, o.status, o.outcome])).toEqual([
      ['Initech', 'active', null],
      ['Globex', 'closed', 'rejected'],
      ['Acme', 'closed', 'offer'],
    ]);
    const file = must(await exportAs(app.ctx, 'csv'));
    const [header, ...rows] = readCsv(file.body).records.map((r) => r.fields);
    const at = (name: string) => header?.indexOf(name) ?? -1;
    expect(rows.map((r) => [r[at('Company')], r[at('Outcome')], r[at('Source')]])).toEqual([
      ['Acme', 'offer', ''],
      ['Globex', 'rejected', ''],
      ['Initech', '', 'posting'],
    ]);
  });
});
