import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has safe defaults: port 3000 on loopback, ./data, embedded database, outbox mail', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      smtpUrl: null,
    });
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.publicUrl.toString()).toBe('http://localhost:3000/');
    expect(config.strictAttemptsPerWindow).toBe(10);
  });

  it('reads the strict attempt limit, and refuses one that is not a positive whole number', () => {
    expect(loadConfig({ AMEND_STRICT_ATTEMPTS: '250' }).strictAttemptsPerWindow).toBe(250);
    expect(() => loadConfig({ AMEND_STRICT_ATTEMPTS: '0' })).toThrow(
      /AMEND_STRICT_ATTEMPTS must be a whole number from 1 to 10000/,
    );
  });

  it('hashes passwords on all cores but one by default, and as many at once as told', () => {
    expect(loadConfig({}).maxConcurrentHashes).toBe(Math.max(1, availableParallelism() - 1));
    expect(loadConfig({ AMEND_MAX_CONCURRENT_HASHES: '3' }).maxConcurrentHashes).toBe(3);
  });

  it('prepares the busiest statements unless told not to (a pooler that cannot keep them)', () => {
    expect(loadConfig({}).preparedStatements).toBe(true);
    expect(loadConfig({ AMEND_PREPARED_STATEMENTS: 'false' }).preparedStatements).toBe(false);
    expect(() => loadConfig({ AMEND_PREPARED_STATEMENTS: 'no' })).toThrow(
      /AMEND_PREPARED_STATEMENTS must be true or false/,
    );
  });

  it('lists every bad value with what is expected, all at once', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'not a url',
        LOG_LEVEL: 'loud',
        AMEND_COOKIE_SECRET: 'short',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(5);
      expect(problems.join('\n')).toMatch(/PORT must be a whole number/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL must start with postgres:/);
    }
  });

  it('reads an external database, SMTP and the public address', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://amend@db.internal:5432/amend',
      SMTP_URL: 'smtps://user:pass@mail.example.org',
      PUBLIC_URL: 'https://amend.example.org',
      PORT: '8080',
    });
    expect(config.databaseUrl).toBe('postgres://amend@db.internal:5432/amend');
    expect(config.smtpUrl).toContain('smtps://');
    expect(config.publicUrl.protocol).toBe('https:');
    expect(config.port).toBe(8080);
  });

  it('reads the administrators as a normalised list, and refuses something that is not an address', () => {
    expect(loadConfig({}).adminEmails).toEqual([]);
    expect(
      loadConfig({ AMEND_ADMIN_EMAILS: ' Ops@Example.org, , lee@example.org ' }).adminEmails,
    ).toEqual(['ops@example.org', 'lee@example.org']);
    expect(() => loadConfig({ AMEND_ADMIN_EMAILS: 'ops@example.org;lee@example.org' })).toThrow(
      /AMEND_ADMIN_EMAILS must be e-mail addresses separated by commas/,
    );
  });
});
