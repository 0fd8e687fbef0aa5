import { ApiError, NETWORK_ERROR, type ProblemDocument, UNEXPECTED_RESPONSE } from './problem';

const BASE = '/api/v1';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// The CSRF token is fetched lazily before the first unsafe request and then reused. The
// promise is cached (not just the value) so simultaneous requests share one fetch.
let csrfToken: Promise<string> | null = null;

/** Drop the cached CSRF token; call when the session changes (sign in, sign out). */
export function forgetCsrfToken(): void {
  csrfToken = null;
}

function getCsrfToken(): Promise<string> {
  csrfToken ??= send<{ token: string }>('GET', '/csrf-token').then(
    ({ token }) => token,
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

async function readProblem(response: Response): Promise<ProblemDocument> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null) return body as ProblemDocument;
  } catch {
    // Not JSON (a proxy's error page, for instance): fall through to a bare problem.
  }
  return { status: response.status, code: UNEXPECTED_RESPONSE };
}

async function send<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (UNSAFE_METHODS.has(method)) headers['x-csrf-token'] = await getCsrfToken();
  // Requests that may carry a body always send JSON (an empty object at least), because the
  // server rejects a JSON content type with an empty body, and a missing body on routes
  // that expect one. A DELETE sends one only when it has one (deleting the account needs the
  // password).
  const hasBody = method !== 'GET' && (method !== 'DELETE' || body !== undefined);
  if (hasBody) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(hasBody ? { body: JSON.stringify(body ?? {}) } : {}),
    });
  } catch {
    throw new ApiError(0, { code: NETWORK_ERROR });
  }

  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  try {
    return await send<T>(method, path, body);
  } catch (error) {
    // The token can go stale (a new session, a server restart): fetch a fresh one once.
    if (error instanceof ApiError && error.status === 403 && error.code === 'CSRF_INVALID') {
      forgetCsrfToken();
      return send<T>(method, path, body);
    }
    throw error;
  }
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};
