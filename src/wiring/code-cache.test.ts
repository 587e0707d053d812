import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFileOf, loadCachedBundle } from './code-cache.js';

let dir: string;
let bundle: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'justenough-code-cache-'));
  bundle = join(dir, 'bundle.cjs');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Sample {
  readonly sum: (n: number) => number;
  readonly where: string;
  readonly builtin: boolean;
}

// A bundle as esbuild writes one: CommonJS, a require of a built-in.
const SOURCE = `
const { join } = require('node:path');
exports.sum = (n) => { let s = 0; for (let i = 1; i <= n; i++) s += i; return s; };
exports.where = join(__dirname, 'x') + '|' + __filename;
exports.builtin = typeof require('node:fs').readFileSync === 'function';
`;

// V8 keeps what a process compiled: a second load in the same process would not even look at
// the cache. Whether a cache is taken is asked of a new process, as a start of `serve` is one.
function loadInNewProcess(file: string): { accepted: boolean | null; sum: number } {
  const code = `
    const { loadCachedBundle } = await import(${JSON.stringify(join(import.meta.dirname, 'code-cache.ts'))});
    const loaded = loadCachedBundle(${JSON.stringify(file)});
    console.log(JSON.stringify({ accepted: loaded.cacheAccepted ?? null, sum: loaded.exports.sum(100) }));`;
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code],
    {
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { accepted: boolean | null; sum: number };
}

describe('a bundle loaded with its code cache', () => {
  it('runs as require would run it: its exports, require, __filename and __dirname', () => {
    writeFileSync(bundle, SOURCE);
    const loaded = loadCachedBundle<Sample>(bundle);
    expect(loaded.exports.sum(4)).toBe(10);
    expect(loaded.exports.where).toBe(`${join(dir, 'x')}|${bundle}`);
    expect(loaded.exports.builtin).toBe(true);
    expect(loaded.cacheAccepted).toBeUndefined();
  });

  it('a cache written after the bundle ran is taken by the next load, which runs the same', () => {
    writeFileSync(bundle, SOURCE);
    const first = loadCachedBundle<Sample>(bundle);
    first.exports.sum(100);
    first.writeCache();
    expect(loadInNewProcess(bundle)).toEqual({ accepted: true, sum: 5050 });
  });

  it('a cache that does not match (a changed bundle, broken bytes) is refused, and the bundle runs all the same', () => {
    writeFileSync(bundle, SOURCE);
    loadCachedBundle<Sample>(bundle).writeCache();
    writeFileSync(bundle, `${SOURCE}\nexports.sum = (n) => n;`);
    expect(loadInNewProcess(bundle)).toEqual({ accepted: false, sum: 100 });
    writeFileSync(bundle, SOURCE);
    writeFileSync(cacheFileOf(bundle), 'not a code cache');
    expect(loadInNewProcess(bundle)).toEqual({ accepted: false, sum: 5050 });
  });

  it('ignoreCache compiles from the source, as the warm-up that writes a new cache needs', () => {
    writeFileSync(bundle, SOURCE);
    loadCachedBundle<Sample>(bundle).writeCache();
    expect(loadCachedBundle<Sample>(bundle, { ignoreCache: true }).cacheAccepted).toBeUndefined();
  });
});
