import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering of shared/design/architecture.md, checked on every import of every source file.
const SRC = import.meta.dirname;

const WEB = join(SRC, '..', 'web', 'src');

function sources(folder: string, root = SRC): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('test-support'))
    .map((f) => join(root, folder, f));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? '');
}

function violations(
  folder: string,
  allowed: (target: string, file: string) => boolean,
  root = SRC,
): string[] {
  return sources(folder, root).flatMap((file) =>
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
    expect(importsOf(join(SRC, 'wiring', 'open-app.ts'))).toContain('../store/store.js');
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
    // Hashing passwords and secrets is part of the sign-in use cases, and none of the three:
    // the platform's crypto, argon2id and the shipped list of common passwords only; and the
    // passkeys' checks (WebAuthn) with SimpleWebAuthn's server library.
    const crypto = [
      'node:crypto',
      '@node-rs/argon2',
      'fxa-common-password-list',
      '@simplewebauthn/server',
      '@simplewebauthn/server/helpers',
    ];
    expect(
      violations('app', (t, f) =>
        t.startsWith('.')
          ? ['core', 'store', 'app', 'formats'].includes(layerOf(t, f) ?? '')
          : crypto.includes(t),
      ),
    ).toEqual([]);
  });

  it("formats (files in and out) are pure: core, the contract's views, the parsers; no database, terminal or HTTP", () => {
    expect(
      violations('formats', (t, f) =>
        t.startsWith('.')
          ? ['core', 'formats', 'contract'].includes(layerOf(t, f) ?? '')
          : [
              'csv-parse/sync',
              'ical.js',
              'ical-generator',
              'zod',
              'node:crypto',
              'htmlparser2',
              'domhandler',
              'domutils',
              'schema-dts',
            ].includes(t),
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

  it('the contract is schemas only: zod and the names of core', () => {
    expect(
      violations('contract', (t, f) =>
        t.startsWith('.') ? layerOf(t, f) === 'contract' || t === '../core/names.js' : t === 'zod',
      ),
    ).toEqual([]);
  });

  it('the web app reaches src/ only through the contract and the pure core', () => {
    const inSrc = (t: string, f: string) => relative(SRC, join(f, '..', t));
    expect(
      violations(
        '.',
        (t, f) => {
          const target = inSrc(t, f);
          if (!t.startsWith('.') || target.startsWith('..')) return true;
          return target.startsWith('contract/') || target.startsWith('core/');
        },
        WEB,
      ),
    ).toEqual([]);
  });

  it('the server never imports the command line', () => {
    expect(violations('server', (t, f) => layerOf(t, f) !== 'cli')).toEqual([]);
  });

  it('the command line reaches the server only through its entry, server/main.ts', () => {
    expect(
      violations(
        'cli',
        (t, f) =>
          layerOf(t, f) !== 'server' || relative(SRC, join(f, '..', t)) === 'server/main.js',
      ),
    ).toEqual([]);
  });

  it('what both adapters use (wiring, mail, secrets, fetch, push) imports neither adapter', () => {
    const adapters = ['cli', 'server'];
    for (const folder of ['wiring', 'mail', 'secrets', 'fetch', 'push']) {
      expect(violations(folder, (t, f) => !adapters.includes(layerOf(t, f) ?? ''))).toEqual([]);
    }
  });

  it('wiring opens the app: options, data directory, clock, store, account, the holiday table, the code cache; nothing else', () => {
    expect(
      violations('wiring', (t, f) =>
        t.startsWith('.')
          ? ['wiring', 'app', 'store', 'core'].includes(layerOf(t, f) ?? '')
          : ['env-paths', 'node:path', 'node:fs', 'node:module', 'node:url', 'node:vm'].includes(t),
      ),
    ).toEqual([]);
  });
  it('files stay small enough to read at once: none of the web app over 300 lines, the median of src/ under 110', () => {
    const length = (f: string) => readFileSync(f, 'utf8').split('\n').length - 1;
    const long = sources('.', WEB)
      .filter((f) => length(f) > 300)
      .map((f) => `${relative(WEB, f)}: ${length(f)} lines`);
    expect(long).toEqual([]);
    const counts = sources('.')
      .map(length)
      .sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThan(110);
  });
});
