import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { pacedLoad } from './paced-load.js';

let server: http.Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A server that answers after `delay` ms and notes when each request arrived. */
async function listen(delay: number, status = 200): Promise<{ port: number; arrivals: number[] }> {
  const arrivals: number[] = [];
  const listening = http.createServer((_, response) => {
    arrivals.push(performance.now());
    setTimeout(() => response.writeHead(status).end('{}'), delay);
  });
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  return { port: (listening.address() as AddressInfo).port, arrivals };
}

describe('a paced load', () => {
  it('spreads the requests over each second instead of sending them at once', async () => {
    const { port, arrivals } = await listen(0);
    const start = performance.now();
    const result = await pacedLoad({ port, path: '/', rate: 100, seconds: 1 });
    expect(result).toMatchObject({ requests: 100, errors: 0, non2xx: 0 });
    expect(arrivals).toHaveLength(100);
    // Sent as a burst, all would arrive in the first milliseconds; paced, about 40 do in 400 ms.
    const early = arrivals.filter((t) => t - start < 400).length;
    expect(early).toBeLessThan(70);
  });

  it('times each answer from the moment its request was due, and counts answers that are not 2xx', async () => {
    const { port } = await listen(25, 503);
    const result = await pacedLoad({ port, path: '/', rate: 50, seconds: 0.4 });
    expect(result.requests).toBe(20);
    expect(result.p50).toBeGreaterThanOrEqual(25);
    expect(result.non2xx).toBe(20);
  });
});
