// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the command is checked by the assertions
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDataDir } from './cli.js';

// `justenough contacts` after a LinkedIn import: what the import brought is shown.
let data: { dir: string; remove: () => void };
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

const run = (args: readonly string[]) => cli(['--data', data.dir, '--now', '2026-11-23', ...args]);

async function json(args: readonly string[]): Promise<any> {
  const r = await run([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('justenough contacts', () => {
  it('shows the position and LinkedIn profile an import brought, and finds people by position', async () => {
    const file = join(data.dir, 'Connections.csv');
    writeFileSync(
      file,
      [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        'Jane,Doe,https://www.linkedin.com/in/janedoe,jane@acme.example,Acme,Hiring Manager,12 Jan 2026',
        'Kim,Lee,,,,,',
      ].join('\n'),
    );
    expect(await json(['import', file, '--yes'])).toMatchObject({ written: true });
    const { items } = await json(['contacts']);
    expect(items).toEqual([
      {
        id: expect.any(String),
        name: 'Jane Doe',
        email: 'jane@acme.example',
        phone: null,
        role: null,
        company: 'Acme',
        opportunities: 0,
        linkedinUrl: 'https://www.linkedin.com/in/janedoe',
        position: 'Hiring Manager',
        connectedOn: '2026-01-12',
        notes: null,
      },
      expect.objectContaining({
        name: 'Kim Lee',
        linkedinUrl: null,
        position: null,
        connectedOn: null,
        notes: null,
      }),
    ]);
    expect((await json(['contacts', '--search', 'manager'])).items.map((c: any) => c.name)).toEqual(
      ['Jane Doe'],
    );

    const human = await run(['contacts']);
    expect(human.code).toBe(0);
    expect(human.stdout.split('\n')).toEqual([
      '2 contacts',
      '  Jane Doe · Hiring Manager at Acme · jane@acme.example  0 opportunities',
      '    https://www.linkedin.com/in/janedoe',
      '  Kim Lee  0 opportunities',
      '',
    ]);
  });
});
