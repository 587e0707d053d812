// The server's code cache (dist/cli/serve.cjs.v8cache), made at build time by the Node that
// builds: a fresh process loads the server's bundle as `serve` does (src/wiring/code-cache.ts),
// starts it on a scratch data folder (two opportunities logged by the built command line, so
// that the today list has a follow-up and an interview to show) and a free loopback port, asks
// it for the start page and the today list, stops it, and saves what V8 compiled meanwhile. A later start of
// `serve` then compiles almost nothing before its first answer. Another Node refuses the cache:
// `serve` then compiles as it did before (`npm run build` makes a new one).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = fileURLToPath(import.meta.url);
const PAGES = ['/', '/api/today'];

/**
 * Writes the code cache of a built `serve.cjs`, from a process of its own. Without one the
 * server works all the same, only slower to start: a warm-up that fails is said, not fatal.
 */
export async function writeCodeCache(bundle) {
  // Only what finding programs and a scratch folder needs: no $DATABASE_URL or $JUSTENOUGH_*
  // of the machine that builds (the warm-up writes its own folder, never a real database), and
  // no $NODE_OPTIONS (V8 refuses a cache made under other flags than the server runs with).
  const env = Object.fromEntries(
    ['PATH', 'HOME', 'TMPDIR', 'SystemRoot', 'TEMP', 'TMP']
      .filter((name) => process.env[name] !== undefined)
      .map((name) => [name, process.env[name]]),
  );
  const result = spawnSync(process.execPath, [HERE, resolve(bundle)], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
  });
  if (result.status !== 0)
    console.warn(
      `warning: the code cache of ${bundle} was not made; serve starts slower without it.\n${result.stderr || result.error}`,
    );
}

/** A job applied for ten days ago and one interviewed for yesterday, logged by `cli`. */
function seed(cli, data) {
  const daysAgo = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  const run = (...args) => {
    const result = spawnSync(process.execPath, [cli, '--data', data, ...args], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`justenough ${args.join(' ')}: ${result.stderr}`);
  };
  run('add', 'job', '--company', 'Acme', '--title', 'Engineer', '--contact', 'Ana Ortiz');
  run('log', '1', 'applied', '--on', daysAgo(10));
  run('add', 'job', '--company', 'Beta', '--title', 'Lead', '--contact', 'Bo Li');
  run('log', '2', 'interview', '--on', daysAgo(1));
}

async function warmUp(bundle) {
  const { loadCachedBundle } = await import(
    pathToFileURL(join(bundle, '..', 'code-cache.js')).href
  );
  const loaded = loadCachedBundle(bundle, { ignoreCache: true });
  const data = mkdtempSync(join(tmpdir(), 'justenough-code-cache-'));
  try {
    seed(join(bundle, '..', 'main.js'), data);
    let url;
    const io = {
      stdout: (text) => {
        url = /https?:\/\/\S+/.exec(text)?.[0];
      },
      stderr: (text) => process.stderr.write(`${text}\n`),
      color: new Proxy({}, { get: () => (text) => text }),
      width: 80,
    };
    const served = loaded.exports.serve(
      { io, options: { data, host: '127.0.0.1', port: '0' }, env: {} },
      {},
    );
    for (let waited = 0; url === undefined; waited += 10) {
      if (waited > 60_000) throw new Error('the server did not start in 60 s');
      await new Promise((done) => setTimeout(done, 10));
    }
    for (const page of PAGES) {
      const response = await fetch(new URL(page, url));
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`GET ${page}: ${response.status}`);
    }
    process.emit('SIGTERM');
    if ((await served) !== 0) throw new Error('the server did not stop cleanly');
    loaded.writeCache();
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}

if (process.argv[1] === HERE) await warmUp(process.argv[2]);
