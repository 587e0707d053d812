import { afterEach, describe, expect, it, vi } from 'vitest';
import { fail, type Reason } from '../app/result.js';
import { HttpProblem, problemOf, unwrap } from './problem.js';
import { expectProblem, type TestServer, testServer } from './test-support/test-server.js';

function refusal(reason: Reason, message: string, field?: string): unknown {
  try {
    unwrap(fail(reason, message, field));
  } catch (error) {
    return error;
  }
  throw new Error('unwrap took a failure');
}

describe('problemOf', () => {
  it.each([
    ['invalid-input', 422],
    ['unknown-opportunity', 404],
    ['unknown-event', 404],
    ['unknown-contact', 404],
    ['stale-version', 412],
    ['not-empty', 409],
  ] as const)('answers %s with %i', (reason, status) => {
    expect(problemOf(refusal(reason, 'x: y', 'x'))).toMatchObject({
      type: 'about:blank',
      status,
      reason,
    });
  });

  it('keeps the command line\'s hints to the command line: an API caller has no "list" to run', () => {
    let error: unknown;
    try {
      unwrap(
        fail(
          'unknown-opportunity',
          'unknown opportunity "9": no opportunity has this id',
          'opportunity',
          'ids are the numbers that "list" shows',
        ),
      );
    } catch (e) {
      error = e;
    }
    const answer = problemOf(error);
    expect(answer.detail).toBe('unknown opportunity "9": no opportunity has this id');
    expect(JSON.stringify(answer)).not.toContain('list');
  });

  it('names the field as the API does, in the field and at the head of the detail', () => {
    expect(problemOf(refusal('invalid-input', 'url: "x" is not a web address', 'url'))).toEqual({
      type: 'about:blank',
      title: 'Unprocessable Entity',
      status: 422,
      detail: 'postingUrl: "x" is not a web address',
      field: 'postingUrl',
      reason: 'invalid-input',
    });
    expect(problemOf(refusal('invalid-input', 'contact-role: no', 'contact-role')).field).toBe(
      'contact.role',
    );
    expect(problemOf(refusal('unknown-event', 'unknown event "9"', 'event')).field).toBe('id');
    expect(problemOf(refusal('invalid-input', 'on and at: not both', 'at'))).toMatchObject({
      detail: 'on and at: not both',
      field: 'at',
    });
  });

  it('answers a request error with its own status', () => {
    expect(problemOf(new HttpProblem(421, 'wrong host', 'host'))).toMatchObject({
      status: 421,
      title: 'Misdirected Request',
      field: 'host',
    });
    expect(problemOf(Object.assign(new Error('too large'), { statusCode: 413 }))).toMatchObject({
      status: 413,
      detail: 'too large',
    });
  });

  it('says nothing of the insides of a failure of the server', () => {
    const answer = problemOf(new Error('SQLITE_CORRUPT at /home/sam/secret.db'));
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer)).not.toContain('secret');
  });
});

describe('problems over HTTP', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('answers a broken store with a 500 problem that hides the cause', async () => {
    server = await testServer();
    await server.ctx.store.close();
    const problem = expectProblem(await server.call('GET', '/api/today'), 500);
    expect(problem.detail).not.toMatch(/sqlite|database|destroy/i);
  });

  it('logs a failure of the server on stderr, when told to log', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      server = await testServer({ logger: true });
      await server.ctx.store.close();
      expectProblem(await server.call('GET', '/api/today'), 500);
      expectProblem(await server.call('GET', '/api/nothing'), 404);
    } finally {
      spy.mockRestore();
    }
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0] ?? '')).toMatchObject({ level: 50, err: { type: 'Error' } });
  });

  it('answers a body over the limit with 413', async () => {
    server = await testServer();
    const notes = 'x'.repeat(2 * 1024 * 1024);
    expectProblem(
      await server.call('POST', '/api/opportunities', {
        kind: 'job',
        company: 'A',
        title: 'B',
        notes,
      }),
      413,
    );
  });

  it('answers an unknown API route or method with 404, as a problem', async () => {
    server = await testServer();
    expectProblem(await server.call('GET', '/api/nothing'), 404);
    expectProblem(await server.call('GET', '/api'), 404);
    expectProblem(await server.call('POST', '/api/today'), 404);
    expectProblem(await server.call('DELETE', '/api/settings'), 404);
  });
});
