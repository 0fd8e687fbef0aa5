import type { Argon2idDeriver, Bytes } from './crypto';

type WorkerAnswer = { bytes: Bytes } | { failed: true };

/**
 * Argon2id in a fresh worker for each derivation, ended as soon as it answers, so no key
 * material stays behind in a long-lived thread. Without worker support it runs here instead.
 */
export const deriveInWorker: Argon2idDeriver = async (passphrase, salt, parameters) => {
  if (typeof Worker === 'undefined') {
    // Loaded only here, so browsers with workers never download the WebAssembly twice.
    const { argon2idBytes } = await import('./argon2');
    return argon2idBytes(passphrase, salt, parameters);
  }
  return new Promise<Bytes>((resolve, reject) => {
    const worker = new Worker(new URL('./argon2.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      if ('bytes' in event.data) resolve(event.data.bytes);
      else reject(new Error('Argon2id failed in the worker'));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Argon2id worker error: ${event.message}`));
    };
    worker.postMessage({ passphrase, salt, parameters });
  });
};
