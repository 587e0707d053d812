// What the built command line has in place of serve.ts (scripts/build.mjs): the server is a
// CommonJS bundle of its own, dist/cli/serve.cjs, loaded with the code cache the build made of
// it, so that a start compiles almost nothing. Nothing crosses between the two bundles but the
// command's options, its output and its exit code.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCachedBundle } from '../../wiring/code-cache.js';
import { packageRoot } from '../../wiring/package-root.js';
import type { serve as Serve } from './serve.js';

export const serve: typeof Serve = (run, flags) => {
  const file = join(packageRoot(import.meta.url), 'dist', 'cli', 'serve.cjs');
  if (!existsSync(file))
    throw new Error('dist/cli/serve.cjs is missing beside the built command; run npm run build');
  return loadCachedBundle<{ serve: typeof Serve }>(file).exports.serve(run, flags);
};
