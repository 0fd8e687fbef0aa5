import type { Argon2idParameters } from '@amend/core';
import { argon2idBytes } from './argon2';

/**
 * Runs Argon2id off the main thread: it deliberately takes a second or more and most of a
 * phone's attention, and the page must stay responsive (and able to show progress) meanwhile.
 */
interface DeriveRequest {
  readonly passphrase: string;
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly parameters: Argon2idParameters;
}

// The web app is type-checked with the DOM library; this file runs in a dedicated worker.
const worker = globalThis as unknown as {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
};

worker.onmessage = (event) => {
  const { passphrase, salt, parameters } = event.data;
  argon2idBytes(passphrase, salt, parameters).then(
    (bytes) => worker.postMessage({ bytes }, [bytes.buffer]),
    () => worker.postMessage({ failed: true }, []),
  );
};
