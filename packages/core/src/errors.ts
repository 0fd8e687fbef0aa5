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
  'THERAPIST_ACCOUNT',
  'NOT_IN_SPACE',
  'SPACE_FULL',
  'INVITATION_NOT_FOUND',
  'INVITATION_EXPIRED',
  'INVITATION_REVOKED',
  'INVITATION_USED',
  'INVITATION_OWN',
  'CHECKIN_EXISTS',
  'CHECKIN_CLOSED',
  'MEETING_CLOSED',
  'AGREEMENT_CLOSED',
  'AGREEMENT_SUPERSEDED',
  'AGREEMENT_NOT_WAITING',
  'AGREEMENT_PROPOSAL_WAITING',
  'AGREEMENT_NOT_YOURS_TO_DECIDE',
  'QUESTION_WITHDRAWN',
  'QUESTION_ON_HOLD',
  'QUESTION_NOT_ON_HOLD',
  'QUESTION_NOT_YOURS',
  'ACCOUNT_NOT_SEALED',
  'ACCOUNT_SEALED',
  'ACCOUNT_OPENED',
  'ACCOUNT_WAITING_FOR_PARTNER',
  'ACCOUNT_NOT_YOURS',
  'COMMITMENT_CLOSED',
  'COMMITMENT_NOT_YOURS',
  'COMMITMENT_ACKNOWLEDGED',
  'INSTRUMENT_EXISTS',
  'APPOINTMENT_CLOSED',
  'JOURNAL_EXISTS',
  'JOURNAL_NOT_SET_UP',
  'JOURNAL_KEYRING_CHANGED',
  'JOURNAL_KEY_MISMATCH',
  'CSRF_INVALID',
  'SECOND_FACTOR_INVALID',
  'SIGN_IN_EXPIRED',
  'REAUTHENTICATION_FAILED',
  'TOTP_ALREADY_ENABLED',
  'TWO_FACTOR_NOT_ENABLED',
  'TOTP_SETUP_EXPIRED',
  'PASSKEY_INVALID',
  'PASSKEY_CHALLENGE_EXPIRED',
  'SIGN_IN_DELAYED',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'SERVICE_UNAVAILABLE',
  'OUTCOME_UNKNOWN',
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

/** An error that clears by itself after a wait; the server sends the wait as Retry-After. */
export class RetryLaterError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor(code: DomainErrorCode, message: string, retryAfterSeconds: number) {
    super(code, message);
    this.name = 'RetryLaterError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
