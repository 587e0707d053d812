import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Failure, Reason, Result } from '../app/result.js';
import { StoreError } from '../store/errors.js';
import { diskFullMessage } from '../store/failures.js';

export const PROBLEM_TYPE = 'application/problem+json';

/** An error answer (RFC 9457). */
export interface Problem {
  readonly type: 'about:blank';
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** The request field at fault, as the API names it (`on`, `contact.email`, `if-match`). */
  readonly field?: string;
  readonly reason?: Reason;
}

// Use case reasons by HTTP status, in one place.
const STATUS_OF: Readonly<Record<Reason, number>> = {
  'invalid-input': 422,
  'unknown-opportunity': 404,
  'unknown-event': 404,
  'unknown-contact': 404,
  'unknown-calendar': 404,
  'stale-version': 412,
  'not-empty': 409,
  'unknown-account': 404,
  'unknown-token': 404,
  taken: 409,
  'read-only': 403,
  'unknown-proposal': 404,
  'not-connected': 409,
  'mailbox-unavailable': 502,
  'too-many': 429,
  'not-sent': 502,
};

// The use cases name fields as the command line's options; the API's names differ for these.
const API_FIELDS: Readonly<Record<string, string>> = {
  url: 'postingUrl',
  contact: 'contact.name',
  'contact-email': 'contact.email',
  'contact-phone': 'contact.phone',
  'contact-role': 'contact.role',
  timezone: 'timeZone',
  weekend: 'weekendDays',
  'day-off': 'addDaysOff',
  event: 'type',
  version: 'if-match',
  time: 'sendAt',
  to: 'recipient',
  from: 'smtp.sender',
  'smtp-host': 'smtp.host',
  'smtp-port': 'smtp.port',
  'smtp-user': 'smtp.user',
  'smtp-password': 'smtp.password',
  'date-format': 'dateFormat',
  file: 'body',
};

export function problem(
  status: number,
  detail: string,
  extra: { readonly field?: string | undefined; readonly reason?: Reason } = {},
): Problem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    ...(extra.field === undefined ? {} : { field: extra.field }),
    ...(extra.reason === undefined ? {} : { reason: extra.reason }),
  };
}

/** An error the request itself caused, answered as its problem. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly field?: string,
  ) {
    super(detail);
  }
}

/** A use case's refusal on its way to the error handler. */
class Refused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/** The value of a use case's result; a refusal is answered by the error handler as its problem. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Refused(result);
  return result.value;
}

function failureProblem({ reason, field, message }: Failure): Problem {
  const status = STATUS_OF[reason];
  // Unknown ids are always the path's `:id`.
  const apiField = status === 404 ? 'id' : field && (API_FIELDS[field] ?? field);
  const detail =
    field && apiField && message.startsWith(`${field}: `)
      ? `${apiField}: ${message.slice(field.length + 2)}`
      : message;
  return problem(status, detail, { field: apiField, reason });
}

interface ValidationIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: { readonly keys?: readonly string[] };
}

// The zod issue's path is the field; an unknown key is named itself.
function validationProblem(issues: readonly ValidationIssue[], context: string | undefined) {
  const first = issues[0];
  const path = (first?.instancePath ?? '').split('/').filter(Boolean);
  if (first?.keyword === 'unrecognized_keys' && first.params?.keys?.[0]) {
    path.push(first.params.keys[0]);
  }
  const field = path.length > 0 ? path.join('.') : (context ?? 'body');
  const what =
    first?.keyword === 'unrecognized_keys' ? 'not a field of this request' : first?.message;
  return problem(400, `${field}: ${what ?? 'does not fit the schema'}`, { field });
}

/** Any error of a request as its problem; a 500 says nothing of the server's insides. */
export function problemOf(error: unknown): Problem {
  if (error instanceof Refused) return failureProblem(error.failure);
  if (error instanceof HttpProblem)
    return problem(error.status, error.message, { field: error.field });
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    return validationProblem(error.validation as unknown as ValidationIssue[], context);
  }
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return problem(status, (error as Error).message);
  }
  // Broken infrastructure a person can fix: said in words (the log has the database's own error).
  if (error instanceof StoreError && error.kind === 'disk-full') {
    return problem(507, diskFullMessage('the database'));
  }
  if (error instanceof StoreError && error.kind === 'read-only') {
    return problem(
      503,
      "the server's data directory is read-only: it shows the data but cannot change it; make the folder writable and restart the server",
    );
  }
  return problem(500, 'the server failed to answer; its log says why');
}

/** The error handler: every error of every route becomes `application/problem+json` here. */
export function answerProblem(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const answer = problemOf(error);
  if (answer.status >= 500) request.log.error(error);
  return reply.code(answer.status).type(PROBLEM_TYPE).send(answer);
}
