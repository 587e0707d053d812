import vCard from 'vcf';
import { afterEach, describe, expect, it } from 'vitest';
import { exportAs } from './export.js';
import { commitImport } from './import/import.js';
import { editOpportunity } from './opportunities.js';
import { addJob, must, type TestApp, testApp } from './test-support/test-app.js';

let app: TestApp;
afterEach(async () => {
  await app.close();
});

// The vcf package parses every card on its own (unfolding, parameters), independent of ical.js,
// which writes them; it leaves values escaped as written, so they are unescaped here.
const unescapeVcf = (text: string) =>
  text.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function cards(body: string) {
  return vCard.parse(body).map((card) => {
    const value = (key: string) => {
      const property = card.get(key);
      if (property === undefined) return undefined;
      if (Array.isArray(property)) throw new Error(`${key} given ${property.length} times`);
      return unescapeVcf(String(property.valueOf()));
    };
    return {
      version: card.version,
      uid: value('uid'),
      fn: value('fn'),
      title: value('title'),
      url: value('url'),
      note: value('note'),
      email: value('email'),
    };
  });
}

async function exported() {
  return cards(must(await exportAs(app.ctx, 'vcard')).body);
}

describe('vCard export: every card has a stable UID, a title, the LinkedIn URL and a note naming the opportunity', () => {
  it('gives each contact its own UID, the same at every export and after an edit', async () => {
    app = await testApp();
    await addJob(app, { contact: { name: 'Jane Doe', email: 'jane@acme.example' } });
    const second = await addJob(app, { company: 'Globex', contact: { name: 'Chen Wei' } });
    const first = await exported();
    expect(first).toHaveLength(2);
    for (const card of first)
      expect(card.uid).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    expect(new Set(first.map((c) => c.uid)).size).toBe(2);
    must(
      await editOpportunity(app.ctx, {
        id: String(second.id),
        contact: { name: 'Chen Wei', email: 'chen@globex.example' },
      }),
    );
    const again = await exported();
    expect(again.map((c) => [c.fn, c.uid])).toEqual(first.map((c) => [c.fn, c.uid]));
  });

  it('writes the title, the LinkedIn profile and the opportunity, read back by a second parser', async () => {
    app = await testApp();
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Jane Doe',
      'ORG:Acme\\, Inc.',
      'TITLE:Head of Data',
      'EMAIL:jane@acme.example',
      'URL:https://www.linkedin.com/in/jane-doe',
      'NOTE:met at the meetup',
      'END:VCARD',
    ].join('\r\n');
    must(await commitImport(app.ctx, new TextEncoder().encode(card), { fileName: 'jane.vcf' }));
    const o = await addJob(app, { company: 'Acme, Inc.', contact: { name: 'Jane Doe' } });
    const bi = await addJob(app, {
      company: 'Acme, Inc.',
      title: 'BI Lead',
      contact: { name: 'Jane Doe' },
    });
    const [jane, ...others] = await exported();
    expect(others).toEqual([]);
    expect(jane).toEqual({
      version: '3.0',
      uid: expect.stringMatching(/^urn:uuid:/) as unknown,
      fn: 'Jane Doe',
      title: 'Head of Data',
      url: 'https://www.linkedin.com/in/jane-doe',
      note: `Opportunities in JustEnough: Data Analyst at Acme, Inc. (#${o.id}); BI Lead at Acme, Inc. (#${bi.id})\n\nmet at the meetup`,
      email: 'jane@acme.example',
    });
  });
});
