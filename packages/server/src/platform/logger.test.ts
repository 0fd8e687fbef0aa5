import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger.js';

function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const options = loggerOptions({ logLevel: 'info' });
  if (typeof options !== 'object') throw new Error('expected logger options');
  return { logger: pino(options as pino.LoggerOptions, stream), lines };
}

describe('logs', () => {
  it('never contain passwords, tokens, e-mail addresses, names or cookies', () => {
    const { logger, lines } = captureLogs();
    logger.info({
      body: {
        email: 'private@example.org',
        password: 'secret words',
        displayName: 'Private Name',
        token: 'abc123',
      },
      req: { headers: { cookie: 'amend_session=xyz', 'x-csrf-token': 'csrf' } },
    });
    const text = lines.join('');
    for (const secret of [
      'private@example.org',
      'secret words',
      'Private Name',
      'abc123',
      'amend_session=xyz',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });
});
