import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportFormat, ThreadRead } from '../formats/read-file.js';

/** Files from this size on are read in a worker thread: the server goes on answering meanwhile. */
export const WORKER_FROM_BYTES = 512 * 1024;

export type { ThreadRead } from '../formats/read-file.js';

// The thread's script beside this module: the bundle's read-file-thread.js in dist/cli (this
// code may sit in dist/cli/chunks/), or, from the TypeScript source (tests, the benchmark), the
// source itself, loaded through tsx.
function threadScript(): { code: string | URL; eval: boolean } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const source = JSON.stringify(new URL('./read-file-thread.ts', here).href);
    const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); })`;
    return { code, eval: true };
  }
  for (const candidate of ['./read-file-thread.js', '../read-file-thread.js']) {
    const file = new URL(candidate, here);
    if (existsSync(fileURLToPath(file))) return { code: file, eval: false };
  }
  throw new Error('read-file-thread.js is missing beside the built command; run npm run build');
}

/**
 * Reads an import file in a worker thread (csv-parse, ical.js and JSON
 * parsing are synchronous: a hostile file of 25 MB would hold every other
 * request meanwhile). The bytes are copied to the thread.
 */
export function readInWorker(
  bytes: Uint8Array,
  options: { readonly fileName?: string | undefined; readonly format?: ImportFormat | undefined },
): Promise<ThreadRead> {
  const script = threadScript();
  return new Promise((resolve, reject) => {
    const worker = new Worker(script.code, {
      eval: script.eval,
      workerData: { bytes, fileName: options.fileName, format: options.format },
    });
    let answered = false;
    worker.once('message', (answer: ThreadRead) => {
      answered = true;
      resolve(answer);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the thread reading the import file stopped (exit ${code})`));
    });
  });
}
