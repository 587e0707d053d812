// Loads a CommonJS bundle of the build with V8's code cache beside it. Node 20 compiles ES
// modules anew at every start (it has no compile cache for them); a script compiled through
// node:vm takes the bytecode V8 made of it before, in a fraction of the time. The cache is
// written at build time (scripts/code-cache.mjs) after the bundle has done its usual work, so
// it holds the functions that work ran, not only the top level.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

export interface CachedBundle<T> {
  readonly exports: T;
  /** true: V8 took the cache; false: it refused it (another Node, a changed bundle); undefined: none. */
  readonly cacheAccepted: boolean | undefined;
  /** Writes what V8 has compiled of the bundle so far as its cache (the build's warm-up). */
  readonly writeCache: () => void;
}

/** The cache of `bundle.cjs`: `bundle.cjs.v8cache`. */
export const cacheFileOf = (bundle: string): string => `${bundle}.v8cache`;

// Node's own wrapper of a CommonJS module, on the source's first line: line numbers stay right.
const wrap = (source: string) =>
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/**
 * Runs a CommonJS bundle as `require` would, compiled with its code cache when there is one
 * that V8 accepts; a cache refused or absent only costs the compiling. The bundle has no
 * import(): Node 20 cannot run one in a script made from a code cache (the build turns each
 * into a require, scripts/build.mjs).
 * @example loadCachedBundle<{ serve: Serve }>('/opt/justenough/dist/cli/serve.cjs').exports.serve
 */
export function loadCachedBundle<T>(
  file: string,
  options: { readonly ignoreCache?: boolean } = {},
): CachedBundle<T> {
  const cacheFile = cacheFileOf(file);
  const cachedData =
    !options.ignoreCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(wrap(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cacheAccepted: cachedData === undefined ? undefined : !script.cachedDataRejected,
    // Whole or not at all: a server starting meanwhile reads the old cache or the new one.
    writeCache: () => {
      writeFileSync(`${cacheFile}.${process.pid}`, script.createCachedData());
      renameSync(`${cacheFile}.${process.pid}`, cacheFile);
    },
  };
}
