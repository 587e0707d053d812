import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listContacts } from '../lists.js';
import { showOpportunity } from '../opportunities.js';
import { updateSettings } from '../settings.js';
import { must, refused, snapshot, type TestApp, testApp } from '../test-support/test-app.js';
import { type CommitOptions, commitImport, type ImportOptions, previewImport } from './import.js';
import type { ImportItem } from './preview.js';

/** Everything the account holds, every column of contacts and companies included. */
async function everything(app: TestApp) {
  const all = await app.store.read(async (q) => ({
    companies: await q.allCompanies(app.ctx.accountId),
    contacts: await q.allContacts(app.ctx.accountId),
    events: await q.allEvents(app.ctx.accountId),
  }));
  return { ...(await snapshot(app)), all };
}

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const text = (content: string) => new TextEncoder().encode(content);

let app: TestApp;
beforeEach(async () => {
  app = await testApp({ now: '2026-11-23' });
});
afterEach(() => app.close());

const preview = async (bytes: Uint8Array, options: ImportOptions = {}) =>
  must(await previewImport(app.ctx, bytes, options));
const commit = async (bytes: Uint8Array, options: CommitOptions = {}) =>
  must(await commitImport(app.ctx, bytes, options));
const contacts = async () => must(await listContacts(app.ctx)).items;
const brief = (items: readonly ImportItem[]) => items.map((i) => [i.line, i.action, i.label]);

describe('importing LinkedIn connections', () => {
  it('previews rows to add, duplicates and rejects with their lines, writing nothing', async () => {
    const before = await everything(app);
    const p = await preview(fixture('linkedin-connections.csv'), { fileName: 'Connections.csv' });
    expect(p).toMatchObject({ format: 'linkedin', detected: true, rows: 11, written: false });
    expect(p.counts).toMatchObject({
      add: 9,
      merge: 0,
      skip: 1,
      reject: 1,
      newContacts: 9,
      newCompanies: 6,
    });
    expect(p.items.find((i) => i.line === 14)).toEqual({
      line: 14,
      action: 'skip',
      label: 'Jane Doe (Acme Analytics, Inc.)',
      duplicateOf: { line: 5, label: 'Jane Doe (Acme Analytics, Inc.)', by: 'linkedin' },
      reason: 'nothing new',
    });
    expect(p.items.find((i) => i.line === 15)).toMatchObject({
      action: 'reject',
      reason: 'no name: First Name and Last Name are both empty',
    });
    expect(await everything(app)).toEqual(before);
  });

  it('writes contacts and companies; the same file again adds nothing', async () => {
    const first = await commit(fixture('linkedin-connections.csv'));
    expect(first.written).toBe(true);
    const people = await contacts();
    expect(people.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'Jane Doe',
        'Zoë Martin-Lefèvre',
        '小明 王',
        'Алексей Смирнов',
        'محمد العلي',
      ]),
    );
    expect(people).toHaveLength(9);
    expect(people.find((c) => c.name === 'Raj Patel')).toMatchObject({
      company: 'Globex',
      email: null,
    });
    const after = await everything(app);
    const again = await commit(fixture('linkedin-connections.csv'));
    expect(again.counts).toMatchObject({
      add: 0,
      merge: 0,
      newContacts: 0,
      newCompanies: 0,
      updatedContacts: 0,
    });
    expect(again.items.filter((i) => i.action === 'skip')).toHaveLength(10);
    expect(await everything(app)).toEqual(after);
  });

  it('refuses broken rows by line and imports the others', async () => {
    const p = await commit(fixture('linkedin-broken.csv'));
    expect(brief(p.items)).toEqual([
      [5, 'add', 'Jane Doe (Acme Analytics, Inc.)'],
      [6, 'reject', ''],
      [7, 'reject', ''],
      [8, 'add', 'Kim Lee'],
      [9, 'reject', ''],
    ]);
    expect(p.items[3]?.warnings).toEqual([
      'email: "not-an-email" is not an e-mail address; expected name@example.com; left out',
      'connected on: "someday" is not a date; accepted: 2026-01-12, 01/12/2026 or 12/01/2026 (with the date format mdy or dmy), 12.01.2026, 12 Jan 2026, Jan 12, 2026; left out',
    ]);
    expect((await contacts()).map((c) => c.name)).toEqual(['Jane Doe', 'Kim Lee']);
  });
});

