import type { Kysely } from 'kysely';
import webpush from 'web-push';
import type { Database } from '../db/schema.js';

/**
 * Web push (RFC 8030) with VAPID (RFC 8292): each message is encrypted for the browser's keys
 * (RFC 8291) and signed with this instance's key pair, which push services use to tell senders
 * apart. The pair is made on first start and kept in `instance_secrets`, so every app server and
 * every restart signs with the same one (browsers subscribed against its public half).
 */

export interface VapidKeys {
  readonly publicKey: string;
  readonly privateKey: string;
}

export interface PushSubscriptionKeys {
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
}

const PUBLIC_KEY = 'vapid_public_key';
const PRIVATE_KEY = 'vapid_private_key';
// How long a push service keeps a message for a device that is offline: a day, then it's stale.
const TIME_TO_LIVE_SECONDS = 24 * 60 * 60;
const SEND_TIMEOUT_MS = 15_000;

/** The instance's VAPID key pair, made and stored the first time it is needed. */
export async function ensureVapidKeys(db: Kysely<Database>, now: Date): Promise<VapidKeys> {
  const generated = webpush.generateVAPIDKeys();
  // Several servers may start at once: the first insert wins and everyone reads what it wrote.
  await db
    .insertInto('instance_secrets')
    .values([
      { name: PUBLIC_KEY, value: generated.publicKey, created_at: now },
      { name: PRIVATE_KEY, value: generated.privateKey, created_at: now },
    ])
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
  const rows = await db
    .selectFrom('instance_secrets')
    .select(['name', 'value'])
    .where('name', 'in', [PUBLIC_KEY, PRIVATE_KEY])
    .execute();
  const value = (name: string) => rows.find((row) => row.name === name)?.value;
  const publicKey = value(PUBLIC_KEY);
  const privateKey = value(PRIVATE_KEY);
  if (!publicKey || !privateKey) throw new Error('The VAPID key pair could not be stored.');
  return { publicKey, privateKey };
}

export type PushOutcome = 'sent' | 'gone';

export class PushDeliveryError extends Error {
  constructor(
    readonly status: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'PushDeliveryError';
  }
}

/**
 * Sends one encrypted, signed message to a browser's push service. `gone` means the browser
 * dropped the subscription (404/410) and it should be forgotten; any other failure throws, so
 * the job retries. The request is built by web-push and sent with fetch, which also speaks plain
 * HTTP: tests receive it on a loopback server (subscriptions from browsers must be https).
 */
export async function sendPush(
  subscription: PushSubscriptionKeys,
  payload: string,
  vapid: VapidKeys,
  subject: string,
): Promise<PushOutcome> {
  const request = webpush.generateRequestDetails(
    {
      endpoint: subscription.endpoint,
      keys: { p256dh: subscription.p256dh, auth: subscription.auth },
    },
    payload,
    {
      vapidDetails: { subject, publicKey: vapid.publicKey, privateKey: vapid.privateKey },
      TTL: TIME_TO_LIVE_SECONDS,
      contentEncoding: 'aes128gcm',
      urgency: 'normal',
    },
  );
  let response: Response;
  try {
    response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ?? null,
      redirect: 'error',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
  } catch (error) {
    throw new PushDeliveryError(null, `push service unreachable (${(error as Error).name})`);
  }
  await response.body?.cancel();
  if (response.status === 404 || response.status === 410) return 'gone';
  if (response.status >= 200 && response.status < 300) return 'sent';
  throw new PushDeliveryError(response.status, `push service answered ${response.status}`);
}

/** The VAPID subject: a contact address for the push services, from the sender address. */
export function vapidSubjectOf(mailFrom: string, publicUrl: URL): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  return address.includes('@') ? `mailto:${address.trim()}` : publicUrl.origin;
}
