import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCsv } from '../formats/csv-table.js';
import type { ExportDocument } from '../formats/export-document.js';
import { exportAs, exportDocument } from './export.js';
import { commitImport } from './import/import.js';
import { listContacts } from './lists.js';
import { addOpportunity } from './opportunities.js';
import { updateSettings } from './settings.js';
import { exportDocuments } from './test-support/export-arbitraries.js';
import {
  addJob,
  log,
  must,
  refused,
  snapshot,
  type TestApp,
  testApp,
} from './test-support/test-app.js';
import { today } from './today.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const json = (doc: ExportDocument) => bytes(JSON.stringify(doc));

/** Restores a document into a new, empty account and exports it again. */
async function roundTrip(doc: ExportDocument): Promise<ExportDocument> {
  const app = await testApp({ now: '2026-11-23' });
  try {
    must(await commitImport(app.ctx, json(doc)));
    return await exportDocument(app.ctx);
  } finally {
    await app.close();
  }
}

describe('export and restore', () => {
  it('export -> import into an empty account -> export gives the same document (random accounts)', async () => {
    await fc.assert(
      fc.asyncProperty(exportDocuments, async (doc) => {
        const first = await roundTrip(doc);
        expect({ ...first, exportedAt: doc.exportedAt }).toEqual(doc);
        expect(await roundTrip(first)).toEqual(first);
      }),
      { numRuns: 40 },
    );
    // Many random accounts, each through the database: generous on a loaded machine.
  }, 180_000);

  describe('of an account made through the use cases', () => {
    let app: TestApp;
    beforeEach(async () => {
      app = await testApp({ now: '2026-11-23' });
      must(
        await updateSettings(app.ctx, {
          name: 'Sam Lee',
          phone: '312 555 0100',
          playbook: { maxFollowUps: 4 },
        }),
      );
      const acme = await addJob(app, {
        contact: { name: 'Jane Doe', email: 'jane@acme.example', role: 'hiring-manager' },
      });
      await log(app, acme.id, 'applied', { on: '2026-11-16' });
      await log(app, acme.id, 'voicemail', {
        on: '2026-11-19',
        note: 'left the three-part message',
      });
      const globex = await addJob(app, {
        company: 'Globex',
        title: 'Engineer',
        appliedOn: '2026-11-10',
      });
      await log(app, globex.id, 'interview', { at: '2026-11-30T10:00' });
      must(
        await addOpportunity(app.ctx, {
          kind: 'networking',
          contact: { name: 'Bo Chen' },
          appliedOn: '2026-11-20',
        }),
      );
      await log(app, acme.id, 'callback', { on: '2026-11-20', until: '2026-12-01' });
    });
    afterEach(() => app.close());

    it('restores the same document, and the same today list, in an empty account', async () => {
      const doc = await exportDocument(app.ctx);
      expect(doc.opportunities).toHaveLength(3);
      expect(doc.events.map((e) => e.type)).toEqual([
        'applied',
        'voicemail',
        'callback',
        'applied',
        'interview',
        'reached-out',
      ]);
      const restored = await testApp({ now: '2026-11-23' });
      try {
        must(await commitImport(restored.ctx, json(doc)));
        expect(await exportDocument(restored.ctx)).toEqual(doc);
        expect(await today(restored.ctx)).toEqual(await today(app.ctx));
      } finally {
        await restored.close();
      }
    });

    it('refuses to restore into an account that holds data, writing nothing', async () => {
      const doc = await exportDocument(app.ctx);
      const before = await snapshot(app);
      const refusal = refused(await commitImport(app.ctx, json(doc)));
      expect(refusal).toMatchObject({ reason: 'not-empty', field: 'file' });
      expect(refusal.message).toBe(
        'file: a JustEnough export restores into an empty account only, and this one holds 3 opportunities, 2 contacts and 2 companies, so importing it will be refused; use a new data directory (--data) to restore it',
      );
      expect(await snapshot(app)).toEqual(before);
    });

    it('refuses a document with a bad value, naming where it is', async () => {
      const doc = await exportDocument(app.ctx);
      const empty = await testApp();
      try {
        const broken = (change: (d: ExportDocument) => void) => {
          const copy = structuredClone(doc) as ExportDocument;
          change(copy);
          return json(copy);
        };
        const message = async (change: (d: ExportDocument) => void) =>
          refused(await commitImport(empty.ctx, broken(change))).message;
        expect(await message((d) => Object.assign(d.contacts[0] ?? {}, { email: 'jane@' }))).toBe(
          'file: contacts[0].email: "jane@" is not an e-mail address; expected name@example.com',
        );
        expect(await message((d) => Object.assign(d.events[1] ?? {}, { type: 'lunch' }))).toMatch(
          /^file: events\[1\]\.type: unknown event "lunch"/,
        );
        expect(
          await message((d) => Object.assign(d.opportunities[0] ?? {}, { contactId: 99 })),
        ).toBe('file: opportunities[0].contactId: no contact has the id 99');
        expect(
          await message((d) => Object.assign(d.settings, { timeZone: 'Mars/Olympus' })),
        ).toMatch(/^file: settings: "Mars\/Olympus" is not a time zone/);
        expect(await message((d) => Object.assign(d.contacts[0] ?? {}, { age: 3 }))).toBe(
          'file: contacts[0]: unknown field "age"',
        );
        expect(await exportDocument(empty.ctx)).toMatchObject({
          companies: [],
          contacts: [],
          opportunities: [],
          events: [],
        });
      } finally {
        await empty.close();
      }
    });

    it('writes opportunities with their next steps as CSV, one row each, safe from formulas', async () => {
      must(
        await addOpportunity(app.ctx, {
          kind: 'job',
          company: '=HYPERLINK("http://x.example")',
          title: '+1 Analyst',
          notes: '@mention -5',
        }),
      );
      const file = must(await exportAs(app.ctx, 'csv'));
      expect(file).toMatchObject({
        fileName: 'justenough-opportunities-2026-11-23.csv',
        contentType: 'text/csv; charset=utf-8',
        count: 4,
      });
      expect(file.body.startsWith('\uFEFFId,Kind,Company,Title,Status,Contact')).toBe(true);
      expect(file.body).toContain('\r\n');
      const rows = readCsv(file.body.slice(1)).records.map((r) => r.fields);
      expect(rows).toHaveLength(5);
      const [header, acme, globex, , evil] = rows;
      const at = (row: readonly string[] | undefined, column: string) =>
        row?.[header?.indexOf(column) ?? -1];
      expect(at(acme, 'Next step')).toBe('Follow-up 2 of 4');
      expect(at(acme, 'Due on')).toBe('2026-12-01');
      expect(at(acme, 'Contact')).toBe('Jane Doe');
      expect(at(acme, 'Applied on')).toBe('2026-11-16');
      expect(at(globex, 'Status')).toBe('interviewing');
      expect(at(evil, 'Company')).toBe(`'=HYPERLINK("http://x.example")`);
      expect(at(evil, 'Title')).toBe("'+1 Analyst");
      expect(at(evil, 'Notes')).toBe("'@mention -5");
    });

    it('writes contacts as vCard 3.0, which imports back into the same people', async () => {
      const file = must(await exportAs(app.ctx, 'vcard'));
      expect(file).toMatchObject({
        fileName: 'justenough-contacts-2026-11-23.vcf',
        contentType: 'text/vcard; charset=utf-8',
        count: 2,
      });
      expect(file.body).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
      const other = await testApp();
      try {
        const imported = must(await commitImport(other.ctx, bytes(file.body)));
        expect(imported.counts).toMatchObject({ add: 2, reject: 0 });
        const strip = (items: readonly { id: string; opportunities: number }[]) =>
          items.map(({ id: _, opportunities: __, ...rest }) => rest);
        expect(strip(must(await listContacts(other.ctx)).items)).toEqual(
          strip(must(await listContacts(app.ctx)).items),
        );
      } finally {
        await other.close();
      }
    });

    it('refuses a format it does not write', async () => {
      expect(refused(await exportAs(app.ctx, 'xlsx')).message).toBe(
        'format: "xlsx" is not accepted; use one of json, csv, vcard',
      );
    });
  });
});
