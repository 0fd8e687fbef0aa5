/**
 * What the app keeps on this device for use without a connection: the last answers it fetched
 * (so the app can show recent data offline) and writes waiting to be sent. Everything is stored
 * in IndexedDB encrypted with AES-GCM under a key made here as non-extractable: script can use it
 * but never read it out, and the browser's files on disk hold only ciphertext. It does not
 * protect against script running in Amend's own pages, which could use the key as the app does;
 * the Content-Security-Policy is what keeps other script out. Signing out and quick exit delete
 * the whole store, key included.
 */

const DATABASE = 'amend-offline';
const VERSION = 1;
export const STORES = ['keys', 'recent', 'outbox'] as const;
type StoreName = (typeof STORES)[number];
const KEY_ID = 'device';

interface Sealed {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE, VERSION);
    request.onupgradeneeded = () => {
      for (const store of STORES) request.result.createObjectStore(store);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

async function inStore<T>(
  store: StoreName,
  mode: IDBTransactionMode,
  run: (objects: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await database();
  return requestResult(run(db.transaction(store, mode).objectStore(store)));
}

let deviceKey: Promise<CryptoKey> | null = null;

/** This device's key: made once, kept as a CryptoKey object (structured clone, not bytes). */
function key(): Promise<CryptoKey> {
  deviceKey ??= (async () => {
    const existing = await inStore<CryptoKey | undefined>('keys', 'readonly', (keys) =>
      keys.get(KEY_ID),
    );
    if (existing) return existing;
    const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await inStore('keys', 'readwrite', (keys) => keys.put(made, KEY_ID));
    return made;
  })().catch((error: unknown) => {
    deviceKey = null;
    throw error;
  });
  return deviceKey;
}

async function seal(value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(new ArrayBuffer(12)));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key(), plain);
  return { iv, data };
}

async function open<T>(sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv },
    await key(),
    sealed.data,
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

export async function putSealed(store: 'recent' | 'outbox', id: string, value: unknown) {
  const sealed = await seal(value);
  await inStore(store, 'readwrite', (objects) => objects.put(sealed, id));
}

export async function getSealed<T>(store: 'recent' | 'outbox', id: string): Promise<T | null> {
  try {
    const sealed = await inStore<Sealed | undefined>(store, 'readonly', (objects) =>
      objects.get(id),
    );
    return sealed ? await open<T>(sealed) : null;
  } catch {
    // Unreadable (another key, a damaged record): treat as absent rather than break the page.
    return null;
  }
}

export async function allSealed<T>(
  store: 'recent' | 'outbox',
): Promise<{ id: string; value: T }[]> {
  const db = await database();
  const objects = db.transaction(store, 'readonly').objectStore(store);
  const [ids, values] = await Promise.all([
    requestResult(objects.getAllKeys()),
    requestResult(objects.getAll() as IDBRequest<Sealed[]>),
  ]);
  const opened: { id: string; value: T }[] = [];
  for (const [index, sealed] of values.entries()) {
    try {
      opened.push({ id: String(ids[index]), value: await open<T>(sealed) });
    } catch {
      // Skip what cannot be read; it is never sent half-understood.
    }
  }
  return opened;
}

export async function deleteSealed(store: 'recent' | 'outbox', id: string): Promise<void> {
  await inStore(store, 'readwrite', (objects) => objects.delete(id));
}

/** Forgets everything this device keeps, the key too (sign-out, quick exit). */
export async function wipeVault(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
  deviceKey = null;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

/** Forgets the kept answers (the last person's data) but not writes still waiting to be sent. */
export async function forgetRecentAnswers(): Promise<void> {
  try {
    const db = await database();
    await requestResult(db.transaction('recent', 'readwrite').objectStore('recent').clear());
  } catch {
    // Nothing kept, or storage refused: nothing to forget.
  }
}
