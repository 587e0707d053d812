import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering of shared/design/architecture.md, checked on every import of every source file.
const SRC = import.meta.dirname;

function sources(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('test-support'))
    .map((f) => join(SRC, folder, f));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? '');
}

function violations(folder: string, allowed: (target: string, file: string) => boolean): string[] {
  return sources(folder).flatMap((file) =>
    importsOf(file)
      .filter((target) => !allowed(target, file))
      .map((target) => `${relative(SRC, file)} imports ${target}`),
  );
}

const layerOf = (target: string, file: string): string | undefined => {
  if (!target.startsWith('.')) return undefined;
  return relative(SRC, join(file, '..', target)).split('/')[0];
};

describe('architecture', () => {
  it('reads the imports of a source file, static and dynamic', () => {
    expect(importsOf(join(SRC, 'cli', 'wire.ts'))).toContain('../store/store.js');
    expect(importsOf(join(SRC, 'cli', 'program.ts'))).toContain('./commands/today.js');
  });

  it('core is pure: it imports only core, Temporal and the holiday data', () => {
    expect(
      violations('core', (t, f) =>
        t.startsWith('.')
          ? layerOf(t, f) === 'core'
          : ['temporal-polyfill', 'date-holidays'].includes(t),
      ),
    ).toEqual([]);
  });

  it('core reads no clock and does no Date arithmetic', () => {
    const offenders = sources('core').filter((f) =>
      /Temporal\.Now|new Date\(|Date\.now\(/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('app knows nothing of the terminal, HTTP or SQL', () => {
    expect(
      violations('app', (t, f) =>
        t.startsWith('.')
          ? ['core', 'store', 'app', 'formats'].includes(layerOf(t, f) ?? '')
          : false,
      ),
    ).toEqual([]);
  });

  it('formats (files in and out) are pure: core, the parsers, no database, terminal or HTTP', () => {
    expect(
      violations('formats', (t, f) =>
        t.startsWith('.')
          ? ['core', 'formats'].includes(layerOf(t, f) ?? '')
          : ['csv-parse/sync', 'ical.js', 'zod', 'node:crypto'].includes(t),
      ),
    ).toEqual([]);
  });

  it('store is the only place that touches the database and depends on no use case', () => {
    expect(
      violations('store', (t, f) =>
        t.startsWith('.')
          ? layerOf(t, f) === 'store'
          : ['kysely', 'better-sqlite3', 'pg', 'node:fs', 'node:path'].includes(t),
      ),
    ).toEqual([]);
    const sqlOutside = ['core', 'app', 'cli', 'formats'].flatMap((folder) =>
      violations(folder, (t) => !['kysely', 'better-sqlite3', 'pg'].includes(t)),
    );
    expect(sqlOutside).toEqual([]);
  });

  it('the command line reaches the database only through app and store wiring', () => {
    expect(violations('cli', (t) => !['kysely', 'better-sqlite3', 'pg'].includes(t))).toEqual([]);
  });
});
