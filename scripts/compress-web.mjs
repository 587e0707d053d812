// Compresses the built web app once, at build time, at the best ratios (brotli 11,
// gzip 9): the server then sends file.br or file.gz as the browser accepts, at no
// cost per request. Files that would not shrink are left alone.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const ROOT = process.argv[2] ?? 'dist/web';
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest|ico)$/;
const MIN_BYTES = 512;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

let before = 0;
let after = 0;
for await (const path of files(ROOT)) {
  const body = await readFile(path);
  if (body.length < MIN_BYTES) continue;
  const [br, gzipped] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz(body, { level: 9 }),
  ]);
  before += body.length;
  if (br.length < body.length) await writeFile(`${path}.br`, br);
  if (gzipped.length < body.length) await writeFile(`${path}.gz`, gzipped);
  after += Math.min(br.length, body.length);
}
console.log(
  `compressed ${ROOT}: ${(before / 1024).toFixed(0)} KB -> ${(after / 1024).toFixed(0)} KB with brotli`,
);