describe('importing vCards', () => {
  it('merges a person already there (same e-mail or LinkedIn): fills in blanks, overwrites nothing', async () => {
    await commit(fixture('linkedin-connections.csv'));
    const p = await commit(fixture('contacts.vcf'));
    expect(p.items[0]).toMatchObject({
      action: 'merge',
      duplicateOf: { id: '1', by: 'email' },
      changes: ['fills in phone', 'fills in notes'],
    });
    expect(p.items[2]).toMatchObject({
      action: 'merge',
      duplicateOf: { by: 'linkedin' },
      changes: ['fills in role'],
    });
    const jane = (await contacts()).find((c) => c.name === 'Jane Doe');
    expect(jane).toMatchObject({
      phone: '+1 (312) 555-0199',
      email: 'jane.doe@acme.example',
      company: 'Acme Analytics, Inc.',
    });
    expect(p.counts).toMatchObject({ newContacts: 2, updatedContacts: 2, reject: 2 });
  });

  it('with duplicates=skip, leaves people already there as they are', async () => {
    await commit(fixture('linkedin-connections.csv'));
    const before = (await contacts()).find((c) => c.name === 'Jane Doe');
    const p = await commit(fixture('contacts.vcf'), { duplicates: 'skip' });
    expect(p.items[0]).toMatchObject({
      action: 'skip',
      reason: 'duplicates are skipped (it would fill in phone, notes)',
    });
    expect((await contacts()).find((c) => c.name === 'Jane Doe')).toEqual(before);
  });
});

