// What the built command line loads, read from dist/ (built by `pretest`): the packages it
// needs at run time are exactly `dependencies`, and a command that only reads loads none of
// the code that a few commands need (passwords, the server, mail, the file formats). The server
// is a CommonJS bundle of its own (dist/cli/serve.cjs): what it runs at start is read from
// esbuild's account of it (serve.cjs.meta.json).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli');
const BUILTIN = new Set(builtinModules);

const files = readdirSync(CLI, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(CLI, f));
const SERVER = join(CLI, 'serve.cjs');

// Static imports and re-exports of a minified ES module; dynamic import("...") separately.
const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?"([\w@./-]+)"/g;
const DYNAMIC = /\bimport\(\s*"([\w@./-]+)"\s*\)/g;
const REQUIRE = /\brequire\(\s*"([\w@./-]+)"\s*\)/g;
const specifiers = (file: string, pattern: RegExp) =>
  [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1] ?? '');
const isPackage = (s: string) =>
  !s.startsWith('.') && !s.startsWith('node:') && !BUILTIN.has(s.split('/')[0] ?? '');
const packageOf = (s: string) =>
  s
    .split('/')
    .slice(0, s.startsWith('@') ? 2 : 1)
    .join('/');

/** The files a module loads before it runs: its static imports, transitively. */
function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const s of specifiers(file, STATIC))
      if (s.startsWith('.')) visit(resolve(dirname(file), s));
  };
  visit(entry);
  return seen;
}

/** The package a file under node_modules/ belongs to: its innermost node_modules/ names it. */
const packageOfFile = (file: string) =>
  packageOf(file.slice(file.lastIndexOf('node_modules/') + 'node_modules/'.length));

/** The npm packages whose code a built file holds, from its source map. */
function bundledPackages(file: string): string[] {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
  return map.sources.filter((s) => s.includes('node_modules/')).map(packageOfFile);
}

interface Metafile {
  readonly inputs: Record<
    string,
    { readonly imports: readonly { path: string; kind: string; external?: boolean }[] }
  >;
}

/**
 * The npm packages the server's bundle runs as it starts: the files its entry imports,
 * transitively, and the packages they name. A require() inside a package counts too (a
 * CommonJS package requires at its top); what waits for its first use is an import() or our
 * own require() of the holiday rules (src/wiring/holiday-rules-inline.ts), run inside a function.
 */
function serverStartPackages(): Set<string> {
  const { inputs } = JSON.parse(readFileSync(`${SERVER}.meta.json`, 'utf8')) as Metafile;
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const inPackage = file.includes('node_modules/');
    if (inPackage) packages.add(packageOfFile(file));
    for (const i of inputs[file]?.imports ?? []) {
      if (i.kind !== 'import-statement' && !(i.kind === 'require-call' && inPackage)) continue;
      if (i.external) {
        if (isPackage(i.path)) packages.add(packageOf(i.path));
      } else visit(i.path);
    }
  };
  visit('src/cli/commands/serve.ts');
  expect(seen.size, 'the metafile names the entry and what it imports').toBeGreaterThan(100);
  return packages;
}

