// The build's warm-up of the server (scripts/code-cache.mjs), run again on the built dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SERVER = join(ROOT, 'dist', 'cli', 'serve.cjs');
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the code cache made at build time', () => {
  it("never reaches the builder's own data: $DATABASE_URL and $JUSTENOUGH_DATA are left out of the warm-up", () => {
    dir = mkdtempSync(join(tmpdir(), 'justenough-builder-'));
    const before = statSync(`${SERVER}.v8cache`).mtimeMs;
    const code = `import(${JSON.stringify(join(ROOT, 'scripts', 'code-cache.mjs'))}).then((m) => m.writeCodeCache(${JSON.stringify(SERVER)}))`;
    const build = spawnSync(process.execPath, ['-e', code], {
      encoding: 'utf8',
      env: {
        ...process.env,
        // A database the warm-up must not touch: nothing listens there, and a data folder
        // that must not appear.
        DATABASE_URL: 'postgres://builder@127.0.0.1:9/production',
        JUSTENOUGH_DATA: join(dir, 'real-data'),
      },
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(statSync(`${SERVER}.v8cache`).mtimeMs).toBeGreaterThan(before);
    expect(existsSync(join(dir, 'real-data'))).toBe(false);
  });
});
