/** The RFC 9457 problem document every failed API request answers with. */
export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
}

/** Codes the client itself produces when there is no answer from the server to report. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const UNEXPECTED_RESPONSE = 'UNEXPECTED_RESPONSE';

/** A failed API request, carrying what the server said so it can be shown to the person. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** A sentence fit to show, when the server sent one. */
  readonly detail: string | undefined;
  /** Field name (JSON property) → message to show beside that field. */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(status: number, problem: ProblemDocument) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? UNEXPECTED_RESPONSE;
    this.detail = problem.detail ?? problem.title;
    const fieldErrors: Record<string, string> = {};
    for (const { field, message } of problem.errors ?? []) {
      // Tolerate JSON-pointer style names ("/email") as well as plain ones ("email").
      const name = field.replace(/^\//, '');
      fieldErrors[name] ??= message;
    }
    this.fieldErrors = fieldErrors;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
