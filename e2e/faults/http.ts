/**
 * A person's browser, reduced to what the fault tests need: cookies, the CSRF token, JSON. A
 * request that gets no answer (the server was killed under it) resolves to status 0.
 */
export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** Writes sent and not yet answered, across every browser: a kill must find some in flight. */
export class Traffic {
  writesInFlight = 0;
}

export class Browser {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | null = null;

  constructor(
    private baseUrl: string,
    private readonly traffic: Traffic = new Traffic(),
  ) {}

  /** The same person after a restart, on the server's new address. */
  moveTo(baseUrl: string): void {
    this.baseUrl = baseUrl;
  }

  get(url: string): Promise<Answer> {
    return this.send('GET', url);
  }

  post(url: string, body?: unknown): Promise<Answer> {
    return this.send('POST', url, body);
  }

  private async send(method: string, url: string, body?: unknown): Promise<Answer> {
    try {
      const headers: Record<string, string> = { cookie: this.cookieHeader() };
      if (method !== 'GET') {
        if (this.csrfToken === null) {
          const token = await this.send('GET', '/api/v1/csrf-token');
          if (token.status !== 200) return token;
          this.csrfToken = String(token.body.token);
          headers.cookie = this.cookieHeader();
        }
        headers['x-csrf-token'] = this.csrfToken;
      }
      const init: RequestInit = { method, headers, signal: AbortSignal.timeout(15_000) };
      if (body !== undefined) {
        headers['content-type'] = 'application/json';
        init.body = JSON.stringify(body);
      }
      const write = method !== 'GET';
      if (write) this.traffic.writesInFlight += 1;
      const response = await fetch(`${this.baseUrl}${url}`, init).finally(() => {
        if (write) this.traffic.writesInFlight -= 1;
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const [name, value] = (pair ?? '').split('=');
        if (name) this.cookies.set(name, value ?? '');
      }
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as Answer['body']) : {} };
    } catch {
      return { status: 0, body: {} };
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}
