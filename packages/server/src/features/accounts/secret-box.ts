import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts small secrets (TOTP keys) before they reach the database. The key is derived with
 * HKDF-SHA256 from the server's own secret (AMEND_COOKIE_SECRET, or the one generated into the
 * data directory), which never lives in the database: a dump or a backup of the database alone
 * does not reveal anyone's authenticator key. AES-256-GCM, with the owner's id as additional
 * data, so an encrypted secret copied onto another account's row does not decrypt.
 */
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretBox {
  seal(plaintext: string, ownerId: string): string;
  /** Null when the text was not sealed with this server's secret for this owner. */
  open(sealed: string, ownerId: string): string | null;
}

export function createSecretBox(serverSecret: string, purpose: string): SecretBox {
  const key = Buffer.from(
    hkdfSync('sha256', serverSecret, 'amend-secret-box', `amend ${purpose} ${VERSION}`, 32),
  );
  return {
    seal(plaintext, ownerId) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(ownerId, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const sealed = Buffer.concat([iv, body, cipher.getAuthTag()]);
      return `${VERSION}:${sealed.toString('base64url')}`;
    },
    open(sealed, ownerId) {
      const [version, encoded] = sealed.split(':');
      if (version !== VERSION || !encoded) return null;
      const bytes = Buffer.from(encoded, 'base64url');
      if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(ownerId, 'utf8'));
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        const body = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
