// A push service of our own on loopback, and a browser's side of a subscription: what the
// push tests and the notification screenshot (scripts/notification-screenshot.ts) talk to.
import { createECDH, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer, type Server } from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { loopbackCertificate } from './tls.js';

// The decryption a browser does (RFC 8188/8291), by the library web-push encrypts with.
const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt(body: Buffer, options: Record<string, unknown>): Buffer;
};

export interface Received {
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/**
 * A push service of our own on loopback: it keeps what it receives, and answers 410 Gone for
 * a device it no longer knows (/gone/...), as real push services do.
 */
export async function pushService(): Promise<{
  url: string;
  received: Received[];
  server: Server;
  ca: string;
}> {
  const received: Received[] = [];
  const tls = loopbackCertificate();
  const server = createServer(tls, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(req.url?.startsWith('/gone/') ? 410 : 201).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The sender trusts this service's certificate (ca).
  return { url, received, server, ca: tls.cert };
}

/** A browser's subscription keys: a P-256 key pair and a 16-byte auth secret. */
export function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    ecdh,
    auth,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
  };
}

/** A pushed message as the device reads it: decrypted with its keys. */
export function decrypted(body: Buffer, device: ReturnType<typeof browserKeys>): string {
  return ece
    .decrypt(body, { version: 'aes128gcm', privateKey: device.ecdh, authSecret: device.auth })
    .toString('utf8');
}