describe('importing a spreadsheet of applications', () => {
  it('turns a date applied into an applied event that the method schedules', async () => {
    const p = await commit(fixture('applications.csv'));
    expect(p.dateFormat).toMatchObject({ value: 'mdy', from: 'dates', region: null });
    expect(p.mapping?.ignored).toEqual(['Salary']);
    const acme = must(await showOpportunity(app.ctx, '1'));
    expect(acme).toMatchObject({
      company: 'Acme Analytics',
      title: 'Data Analyst',
      status: 'active',
    });
    expect(acme.contact).toMatchObject({
      name: 'Jane Doe',
      email: 'jane.doe@acme.example',
      phone: '312 555 0199',
    });
    expect(acme.events.map((e) => [e.type, e.date])).toEqual([['applied', '2026-11-02']]);
    expect(acme.next[0]).toMatchObject({ action: 'follow-up', dueOn: '2026-11-05', overdue: true });
  });

  it('maps statuses to events without inventing dates, and says so', async () => {
    const p = await commit(fixture('applications.csv'));
    const events = async (id: string) =>
      must(await showOpportunity(app.ctx, id)).events.map((e) => [e.type, e.date, e.note]);
    expect(await events('2')).toEqual([
      ['applied', '2026-11-03', null],
      ['interview', '2026-11-16', null],
    ]);
    expect(await events('3')).toEqual([
      ['applied', '2026-10-28', null],
      ['rejected', '2026-11-10', null],
    ]);
    expect(await events('4')).toEqual([
      ['applied', '2026-10-30', null],
      ['offer', '2026-11-23', 'The spreadsheet said "Offer" without a date'],
    ]);
    expect(await events('5')).toContainEqual([
      'note',
      '2026-11-23',
      'Status in the spreadsheet: Ghosted',
    ]);
    expect(p.items.find((i) => i.line === 9)?.warnings).toEqual([
      'status "Interviewing" has no date: no interview was logged (a note says so); log it with its date',
      'no date applied: nothing is scheduled until you log when you applied',
    ]);
    expect(p.notes).toContain('status "Ghosted": kept as a note');
  });

  it('R5: an "Interview" status dated ahead becomes an interview on that day, so nothing is due before it', async () => {
    const csv = text(
      'Company,Job Title,Date Applied,Status,Status date\nGlobex,Product Analyst,2026-11-10,Interview,2026-12-03\n',
    );
    const p = await commit(csv);
    expect(p.items[0]?.warnings).toEqual([
      'the interview on 2026-12-03 has no time: it is scheduled on that day; add its time to be reminded at the hour',
    ]);
    const globex = must(await showOpportunity(app.ctx, '1'));
    expect(globex.events.map((e) => [e.type, e.date, e.at])).toEqual([
      ['applied', '2026-11-10', null],
      ['interview', '2026-12-03', null],
    ]);
    expect(globex.status).toBe('interviewing');
    // Nothing is due before the interview: no "did you receive my application" call on 2026-11-23.
    expect(globex.next.map((s) => [s.action, s.dueOn])).toEqual([
      ['thank-you-call', '2026-12-04'],
      ['thank-you-note', '2026-12-04'],
      ['check-in', '2026-12-10'],
    ]);
  });

  it('rejects rows without a title or with an impossible date, by line', async () => {
    const p = await preview(fixture('applications.csv'));
    expect(p.items.filter((i) => i.action === 'reject')).toMatchObject([
      {
        line: 7,
        action: 'reject',
        label: 'Wonka Industries',
        reason: 'title: the job title is required and cannot be blank',
      },
      {
        line: 8,
        action: 'reject',
        label: 'ML Engineer at Stark Industries',
        reason: 'applied: "11/31/2026" is not a date in month/day/year order',
      },
    ]);
  });

  it('adds nothing the second time, and merges only what the spreadsheet gained', async () => {
    await commit(fixture('applications.csv'));
    const after = await everything(app);
    const again = await commit(fixture('applications.csv'));
    expect(again.counts).toMatchObject({ add: 0, merge: 0, newEvents: 0, newOpportunities: 0 });
    expect(await everything(app)).toEqual(after);
    const updated = await commit(
      text(
        'Company,Title,Date applied,Status,Status date\nGlobex,Product Analyst,11/03/2026,Rejected,11/20/2026\n',
      ),
    );
    expect(updated.items[0]).toMatchObject({
      action: 'merge',
      duplicateOf: { id: '2', by: 'company-title' },
      changes: ['rejected on 2026-11-20'],
    });
    expect(must(await showOpportunity(app.ctx, '2')).status).toBe('closed');
  });

  it('reads dates that read two ways the way of the holiday region, and says so in words', async () => {
    // The default region is US: month first.
    const us = await preview(fixture('applications-ambiguous-dates.csv'));
    expect(us.dateFormat).toEqual({
      value: 'mdy',
      from: 'region',
      region: 'US',
      example: { text: '03/04/2026', date: '2026-03-04', words: '03/04/2026 read as 4 March 2026' },
    });
    expect(brief(us.items)).toEqual([
      [2, 'add', 'Analyst at Acme'],
      [3, 'add', 'Engineer at Globex'],
      [4, 'add', 'Developer at Initech'],
    ]);
    // Germany writes the day first.
    must(await updateSettings(app.ctx, { holidays: 'DE-BY' }));
    const de = await preview(fixture('applications-ambiguous-dates.csv'));
    expect(de.dateFormat).toMatchObject({
      value: 'dmy',
      from: 'region',
      region: 'DE-BY',
      example: { words: '03/04/2026 read as 3 April 2026' },
    });
    // Dates that read one way only prove the order, whatever the region.
    const proven = await preview(
      text('Company,Title,Date\nAcme,Analyst,03/04/2026\nGlobex,Engineer,12/25/2026\n'),
    );
    expect(proven.dateFormat).toMatchObject({ value: 'mdy', from: 'dates', region: null });
    // The user's choice wins.
    const given = await commit(fixture('applications-ambiguous-dates.csv'), { dateFormat: 'mdy' });
    expect(given.dateFormat).toMatchObject({ value: 'mdy', from: 'option' });
    expect(must(await showOpportunity(app.ctx, '1')).events[0]?.date).toBe('2026-03-04');
  });

  it('corrects the cells of a rejected row before it is checked again, and refuses a correction of nothing', async () => {
    const file = text(
      'Company,Title,Date applied\nAcme,Analyst,yesterday\nGlobex,,2026-11-02\nInitech,Developer,2026-11-03\n',
    );
    const p = await preview(file);
    expect(p.items.filter((i) => i.action === 'reject')).toMatchObject([
      {
        line: 2,
        field: 'applied',
        cells: { company: 'Acme', title: 'Analyst', applied: 'yesterday' },
      },
      { line: 3, field: 'title', cells: { company: 'Globex', applied: '2026-11-02' } },
    ]);
    const edit = ['2:applied=2026-11-04', '3:title=Engineer'];
    const fixed = await preview(file, { edit });
    expect(brief(fixed.items)).toEqual([
      [2, 'add', 'Analyst at Acme'],
      [3, 'add', 'Engineer at Globex'],
      [4, 'add', 'Developer at Initech'],
    ]);
    expect(fixed.items[0]?.warnings).toContain('corrected in the preview: date applied');
    expect(fixed.token).not.toBe(p.token);
    const done = await commit(file, { edit, token: fixed.token });
    expect(done.counts.newOpportunities).toBe(3);
    expect(must(await showOpportunity(app.ctx, '1')).events[0]?.date).toBe('2026-11-04');

    const before = await everything(app);
    for (const [wrong, says] of [
      ['9:title=X', 'edit: line 9 is not a row of the file with cells to correct'],
      ['2:salary=1', 'edit: "2:salary=1" is not LINE:field=value'],
    ] as const) {
      const r = refused(await previewImport(app.ctx, file, { edit: [wrong] }));
      expect(r.message).toContain(says);
      expect(r.field).toBe('edit');
    }
    expect(
      refused(await previewImport(app.ctx, fixture('contacts.vcf'), { edit: ['2:title=X'] })).field,
    ).toBe('edit');
    expect(await everything(app)).toEqual(before);
  });

  it('takes corrections of the guessed columns, and refuses a mapping without company or title', async () => {
    // "Firma" is guessed as the company (it holds "firm"); nothing is taken for the title.
    const file = fixture('applications-excel-de.csv');
    const none = await preview(file);
    expect(none).toMatchObject({
      items: [],
      mapping: { fields: { company: 'Firma', title: null } },
    });
    expect(none.blocked).toBe(
      'map: no column holds the job title; columns: "Firma", "Stelle", "Beworben am", "Status", "Kontakt", "E-Mail", "Notizen"; name one, e.g. title=Stelle',
    );
    expect(refused(await commitImport(app.ctx, file, { token: none.token }))).toMatchObject({
      reason: 'invalid-input',
      field: 'map',
    });
    const p = await commit(file, {
      map: ['title=Stelle', 'applied=beworben am', 'contact=Kontakt', 'notes=Notizen'],
    });
    expect(p.mapping?.fields).toMatchObject({
      company: 'Firma',
      title: 'Stelle',
      applied: 'Beworben am',
      email: 'E-Mail',
    });
    expect(p.notes[0]).toBe(
      'the file is not UTF-8: it was read as Windows-1252, the encoding of Excel on Windows',
    );
    const o = must(await showOpportunity(app.ctx, '1'));
    expect(o).toMatchObject({
      company: 'Müller & Söhne GmbH',
      notes: 'Gehalt: 60.000 €; Remote möglich',
    });
    expect(o.events[0]).toMatchObject({ type: 'applied', date: '2026-11-02' });
    expect(refused(await previewImport(app.ctx, file, { map: ['salary=Gehalt'] })).message).toBe(
      'map: "salary=Gehalt" is not field=column; fields: company, title, applied, status, status-date, contact, email, phone, notes, url, source, referral',
    );
    expect(refused(await previewImport(app.ctx, file, { map: ['title=Job'] })).message).toMatch(
      /^map: no column is named "Job"; columns: "Firma"/,
    );
  });
});

