import { gunzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

// Each client gets its own loopback-range address, unique within the test run.
let clientNumber = Math.floor(Math.random() * 1_000_000);
function nextAddress(): string {
  clientNumber += 1;
  return `127.${(clientNumber >> 16) & 255}.${(clientNumber >> 8) & 255}.${clientNumber & 255}`;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TestResponse {
  readonly status: number;
  readonly headers: LightMyRequestResponse['headers'];
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field in tests.
  readonly body: any;
  /** The body's bytes as sent, for downloads that are not text (a ZIP). */
  readonly rawBody: Buffer;
}

/**
 * Talks to the app the way the browser does: keeps cookies, fetches a CSRF token before the
 * first state-changing request and sends it in x-csrf-token.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | null = null;
  /** Each client is its own device, so rate limits (keyed by address) apply per client. */
  readonly remoteAddress = nextAddress();

  constructor(private readonly app: FastifyInstance) {}

  get: (url: string) => Promise<TestResponse> = (url) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body);
  delete = (url: string) => this.request('DELETE', url);

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  /** Forget the CSRF token, as a tab that never fetched one would. */
  withoutCsrf(): this {
    this.csrfToken = 'missing';
    return this;
  }

  async request(
    method: Method,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<TestResponse> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (method !== 'GET') {
      if (this.csrfToken === null) {
        const { body: tokenBody } = await this.request('GET', '/api/v1/csrf-token');
        this.csrfToken = tokenBody.token as string;
      }
      if (this.csrfToken !== 'missing') headers['x-csrf-token'] = this.csrfToken;
    }
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.remoteAddress,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date }[]) {
      const expired = cookie.expires && cookie.expires.getTime() <= Date.now();
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
    // A test that asks for gzip (as browsers do) reads the same body as one that does not.
    const text =
      response.headers['content-encoding'] === 'gzip'
        ? gunzipSync(response.rawPayload).toString('utf8')
        : response.body;
    return {
      status: response.statusCode,
      headers: response.headers,
      body: isJson && text ? JSON.parse(text) : text,
      rawBody: response.rawPayload,
    };
  }
}
