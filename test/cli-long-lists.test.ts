// biome-ignore-all lint/suspicious/noExplicitAny: JSON read back from the command is checked by the assertions
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDataDir } from './cli.js';

// More rows than one page (500): `list` and `contacts` still print every one, read a page at a time.
const ROWS = 1203;
let data: { dir: string; remove: () => void };
const run = (args: readonly string[]) => cli(['--data', data.dir, '--now', '2026-11-23', ...args]);

beforeAll(async () => {
  data = tempDataDir();
  const file = join(data.dir, 'applications.csv');
  const lines = ['Company,Title,Contact'];
  for (let i = 0; i < ROWS; i++)
    lines.push(`Company ${i},Analyst ${i},Person ${String(i).padStart(4, '0')}`);
  writeFileSync(file, lines.join('\n'));
  const imported = await run(['import', file, '--yes', '--json']);
  expect(imported.stderr).toBe('');
}, 120_000);
afterAll(() => data.remove());

describe('long lists on the command line', () => {
  it('list --json holds every opportunity once, newest first, as one JSON document', async () => {
    const r = await run(['list', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const ids = doc.items.map((o: any) => Number(o.id));
    expect(ids).toHaveLength(ROWS);
    expect(new Set(ids).size).toBe(ROWS);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect([doc.total, doc.nextCursor]).toEqual([ROWS, null]);
    // Formatted as JSON.stringify(document, null, 2) would.
    expect(r.stdout.trimEnd()).toBe(JSON.stringify(doc, null, 2));
  });

  it('list prints the count, then every opportunity', async () => {
    const r = await run(['list']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${ROWS} opportunities`);
    expect(lines.slice(1)).toHaveLength(ROWS);
    // Newest first: the last line is the first row of the file.
    expect(lines[1]).toContain(`#${ROWS} `);
    expect(lines[ROWS]).toMatch(/#1 .*Person 0000/);
  });

  it('contacts --json and contacts hold every person once, by name', async () => {
    const doc = JSON.parse((await run(['contacts', '--json'])).stdout);
    const names = doc.items.map((c: any) => c.name);
    expect(names).toHaveLength(ROWS);
    expect(names).toEqual([...names].sort());
    expect(doc.items.every((c: any) => c.opportunities === 1)).toBe(true);
    const text = (await run(['contacts'])).stdout.trimEnd().split('\n');
    expect(text[0]).toBe(`${ROWS} contacts`);
    expect(text).toHaveLength(ROWS + 1);
  });

  it('an empty list is still one JSON document', async () => {
    const r = await run(['list', '--json', '--search', 'nothing like this']);
    expect(JSON.parse(r.stdout)).toEqual({ items: [], total: 0, nextCursor: null });
    expect((await run(['list', '--search', 'nothing like this'])).stdout.trim()).toBe(
      'No opportunities found.',
    );
  });
});
