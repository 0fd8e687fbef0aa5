import type { Argon2idParameters } from '@amend/core';
import { argon2id } from 'hash-wasm';

/**
 * Argon2id from hash-wasm (a maintained WebAssembly build of the reference code), giving the 32
 * bytes crypto.ts turns into a wrapping key. The passphrase is NFC-normalised first, so the same
 * words typed on another device give the same key. Kept apart from crypto.ts so the worker that
 * runs it loads nothing else.
 */
export async function argon2idBytes(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  parameters: Argon2idParameters,
): Promise<Uint8Array<ArrayBuffer>> {
  const derived = await argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    memorySize: parameters.memoryKiB,
    iterations: parameters.iterations,
    parallelism: parameters.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return new Uint8Array(derived);
}