describe('what the built command line loads', () => {
  it('needs at run time exactly the packages `dependencies` lists, and no other', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const imported = new Set(
      [
        ...files.flatMap((f) => [...specifiers(f, STATIC), ...specifiers(f, DYNAMIC)]),
        ...specifiers(SERVER, REQUIRE),
        ...specifiers(SERVER, DYNAMIC),
      ]
        .filter(isPackage)
        .map(packageOf),
    );
    // pg's optional native driver, and the colours of debug (under web-push and the OpenAPI
    // writer), are loaded only if installed; neither is ever a dependency.
    imported.delete('pg-native');
    imported.delete('supports-color');
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  /** The npm packages a command loads before it runs, from main.js and its own chunk. */
  const packagesLoadedBy = (command: string) => {
    const chunk = files.find((f) => new RegExp(`[/\\\\]${command}-[\\w-]+\\.js$`).test(f));
    expect(chunk, `the ${command} command is a chunk of its own`).toBeDefined();
    const loaded = new Set([...loadedBy(join(CLI, 'main.js')), ...loadedBy(chunk as string)]);
    return new Set([
      ...[...loaded].flatMap(bundledPackages),
      ...[...loaded].flatMap((f) => specifiers(f, STATIC).filter(isPackage).map(packageOf)),
    ]);
  };
  const loads = (command: string, heavy: readonly string[]) => {
    const loaded = command === 'serve' ? serverStartPackages() : packagesLoadedBy(command);
    return heavy.filter((p) => loaded.has(p));
  };

  // What only a few requests or commands need: passwords (a 240 KB list, argon2's native code),
  // passkeys (WebAuthn and the certificate parsing under it), IMAP and MIME, sending mail, the
  // calendar writer.
  const OCCASIONAL = [
    'fxa-common-password-list',
    '@node-rs/argon2',
    '@simplewebauthn/server',
    '@peculiar/asn1-schema',
    'imapflow',
    'mailparser',
    'nodemailer',
    'ical-generator',
  ];

  it('a command that only reads (today) loads neither the server nor the occasional code', () => {
    expect(
      loads('today', [
        ...OCCASIONAL,
        'fastify',
        'zod',
        'ical.js',
        'date-holidays',
        'csv-parse',
        'htmlparser2',
        'pg',
      ]),
    ).toEqual([]);
  });

  it('the server starts without the occasional code: it loads with the first request that needs it', () => {
    expect(loads('serve', OCCASIONAL)).toEqual([]);
  });

  it('the server starts without what only some requests need or none runs: holidays, the OpenAPI writer, the file readers, the page reader, ajv, glob', () => {
    // The holidays come from the table (or with a year it does not hold), the OpenAPI document
    // with its first request, the readers of files with the first import or export, the HTML
    // parser with the first capture; ajv and glob are never run (scripts/build.mjs).
    expect(
      loads('serve', [
        'date-holidays',
        'moment-timezone',
        '@fastify/swagger',
        'yaml',
        'csv-parse',
        'ical.js',
        'htmlparser2',
        'entities',
        'ajv',
        '@fastify/ajv-compiler',
        'glob',
      ]),
    ).toEqual([]);
  });

  it('the server starts with what its first answers need: Fastify, zod, the store; the command line holds none of it', () => {
    // Nor any import(): Node 20 cannot run one in a script from a code cache (src/wiring/code-cache.ts).
    expect(specifiers(SERVER, DYNAMIC)).toEqual([]);
    // Strict, as the ES modules it is built from are.
    expect(readFileSync(SERVER, 'utf8').startsWith('"use strict";')).toBe(true);
    // The command line's `serve` loads the server's bundle (src/cli/commands/serve-bundle.ts).
    expect(files.filter((f) => bundledPackages(f).includes('fastify'))).toEqual([]);
    expect(loads('serve', ['fastify', 'zod', 'kysely', 'better-sqlite3'])).toEqual([
      'fastify',
      'zod',
      'kysely',
      'better-sqlite3',
    ]);
  });

  it("the app's holidays come from the table; the rules (dist/cli/holidays.js) are imported by no file", () => {
    // src/wiring/bundled-holidays.ts requires them at a year the table does not hold; the
    // server's bundle holds them, run then (serve.cjs names no file of dist/cli).
    const holidayChunk = files.find((f) => /[/\\]bundled-holidays-[\w-]+\.js$/.test(f));
    expect(holidayChunk, 'the app asks bundled-holidays.ts for its holidays').toBeDefined();
    expect(bundledPackages(holidayChunk as string)).toEqual([]);
    const importers = files.filter((f) =>
      [...specifiers(f, STATIC), ...specifiers(f, DYNAMIC)].some((s) =>
        /(^|\/)holidays\.js$/.test(s),
      ),
    );
    expect(importers).toEqual([]);
    expect(specifiers(SERVER, REQUIRE).filter((s) => s.startsWith('.'))).toEqual([]);
    expect(bundledPackages(join(CLI, 'holidays.js'))).toContain('date-holidays');
    expect(bundledPackages(SERVER)).toContain('date-holidays');
  });
});

describe("the server's code cache", () => {
  it('is one this Node takes: serve compiles from it, not from the source', () => {
    const code = `
      const { loadCachedBundle } = await import(${JSON.stringify(join(CLI, 'code-cache.js'))});
      console.log(String(loadCachedBundle(${JSON.stringify(SERVER)}).cacheAccepted));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('true');
  });
});
