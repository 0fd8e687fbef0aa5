import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  hkdfSync,
  randomBytes,
  verify,
} from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Plays a browser and its push service on loopback: it holds the browser's key pair (as
 * PushManager.subscribe would) and receives what Amend sends, so tests can check the VAPID
 * signature and decrypt the message exactly as a real push service and browser would.
 */

export interface ReceivedPush {
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface PushReceiver {
  readonly endpoint: string;
  readonly keys: { p256dh: string; auth: string };
  readonly received: ReceivedPush[];
  /** Answer with this status from now on (e.g. 503 for an outage, 410 for a dropped browser). */
  answerWith(status: number): void;
  decrypt(push: ReceivedPush): string;
  close(): Promise<void>;
}

export async function startPushReceiver(): Promise<PushReceiver> {
  const browser = createECDH('prime256v1');
  browser.generateKeys();
  const authSecret = randomBytes(16);
  const received: ReceivedPush[] = [];
  let status = 201;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/push/${randomBytes(8).toString('hex')}`,
    keys: {
      p256dh: browser.getPublicKey().toString('base64url'),
      auth: authSecret.toString('base64url'),
    },
    received,
    answerWith: (next) => {
      status = next;
    },
    // RFC 8291 (message encryption for web push) over RFC 8188 (aes128gcm), one record.
    decrypt(push) {
      const salt = push.body.subarray(0, 16);
      const keyIdLength = push.body.readUInt8(20);
      const senderPublicKey = push.body.subarray(21, 21 + keyIdLength);
      const ciphertext = push.body.subarray(21 + keyIdLength);
      const shared = browser.computeSecret(senderPublicKey);
      const keyInfo = Buffer.concat([
        Buffer.from('WebPush: info\0'),
        browser.getPublicKey(),
        senderPublicKey,
      ]);
      const ikm = Buffer.from(hkdfSync('sha256', shared, authSecret, keyInfo, 32));
      const key = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: aes128gcm\0', 16));
      const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: nonce\0', 12));
      const decipher = createDecipheriv('aes-128-gcm', key, nonce);
      decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
      const padded = Buffer.concat([
        decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
        decipher.final(),
      ]);
      // The last record ends with the delimiter 0x02, then zero padding.
      return padded.subarray(0, padded.lastIndexOf(2)).toString('utf8');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Checks a VAPID Authorization header (RFC 8292: `vapid t=<JWT>, k=<public key>`) the way a push
 * service does: an ES256 signature by the given key, for this endpoint's origin, not expired.
 */
export function verifyVapid(
  authorization: string,
  endpoint: string,
): { publicKey: string; claims: Record<string, unknown> } {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization);
  if (!match?.[1] || !match[2]) throw new Error(`not a VAPID header: ${authorization}`);
  const [token, publicKey] = [match[1], match[2]];
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) throw new Error('not a JWT');
  const point = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) throw new Error('VAPID signature does not verify');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (claims.aud !== new URL(endpoint).origin) throw new Error('VAPID audience is wrong');
  if (!(claims.exp > Date.now() / 1000)) throw new Error('VAPID token expired');
  return { publicKey, claims };
}
