import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { ImportOptions } from '../../app/import/import.js';
import {
  CommitQuery,
  ExportQuery,
  ImportPreviewAnswer,
  ImportQuery,
} from '../../contract/index.js';
import { IMPORT_FORMATS, MAX_IMPORT_BYTES } from '../../formats/import-limits.js';
import { answerProblem, HttpProblem, unwrap } from '../problem.js';
import { readInWorker, WORKER_FROM_BYTES } from '../read-file-worker.js';
import type { ContextOf } from '../request-context.js';
import { type Api, answers, onFirstUse } from './api.js';

// The readers of files (CSV, vCard, JSON) and the writers load with the first import or export.
const importing = onFirstUse(() => import('../../app/import/import.js'));
const exporting = onFirstUse(() => import('../../app/export.js'));

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const UPLOAD = `The file itself is the body (Content-Type text/csv, text/vcard, application/json or application/octet-stream), at most ${megabytes(MAX_IMPORT_BYTES)}.`;

function optionsOf(query: {
  fileName?: string | undefined;
  format?: string | undefined;
  map?: string | string[] | undefined;
  edit?: string | string[] | undefined;
  dateFormat?: string | undefined;
  duplicates?: string | undefined;
  limit?: string | undefined;
  cursor?: string | undefined;
}): ImportOptions {
  return {
    page: { limit: query.limit, cursor: query.cursor },
    fileName: query.fileName,
    format: query.format,
    map: query.map === undefined ? undefined : [query.map].flat(),
    edit: query.edit === undefined ? undefined : [query.edit].flat(),
    dateFormat: query.dateFormat,
    duplicates: query.duplicates,
  };
}

/**
 * The uploaded file with the options; a large file is read in a worker thread
 * first, so that parsing it never holds the other requests.
 */
async function uploadOf(
  request: FastifyRequest,
  query: Parameters<typeof optionsOf>[0],
): Promise<{ bytes: Uint8Array; options: ImportOptions }> {
  const bytes = fileOf(request);
  const options = optionsOf(query);
  const format = IMPORT_FORMATS.find((f) => f === options.format?.trim().toLowerCase());
  // A format the use case refuses anyway: no need to read the file for it.
  if (bytes.length < WORKER_FROM_BYTES || (options.format !== undefined && !format)) {
    return { bytes, options };
  }
  const read = await readInWorker(bytes, { fileName: options.fileName, format });
  return { bytes, options: { ...options, read } };
}

function fileOf(request: FastifyRequest): Uint8Array {
  if (/^multipart\//i.test(request.headers['content-type'] ?? '')) {
    throw new HttpProblem(
      415,
      'body: send the file itself as the body (Content-Type text/csv, text/vcard or application/json), not a form',
      'body',
    );
  }
  return request.body instanceof Buffer ? new Uint8Array(request.body) : new Uint8Array();
}

// A file too big is the client's to split: said in words, with the limit.
function tooLarge(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const code = (error as { code?: unknown }).code;
  const said =
    code === 'FST_ERR_CTP_BODY_TOO_LARGE'
      ? new HttpProblem(
          413,
          `body: the file is larger than ${megabytes(MAX_IMPORT_BYTES)}, the most an import takes (a LinkedIn export of 30,000 connections is about 4 MB); split it`,
          'body',
        )
      : error;
  return answerProblem(said, request, reply);
}

/** POST /api/import/preview and /api/import (the raw file as the body), GET /api/export. */
export function importExportRoutes(app: Api, ctx: ContextOf): void {
  app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // Here every body is a file, read as bytes whatever its type: the use case finds the format.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler(tooLarge);

    scope.post(
      '/api/import/preview',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          summary:
            'what importing a file would do: rows to add, duplicates, rejects with their lines; writes nothing',
          description: UPLOAD,
          querystring: ImportQuery,
          response: answers({ 200: ImportPreviewAnswer }),
        },
      },
      async (req) => {
        const { bytes, options } = await uploadOf(req, req.query);
        const { previewImport } = await importing();
        return unwrap(await previewImport(ctx(req), bytes, options));
      },
    );

    scope.post(
      '/api/import',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          summary: 'import a file in one transaction, exactly as its preview (token) showed it',
          description: `${UPLOAD} Send the same file and options as the preview, with its token.`,
          querystring: CommitQuery,
          response: answers({ 200: ImportPreviewAnswer }),
        },
      },
      async (req) => {
        const { bytes, options } = await uploadOf(req, req.query);
        const { commitImport } = await importing();
        return unwrap(await commitImport(ctx(req), bytes, { ...options, token: req.query.token }));
      },
    );
  });

  app.get(
    '/api/export',
    {
      schema: {
        summary:
          'download everything as JSON (import restores it), opportunities as CSV, or contacts as vCard',
        querystring: ExportQuery,
        response: answers({
          200: z
            .string()
            .describe(
              'the file as an attachment: application/json (the export document), text/csv or text/vcard',
            ),
        }),
      },
    },
    async (req, reply) => {
      const { exportAs } = await exporting();
      const file = unwrap(await exportAs(ctx(req), req.query.format));
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
}
