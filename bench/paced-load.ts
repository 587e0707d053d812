// A steady load: requests sent at evenly spaced moments (an open loop), as independent users
// arrive, each timed from the moment it was due. autocannon's `overallRate` sends each
// connection's share of a second back to back when the second begins, then waits for the
// next: 500 "a second" arrive as bursts of 500 at once, and the latency measured is that of
// the queue the burst makes. Timing from the due moment also counts any lateness of this
// process against the server, never for it.
import http from 'node:http';
import { quantile } from './stats.js';

export interface PacedOptions {
  readonly port: number;
  readonly path: string;
  /** Requests a second. */
  readonly rate: number;
  readonly seconds: number;
  /** The headers of the `i`th request (Host is set). */
  readonly headers?: (i: number) => Record<string, string>;
  /** Open connections at most (kept alive): a request due while all are busy waits. */
  readonly sockets?: number;
}

export interface PacedResult {
  readonly requests: number;
  /** Requests answered a second, over the whole run. */
  readonly rate: number;
  /** Milliseconds from the moment each request was due to the end of its answer. */
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

/** Sends `rate` requests a second for `seconds`, one every 1/rate s, and times each answer. */
export async function pacedLoad(options: PacedOptions): Promise<PacedResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.sockets ?? 64 });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const start = performance.now();
  const answered: Promise<void>[] = [];

  const send = (i: number, due: number) =>
    new Promise<void>((resolve) => {
      const request = http.get(
        {
          agent,
          host: '127.0.0.1',
          port: options.port,
          path: options.path,
          headers: { host: `127.0.0.1:${options.port}`, ...options.headers?.(i) },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            latencies.push(performance.now() - due);
            if ((response.statusCode ?? 0) < 200 || (response.statusCode ?? 0) >= 300) non2xx++;
            resolve();
          });
        },
      );
      request.on('error', () => {
        errors++;
        resolve();
      });
    });

  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      // Every request due by now goes out; a late tick sends the ones it missed at once.
      while (next < total && start + next * interval <= now) {
        answered.push(send(next, start + next * interval));
        next++;
      }
      if (next >= total) return resolve();
      setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    tick();
  });
  await Promise.all(answered);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    requests: total,
    rate: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    errors,
    non2xx,
  };
}
