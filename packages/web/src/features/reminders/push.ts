import { api } from '../../app/api/client';

/**
 * Web push on this device: the browser's push service gives a subscription for this instance's
 * VAPID public key, and the server keeps it to send reminders and updates. The service worker
 * (public/sw.js) shows what arrives.
 */

export type PushState = 'unsupported' | 'blocked' | 'off' | 'on';

function isSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!isSupported()) return null;
  return (await navigator.serviceWorker.getRegistration()) ?? null;
}

export async function pushState(): Promise<PushState> {
  const registered = await registration();
  if (!registered) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  return (await registered.pushManager.getSubscription()) ? 'on' : 'off';
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export async function turnPushOn(): Promise<PushState> {
  const registered = await registration();
  if (!registered) return 'unsupported';
  if ((await Notification.requestPermission()) !== 'granted') return 'blocked';
  const { publicKey } = await api.get<{ publicKey: string }>('/push/public-key');
  const subscription = await registered.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(publicKey),
  });
  const { endpoint, keys } = subscription.toJSON();
  await api.post('/me/push-subscriptions', { endpoint, keys });
  return 'on';
}

export async function turnPushOff(): Promise<PushState> {
  const registered = await registration();
  const subscription = await registered?.pushManager.getSubscription();
  if (subscription) {
    await api.delete('/me/push-subscriptions', { endpoint: subscription.endpoint });
    await subscription.unsubscribe();
  }
  return 'off';
}
