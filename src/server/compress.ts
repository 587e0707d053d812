import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyInstance } from 'fastify';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Below this many bytes an answer goes out as it is: compressing it would save next to nothing. */
export const COMPRESS_FROM_BYTES = 1024;

// Brotli's middle quality: most of its gain at a few milliseconds per megabyte.
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };
const COMPRESSIBLE = /^(?:application\/(?:[\w.+-]*\+)?json|text\/)/;
const ENCODINGS = ['br', 'gzip', 'identity'];

/** The encoding of an answer for this Accept-Encoding: br, gzip, or none (identity). */
export function answerEncoding(accepted: string | undefined): 'br' | 'gzip' | undefined {
  if (accepted === undefined) return undefined;
  const chosen = negotiate(accepted, ENCODINGS);
  return chosen === 'br' || chosen === 'gzip' ? chosen : undefined;
}

/**
 * Compresses JSON and text answers from `COMPRESS_FROM_BYTES` on, with brotli
 * or gzip as the client's Accept-Encoding prefers; answers already encoded
 * (the cached today list, the prebuilt web files) and streams pass untouched.
 */
export function compressAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('content-encoding')) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!COMPRESSIBLE.test(type)) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < COMPRESS_FROM_BYTES) return payload;
    reply.header('vary', 'accept-encoding');
    const encoding = answerEncoding(request.headers['accept-encoding']);
    if (encoding === undefined) return payload;
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return encoding === 'br' ? brotli(body, BROTLI) : gzipped(body);
  });
}
