import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { previewImport } from '../app/import/import.js';
import { expectProblem, ORIGIN, type TestServer, testServer } from './test-support/test-server.js';

// The worker itself is real: only its calls are counted.
const workerCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('./read-file-worker.js', async (importActual) => {
  const actual = await importActual<typeof import('./read-file-worker.js')>();
  return {
    ...actual,
    readInWorker: (...args: Parameters<typeof actual.readInWorker>) => {
      workerCalls.count++;
      return actual.readInWorker(...args);
    },
  };
});

let server: TestServer;
beforeEach(async () => {
  server = await testServer();
  workerCalls.count = 0;
});
afterEach(() => server.close());

const preview = (body: string) =>
  server.call('POST', '/api/import/preview', body, {
    'content-type': 'text/csv',
    origin: ORIGIN,
  });

function connections(n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `Person${i},Number${i},https://www.linkedin.com/in/person-${i},person${i}@example.com,Company ${i % 500},Engineer ${i},12 Jan 2026`,
  );
  return `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join('\n')}\n`;
}

describe('hostile and large files: read off the event loop, refused early, said in one short line', () => {
  it('reads a large file in a worker thread, with the same preview as read in place', async () => {
    const body = connections(8000);
    expect(body.length).toBeGreaterThan(512 * 1024);
    const answer = await preview(body);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(workerCalls.count).toBe(1);
    const inPlace = await previewImport(server.ctx, new TextEncoder().encode(body));
    expect(inPlace.ok && answer.json()).toEqual(
      inPlace.ok && JSON.parse(JSON.stringify(inPlace.value)),
    );
  });

  it('reads a small file in place', async () => {
    expect((await preview(connections(10))).statusCode).toBe(200);
    expect(workerCalls.count).toBe(0);
  });

  it('refuses a file of a million columns with one short line, before parsing it', async () => {
    const answer = await preview(`${'a,'.repeat(1_000_000)}b\n1,2\n`);
    const problem = expectProblem(answer, 422, 'body');
    expect(problem.detail).toBe(
      'body: line 1 has more than 500 columns, the most an import reads: is this the right file?',
    );
    expect(answer.body.length).toBeLessThan(1000);
  });

  it('reports a value longer than an import reads as a rejected row, not as a megabyte of text', async () => {
    const answer = await preview(
      `Company,Title,Date applied\nAcme,Analyst,2026-11-16\n"${'x'.repeat(30_000)}",Analyst,2026-11-16\n`,
    );
    expect(answer.statusCode, answer.body.slice(0, 300)).toBe(200);
    expect(answer.json().items).toContainEqual(
      expect.objectContaining({
        action: 'reject',
        reason: 'a value is longer than 20,000 characters',
      }),
    );
    expect(answer.body.length).toBeLessThan(5000);
  });
});
