import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// package.json's `engines` says the truth: every installed package accepts the lowest Node of
// each line it names (npm warns EBADENGINE otherwise), so a dependency that needs a newer Node
// cannot come in without `engines` saying so.
const ROOT = join(import.meta.dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

// Browser code only, bundled into the web app by Vite and never run by Node: @mantine/dropzone 9
// (and the react-dropzone it pins) declares Node 22 for its own build; no Mantine 9 dropzone
// accepts Node 20, so npm warns about these four on Node 20 (EBADENGINE) though nothing breaks.
const BUNDLED_ONLY = new Set([
  '@mantine/dropzone',
  'react-dropzone',
  'attr-accept',
  'file-selector',
]);

// Run only by `wxt submit` (publishing the extension to the stores), which starts
// publish-browser-extension's own command; `wxt build`, which CI runs on Node 20, never loads it.
const SUBMIT_ONLY = new Set(['listr2']);

interface Locked {
  readonly engines?: { readonly node?: string };
  readonly optional?: boolean;
}

describe('engines', () => {
  const range: string = read('package.json').engines.node;
  const lowest = range.split('||').map((part) => semver.minVersion(part.trim())?.version ?? part);
  const packages = Object.entries(read('package-lock.json').packages as Record<string, Locked>);

  it('names Node 20, the version CI runs on, and this machine accepts it', () => {
    expect(lowest.some((v) => semver.major(v) === 20)).toBe(true);
    expect(semver.satisfies(process.versions.node, range)).toBe(true);
  });

  it('the browser-only exceptions are imported by no code Node runs (src/, test/, bench/)', () => {
    const importers = ['src', 'test', 'bench'].flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .filter((f) => {
          const text = readFileSync(join(ROOT, folder, f), 'utf8');
          return [...BUNDLED_ONLY].some((name) => text.includes(`'${name}'`));
        })
        .map((f) => join(folder, f)),
    );
    expect(importers.filter((f) => f !== join('test', 'engines.test.ts'))).toEqual([]);
  });

  it.each(lowest)('every locked package accepts Node %s', (version) => {
    const refusing = packages
      .filter(([path, p]) => path !== '' && p.engines?.node !== undefined)
      // Other platforms' optional packages are locked but not installed here.
      .filter(([path, p]) => !p.optional || existsSync(join(ROOT, path)))
      .filter(([path]) => !BUNDLED_ONLY.has(path.replace(/^.*node_modules\//, '')))
      .filter(([path]) => !SUBMIT_ONLY.has(path.replace(/^.*node_modules\//, '')))
      .filter(([, p]) => !semver.satisfies(version, p.engines?.node ?? '*'))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')} wants ${p.engines?.node}`);
    expect(refusing).toEqual([]);
  });
});
