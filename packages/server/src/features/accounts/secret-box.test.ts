import { describe, expect, it } from 'vitest';
import { createSecretBox } from './secret-box.js';

const SERVER_SECRET = 'a-server-secret-that-is-long-enough-for-tests';

describe('the secret box for TOTP keys', () => {
  it('opens what it sealed for the same owner, and the sealed text does not contain it', () => {
    const box = createSecretBox(SERVER_SECRET, 'totp');
    const sealed = box.seal('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'owner-1');
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('JBSWY3DP');
    expect(box.open(sealed, 'owner-1')).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    // A fresh nonce each time: the same key never seals to the same text twice.
    expect(box.seal('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'owner-1')).not.toBe(sealed);
  });

  it('refuses another owner, another server secret, another purpose and any tampering', () => {
    const box = createSecretBox(SERVER_SECRET, 'totp');
    const sealed = box.seal('secret', 'owner-1');
    expect(box.open(sealed, 'owner-2')).toBeNull();
    expect(createSecretBox(`${SERVER_SECRET}-rotated`, 'totp').open(sealed, 'owner-1')).toBeNull();
    expect(createSecretBox(SERVER_SECRET, 'other').open(sealed, 'owner-1')).toBeNull();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[14] = (bytes[14] ?? 0) ^ 1;
    expect(box.open(`v1:${bytes.toString('base64url')}`, 'owner-1')).toBeNull();
    expect(box.open('v2:abc', 'owner-1')).toBeNull();
    expect(box.open('garbage', 'owner-1')).toBeNull();
  });
});
