// Bundles the command line: one file per command group loads far faster than
// hundreds of ES modules resolved one by one (Kysely alone is ~400 files).
import { chmod, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
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
// In the bundle, core/holidays.ts is an entry of its own (dist/cli/holidays.js), and the app
// asks src/wiring/bundled-holidays.ts instead: the holiday table first, the rules when needed.
const bundledHolidays = {
  name: 'bundled-holidays',
  setup(builder) {
    builder.onResolve({ filter: /\/core\/holidays\.js$/ }, (args) =>
      args.importer.endsWith('/src/app/method-settings.ts')
        ? { path: resolve('src/wiring/bundled-holidays.ts') }
        : undefined,
    );
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
await build({
  // The thread that reads large import files for the server is a file of its own.
  entryPoints: {
    main: 'src/cli/main.ts',
    'read-file-thread': 'src/server/read-file-thread.ts',
    holidays: 'src/core/holidays.ts',
  },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Less to parse at every start; the source map keeps stack traces readable.
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Native or optional at run time: resolved from node_modules, not bundled.
  external: ['better-sqlite3', 'pg', 'pg-native', '@node-rs/argon2'],
  // CommonJS dependencies inside an ES module bundle still call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  plugins: [leftOut, bundledHolidays],
  logLevel: 'warning',
});
await chmod('dist/cli/main.js', 0o755);
await writeHolidayTable('dist');
