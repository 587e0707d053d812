// Bundles the command line: one file per command group loads far faster than
// hundreds of ES modules resolved one by one (Kysely alone is ~400 files).
import { chmod, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { writeCodeCache } from './code-cache.mjs';
import { writeHolidayTable } from './holiday-table.mjs';

// Code that `serve` would compile at each start and never runs stays out of the bundle; should it
// be asked for all the same, it says why it is not there.
// - Fastify is given its compilers of route schemas up front (src/server/schema-compilers.ts: zod for
//   what comes in, JSON.stringify for what goes out): it never loads ajv or fast-json-stringify.
// - @fastify/static lists files with glob only without `wildcard` (src/server/web-app.ts sets it).
// About 750 KB less to compile.
// Each: who asks for it, and what stands in its place.
const LEFT_OUT = {
  '@fastify/ajv-compiler': { by: 'fastify', contents: 'throw new Error(WHY);' },
  '@fastify/fast-json-stringify-compiler': { by: 'fastify', contents: 'throw new Error(WHY);' },
  glob: { by: '@fastify/static', contents: 'exports.glob = () => { throw new Error(WHY); };' },
};
/** A plugin that gives one importer another file in place of the one it names. */
const standIn = (name, filter, importer, file) => ({
  name,
  setup(builder) {
    builder.onResolve({ filter }, (args) =>
      args.importer.endsWith(importer) ? { path: resolve(file) } : undefined,
    );
  },
});
// In the bundle, core/holidays.ts is an entry of its own (dist/cli/holidays.js), and the app
// asks src/wiring/bundled-holidays.ts instead: the holiday table first, the rules when needed.
const bundledHolidays = standIn(
  'bundled-holidays',
  /\/core\/holidays\.js$/,
  '/src/app/method-settings.ts',
  'src/wiring/bundled-holidays.ts',
);
// In the command line's bundle, `serve` is src/cli/commands/serve-bundle.ts: it loads the server's
// bundle, dist/cli/serve.cjs, with the code cache the build makes of it (scripts/code-cache.mjs).
const serveBundle = standIn(
  'serve-bundle',
  /^\.\/commands\/serve\.js$/,
  '/src/cli/program.ts',
  'src/cli/commands/serve-bundle.ts',
);
// In the server's bundle the holiday rules are inside it (src/wiring/holiday-rules-inline.ts).
const inlineHolidayRules = standIn(
  'inline-holiday-rules',
  /^\.\/holiday-rules\.js$/,
  '/src/wiring/bundled-holidays.ts',
  'src/wiring/holiday-rules-inline.ts',
);
// The server's bundle has no import(): Node 20 cannot run one in a script made from a code cache
// (src/wiring/code-cache.ts). An import() of a built-in module becomes a require at that moment.
const builtinImportsRequired = {
  name: 'builtin-imports-required',
  setup(builder) {
    builder.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, namespace: 'builtin' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
const leftOut = {
  name: 'left-out',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, (args) =>
      Object.hasOwn(LEFT_OUT, args.path) &&
      args.importer.includes(`node_modules/${LEFT_OUT[args.path].by}/`)
        ? { path: args.path, namespace: 'left-out' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
      contents: `const WHY = ${JSON.stringify(`${args.path} is left out of the bundle (scripts/build.mjs)`)};\n${LEFT_OUT[args.path].contents}`,
      loader: 'js',
    }));
  },
};

// Only the command line's own output: dist/web is the web app's build (Vite).
await rm('dist/cli', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Less to parse at every start; the source map keeps stack traces readable.
  minify: true,
  // Native or optional at run time: resolved from node_modules, not bundled.
  external: ['better-sqlite3', 'pg', 'pg-native', '@node-rs/argon2'],
  logLevel: 'warning',
};
await build({
  ...common,
  // The thread that reads large import files for the server is a file of its own; the loader
  // of code-cached bundles too, for the build's warm-up (scripts/code-cache.mjs).
  entryPoints: {
    main: 'src/cli/main.ts',
    'read-file-thread': 'src/server/read-file-thread.ts',
    holidays: 'src/core/holidays.ts',
    'code-cache': 'src/wiring/code-cache.ts',
  },
  outdir: 'dist/cli',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies inside an ES module bundle still call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  plugins: [leftOut, bundledHolidays, serveBundle],
});
await chmod('dist/cli/main.js', 0o755);
// The server: one CommonJS file, which Node can load with a code cache (it has none for ES
// modules); its lazily loaded parts are inside it, run at their first use. The metafile tells
// the tests what it runs at start (test/what-runs.test.ts).
const server = await build({
  ...common,
  entryPoints: { serve: 'src/cli/commands/serve.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__import_meta_url' },
  // Strict, as the ES modules it is built from are: the directive must come first.
  banner: {
    js: `"use strict"; var __import_meta_url = require('node:url').pathToFileURL(__filename).href;`,
  },
  metafile: true,
  plugins: [leftOut, bundledHolidays, inlineHolidayRules, builtinImportsRequired],
});
await writeFile('dist/cli/serve.cjs.meta.json', JSON.stringify(server.metafile));
await writeHolidayTable('dist');
await writeCodeCache('dist/cli/serve.cjs');
