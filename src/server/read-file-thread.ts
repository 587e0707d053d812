// The body of the worker thread that reads a large import file off the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { FileProblem } from '../formats/file-problem.js';
import { type ImportFormat, readImportFile, type ThreadRead } from '../formats/read-file.js';

const { bytes, fileName, format } = workerData as {
  bytes: Uint8Array;
  fileName: string | undefined;
  format: ImportFormat | undefined;
};

let answer: ThreadRead;
try {
  answer = { ok: true, file: readImportFile(bytes, { fileName, format }) };
} catch (error) {
  if (!(error instanceof FileProblem)) throw error;
  answer = { ok: false, problem: error.message };
}
parentPort?.postMessage(answer);
