/**
 * Every error a person can cause has a stable code. The server maps codes to HTTP statuses in
 * one place; domain code never speaks HTTP.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'EMAIL_TAKEN',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'RESET_TOKEN_INVALID',
  'NOT_FOUND',
  'ALREADY_IN_SPACE',
  'NOT_IN_SPACE',
  'SPACE_FULL',
  'INVITATION_NOT_FOUND',
  'INVITATION_EXPIRED',
  'INVITATION_REVOKED',
  'INVITATION_USED',
  'INVITATION_OWN',
  'CHECKIN_EXISTS',
  'CHECKIN_CLOSED',
  'CSRF_INVALID',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly fieldProblems: readonly FieldProblem[];

  constructor(code: DomainErrorCode, message: string, fieldProblems: readonly FieldProblem[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fieldProblems = fieldProblems;
  }
}