describe('an import writes all of it or nothing', () => {
  it('refuses the whole file with a clear reason when it is not an import: binary, too big, wrong columns', async () => {
    const before = await everything(app);
    const garbage = new Uint8Array(2048).map((_, i) => (i * 131 + 7) % 256);
    expect(refused(await commitImport(app.ctx, garbage))).toMatchObject({
      reason: 'invalid-input',
      field: 'file',
    });
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(refused(await commitImport(app.ctx, big)).message).toMatch(
      /^file: the file is 50\.0 MB; an import takes at most 25\.0 MB/,
    );
    expect(
      refused(await commitImport(app.ctx, fixture('wrong-columns.csv'), { format: 'linkedin' }))
        .message,
    ).toMatch(/^file: no LinkedIn header/);
    expect(refused(await commitImport(app.ctx, fixture('wrong-columns.csv'))).field).toBe('map');
    expect((await preview(fixture('wrong-columns.csv'))).blocked).toMatch(
      /^map: no column holds the company/,
    );
    expect(await everything(app)).toEqual(before);
  });

  it('rolls everything back when the import fails halfway through its writes', async () => {
    const before = await everything(app);
    const crash = await commitImport(app.ctx, fixture('linkedin-connections.csv'), {
      onProgress: (p) => {
        if (p.phase === 'writing' && p.done > 0) throw new Error('the disk is full');
      },
    }).catch((error: Error) => error.message);
    expect(crash).toBe('the disk is full');
    expect(await everything(app)).toEqual(before);
  });

  it('writes exactly what was previewed, or refuses when the data changed since', async () => {
    const file = fixture('linkedin-connections.csv');
    const shown = await preview(file);
    await commit(
      text(
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nKim,Lee,https://www.linkedin.com/in/kimlee,kim@x.example,,,\n',
      ),
    );
    const before = await everything(app);
    const stale = refused(await commitImport(app.ctx, file, { token: shown.token }));
    expect(stale).toMatchObject({ reason: 'stale-version', field: 'token' });
    expect(stale.message).toContain('preview it again');
    expect(await everything(app)).toEqual(before);
    const fresh = await preview(file);
    expect(fresh.token).not.toBe(shown.token);
    expect((await commit(file, { token: fresh.token })).written).toBe(true);
  });

  it('names a bad option and what is accepted', async () => {
    const file = fixture('linkedin-connections.csv');
    expect(refused(await previewImport(app.ctx, file, { format: 'xlsx' })).message).toBe(
      'format: "xlsx" is not accepted; use one of linkedin, vcard, csv, json',
    );
    expect(refused(await previewImport(app.ctx, file, { duplicates: 'overwrite' })).field).toBe(
      'duplicates',
    );
    expect(refused(await previewImport(app.ctx, file, { dateFormat: 'mdy' })).message).toContain(
      'a column mapping and a date format apply to a spreadsheet of applications',
    );
    expect(
      refused(await previewImport(app.ctx, fixture('applications.csv'), { dateFormat: 'ymd' }))
        .field,
    ).toBe('date-format');
  });

  it('reports progress over large files, slice by slice', async () => {
    const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 4500; i++)
      lines.push(
        `Person,N${i},https://www.linkedin.com/in/p${i},,Company ${i % 300},Engineer,01 Jan 2026`,
      );
    const seen: number[] = [];
    const p = must(
      await commitImport(app.ctx, text(lines.join('\n')), { onProgress: (x) => seen.push(x.done) }),
    );
    expect(p.counts).toMatchObject({ add: 4500, newContacts: 4500, newCompanies: 300 });
    expect(seen).toEqual([0, 2000, 4000, 4500, 4500]);
    expect(await contacts()).toHaveLength(4500);
  });
});
