// A loopback TCP relay in front of the test IMAP server: counts what the server
// sends, and can cut every connection after so many bytes (a server that drops
// the connection mid-fetch).
import { createServer, type Socket, connect as tcpConnect } from 'node:net';

export interface TcpProxy {
  readonly port: number;
  /** Bytes the server sent through the relay so far. */
  readonly received: () => number;
  /** Cuts connections once this many bytes (counted from now) have come from the server. */
  cutAfter(bytes: number | null): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let received = 0;
  let limit: number | null = null;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = tcpConnect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (limit !== null && received >= limit) {
        end();
        return;
      }
      client.write(chunk);
    });
    client.on('data', (chunk: Buffer) => upstream.write(chunk));
    for (const s of [client, upstream]) {
      s.on('error', end);
      s.on('close', () => {
        sockets.delete(s);
        end();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    received: () => received,
    cutAfter(bytes) {
      limit = bytes === null ? null : received + bytes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
