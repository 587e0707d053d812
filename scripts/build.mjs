// Bundles the command line: one file per command group loads far faster than
// hundreds of ES modules resolved one by one (Kysely alone is ~400 files).
import { chmod, rm } from 'node:fs/promises';
import { build } from 'esbuild';

// Only the command line's own output: dist/web is the web app's build (Vite).
await rm('dist/cli', { recursive: true, force: true });
await build({
  // The thread that reads large import files for the server is a file of its own.
  entryPoints: { main: 'src/cli/main.ts', 'read-file-thread': 'src/server/read-file-thread.ts' },
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
  logLevel: 'warning',
});
await chmod('dist/cli/main.js', 0o755);
