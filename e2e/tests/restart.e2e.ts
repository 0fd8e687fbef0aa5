import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, startServer } from '../support/server.js';

/** Speaks to a running server the way the web app does: cookies and a CSRF token. */
async function apiClient(baseUrl: string) {
  const cookies = new Map<string, string>();
  const remember = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name) cookies.set(name, value ?? '');
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const tokenResponse = await fetch(`${baseUrl}/api/v1/csrf-token`);
  remember(tokenResponse);
  const { token } = (await tokenResponse.json()) as { token: string };
  return {
    async post(url: string, body: unknown) {
      const response = await fetch(`${baseUrl}${url}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': token,
          cookie: cookieHeader(),
        },
        body: JSON.stringify(body),
      });
      remember(response);
      return response;
    },
    async get(url: string) {
      return fetch(`${baseUrl}${url}`, { headers: { cookie: cookieHeader() } });
    },
  };
}

describe('the app process on the embedded database', () => {
  it('keeps data across a restart, stops cleanly, and refuses a second copy on the same data', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'amend-restart-'));
    await chmod(dataDir, 0o755);
    try {
      const port = await freePort();
      const first = await startServer(dataDir, port);
      const client = await apiClient(first.baseUrl);
      const signUp = await client.post('/api/v1/accounts', {
        email: 'restart@example.org',
        password: 'survives a restart',
        displayName: 'Drew',
        timeZone: 'UTC',
      });
      expect(signUp.status).toBe(201);
      expect(
        (
          await client.post('/api/v1/space', {
            relationshipType: 'dating',
            role: 'both',
            cameToLightOn: '2026-03-01',
          })
        ).status,
      ).toBe(201);

      // A second Amend on the same data directory explains itself and exits.
      const second = startServer(dataDir, await freePort());
      await expect(second).rejects.toThrow(/already running with the data directory/);

      expect(await first.stop()).toBe(0);
      expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

      const restarted = await startServer(dataDir, port);
      try {
        const again = await apiClient(restarted.baseUrl);
        expect(
          (
            await again.post('/api/v1/sessions', {
              email: 'restart@example.org',
              password: 'survives a restart',
            })
          ).status,
        ).toBe(200);
        const space = (await (await again.get('/api/v1/space')).json()) as {
          space: { relationshipType: string };
        };
        expect(space.space.relationshipType).toBe('dating');
      } finally {
        await restarted.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
