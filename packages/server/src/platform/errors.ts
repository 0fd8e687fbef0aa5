import { DomainError, type DomainErrorCode, type FieldProblem, RetryLaterError } from '@amend/core';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { isDatabaseUnavailable, isWriteInDoubt } from './database-errors.js';

/** The one place where a domain error code becomes an HTTP status. */
const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  VALIDATION_FAILED: 400,
  PASSWORD_TOO_SHORT: 400,
  PASSWORD_TOO_LONG: 400,
  PASSWORD_TOO_COMMON: 400,
  RESET_TOKEN_INVALID: 400,
  PASSKEY_INVALID: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SECOND_FACTOR_INVALID: 401,
  SIGN_IN_EXPIRED: 401,
  CSRF_INVALID: 403,
  REAUTHENTICATION_FAILED: 403,
  JOURNAL_KEY_MISMATCH: 403,
  AGREEMENT_NOT_YOURS_TO_DECIDE: 403,
  QUESTION_NOT_YOURS: 403,
  ACCOUNT_NOT_YOURS: 403,
  COMMITMENT_NOT_YOURS: 403,
  NOT_FOUND: 404,
  NOT_IN_SPACE: 404,
  INVITATION_NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  ALREADY_IN_SPACE: 409,
  THERAPIST_ACCOUNT: 409,
  SPACE_FULL: 409,
  INVITATION_OWN: 409,
  CHECKIN_EXISTS: 409,
  INSTRUMENT_EXISTS: 409,
  CHECKIN_CLOSED: 409,
  MEETING_CLOSED: 409,
  AGREEMENT_CLOSED: 409,
  APPOINTMENT_CLOSED: 409,
  AGREEMENT_SUPERSEDED: 409,
  AGREEMENT_NOT_WAITING: 409,
  AGREEMENT_PROPOSAL_WAITING: 409,
  QUESTION_WITHDRAWN: 409,
  QUESTION_ON_HOLD: 409,
  QUESTION_NOT_ON_HOLD: 409,
  ACCOUNT_NOT_SEALED: 409,
  ACCOUNT_SEALED: 409,
  ACCOUNT_OPENED: 409,
  ACCOUNT_WAITING_FOR_PARTNER: 409,
  COMMITMENT_CLOSED: 409,
  COMMITMENT_ACKNOWLEDGED: 409,
  TOTP_ALREADY_ENABLED: 409,
  TWO_FACTOR_NOT_ENABLED: 409,
  JOURNAL_EXISTS: 409,
  JOURNAL_NOT_SET_UP: 409,
  JOURNAL_KEYRING_CHANGED: 409,
  INVITATION_EXPIRED: 410,
  INVITATION_REVOKED: 410,
  INVITATION_USED: 410,
  TOTP_SETUP_EXPIRED: 410,
  PASSKEY_CHALLENGE_EXPIRED: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SIGN_IN_DELAYED: 429,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  OUTCOME_UNKNOWN: 503,
  INTERNAL: 500,
};

const TITLE_BY_STATUS: Record<number, string> = {
  400: 'The request needs a change',
  401: 'Please sign in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'That conflicts with what is already there',
  410: 'No longer available',
  413: 'Too much at once',
  415: 'Unsupported format',
  429: 'Too many attempts',
  500: 'Something went wrong on our side',
  503: 'Amend is briefly unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: DomainErrorCode;
  errors?: FieldProblem[];
}

export function statusOf(code: DomainErrorCode): number {
  return STATUS_BY_CODE[code];
}

export function problemOf(
  code: DomainErrorCode,
  detail: string,
  errors: readonly FieldProblem[] = [],
): Problem {
  const status = STATUS_BY_CODE[code];
  return {
    type: `https://amend.app/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLE_BY_STATUS[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors.length > 0 ? { errors: [...errors] } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

/** Turns Ajv's messages into field names and sentences a person can act on. */
function fieldProblemsFromValidation(error: FastifyError): FieldProblem[] {
  return (error.validation ?? []).map((issue) => {
    const params = issue.params as Record<string, unknown>;
    const pathField = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'additionalProperties') {
      return {
        field: String(params.additionalProperty),
        message: 'This field is not expected here.',
      };
    }
    if (issue.keyword === 'required') {
      return { field: String(params.missingProperty), message: 'This field is required.' };
    }
    return {
      field: pathField || '(body)',
      message: `This value ${issue.message ?? 'is not valid'}.`,
    };
  });
}

/** Known framework and plugin errors, mapped to the same codes as domain errors. */
function problemFromFrameworkError(error: FastifyError): Problem | null {
  if (error.validation) {
    return problemOf(
      'VALIDATION_FAILED',
      'Some of what was sent is missing or not in the expected form.',
      fieldProblemsFromValidation(error),
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemOf('PAYLOAD_TOO_LARGE', 'That is more than Amend accepts in one request.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemOf('UNSUPPORTED_MEDIA_TYPE', 'Send the request as JSON (application/json).');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problemOf('VALIDATION_FAILED', 'The request body is not valid JSON.');
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return problemOf(
        'CSRF_INVALID',
        'This request could not be confirmed as coming from Amend. Reload the page and try again.',
      );
    default:
      break;
  }
  if (error.statusCode === 429) {
    return problemOf('RATE_LIMITED', 'Too many attempts. Wait a few minutes, then try again.');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { ...problemOf('VALIDATION_FAILED', error.message), status: error.statusCode };
  }
  return null;
}

const DATABASE_RETRY_AFTER_SECONDS = 5;

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof RetryLaterError) {
      reply.header('retry-after', String(error.retryAfterSeconds));
    }
    if (error instanceof DomainError) {
      return sendProblem(reply, problemOf(error.code, error.message, error.fieldProblems));
    }
    const known = problemFromFrameworkError(error);
    if (known) return sendProblem(reply, known);
    if (isDatabaseUnavailable(error)) {
      // Expected while the database restarts or fails over: say so plainly, and let clients
      // and load balancers retry shortly instead of treating it as a bug.
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      // "Nothing was saved" is a promise: it is not made when the connection broke while a
      // change was committing (see db/database.ts), because then it may have been stored.
      if (isWriteInDoubt(error) && request.method !== 'GET' && request.method !== 'HEAD') {
        return sendProblem(
          reply,
          problemOf(
            'OUTCOME_UNKNOWN',
            'Amend lost its database while saving this, so it cannot tell whether it was saved. In a minute, reload to check before you send it again.',
          ),
        );
      }
      return sendProblem(
        reply,
        problemOf(
          'SERVICE_UNAVAILABLE',
          'Amend cannot reach its database just now. Nothing from this request was saved; please try again in a minute.',
        ),
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      reply,
      problemOf(
        'INTERNAL',
        'Something went wrong on our side. What you entered has not been lost; please try again.',
      ),
    );
  });
  app.setNotFoundHandler((_request, reply) =>
    sendProblem(reply, problemOf('NOT_FOUND', 'There is nothing at this address.')),
  );
}
