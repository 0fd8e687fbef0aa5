import { JOURNAL_ARGON2ID_BOUNDS, JOURNAL_ENTRY_MAX_CHARACTERS } from '@amend/core';
import { describe, expect, it } from 'vitest';
import { argon2idBytes } from '../../../../web/src/features/journal/argon2.js';
import {
  changePassphrase,
  createKeyring,
  decryptEntry,
  encryptEntry,
  fromBase64Url,
  JournalCryptoError,
  recoverWithRecoveryKey,
  type StoredKeyring,
  unlockWithPassphrase,
} from '../../../../web/src/features/journal/crypto.js';

/**
 * The browser's journal crypto (packages/web/src/features/journal/crypto.ts), run in Node: the
 * same WebCrypto API and the same hash-wasm build. The server's test project runs it because the
 * web package has no test runner of its own.
 */

// The weakest parameters the server accepts, so these tests take milliseconds, not seconds.
const FAST = {
  memoryKiB: JOURNAL_ARGON2ID_BOUNDS.memoryKiB.min,
  iterations: JOURNAL_ARGON2ID_BOUNDS.iterations.min,
  parallelism: 1,
};
const PASSPHRASE = 'lanterns over the quiet harbour';

async function storedJournal() {
  const created = await createKeyring(PASSPHRASE, argon2idBytes, FAST);
  const keyring: StoredKeyring = { ...created.request, version: 1 };
  return { ...created, keyring };
}

async function expectProblem(promise: Promise<unknown>, problem: JournalCryptoError['problem']) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(JournalCryptoError);
  expect((error as JournalCryptoError).problem).toBe(problem);
}

describe('journal crypto in the browser', () => {
  it('an entry encrypted after set-up decrypts after unlocking with the passphrase', async () => {
    const { journal, keyring } = await storedJournal();
    const sealed = await encryptEntry(journal, 'Today I told the truth about the phone.');
    const reopened = await unlockWithPassphrase(keyring, PASSPHRASE, argon2idBytes);
    expect(await decryptEntry(reopened, sealed)).toBe('Today I told the truth about the phone.');
  });

  it('the recovery key opens the journal and sets a new passphrase without touching entries', async () => {
    const { journal, keyring, recoveryKey, request } = await storedJournal();
    const sealed = await encryptEntry(journal, 'Written before the passphrase was forgotten.');
    const typedBack = recoveryKey.toLowerCase().replaceAll('-', ' ');
    const recovered = await recoverWithRecoveryKey(
      keyring,
      typedBack,
      'a brand new passphrase',
      argon2idBytes,
      FAST,
    );
    expect(await decryptEntry(recovered.journal, sealed)).toBe(
      'Written before the passphrase was forgotten.',
    );
    const rewrapped: StoredKeyring = { ...keyring, passphrase: recovered.request.passphrase };
    const reopened = await unlockWithPassphrase(rewrapped, 'a brand new passphrase', argon2idBytes);
    expect(await decryptEntry(reopened, sealed)).toBe(
      'Written before the passphrase was forgotten.',
    );
    // The same data key, so the same proof the server checks.
    expect(recovered.request.rewrapProof).toBe(request.rewrapProof);
  });

  it('changing the passphrase re-wraps the same data key, so old entries still open', async () => {
    const { journal, keyring } = await storedJournal();
    const sealed = await encryptEntry(journal, 'An entry from before the change.');
    const changed = await changePassphrase(
      keyring,
      PASSPHRASE,
      'the next passphrase',
      argon2idBytes,
      FAST,
    );
    expect(changed.request.version).toBe(1);
    expect(changed.request.passphrase.salt).not.toBe(keyring.passphrase.salt);
    const rewrapped: StoredKeyring = {
      ...keyring,
      version: 2,
      passphrase: changed.request.passphrase,
    };
    await expectProblem(
      unlockWithPassphrase(rewrapped, PASSPHRASE, argon2idBytes),
      'wrong-passphrase',
    );
    const reopened = await unlockWithPassphrase(rewrapped, 'the next passphrase', argon2idBytes);
    expect(await decryptEntry(reopened, sealed)).toBe('An entry from before the change.');
  });

  it('refuses a wrong passphrase, a wrong recovery key and a mistyped one, each by name', async () => {
    const { keyring } = await storedJournal();
    await expectProblem(
      unlockWithPassphrase(keyring, 'not the passphrase', argon2idBytes),
      'wrong-passphrase',
    );
    await expectProblem(
      changePassphrase(keyring, 'not the passphrase', 'anything at all', argon2idBytes, FAST),
      'wrong-passphrase',
    );
    await expectProblem(
      recoverWithRecoveryKey(
        keyring,
        '00000-00000-00000-00000-00000',
        'new one here',
        argon2idBytes,
      ),
      'wrong-recovery-key',
    );
    await expectProblem(
      recoverWithRecoveryKey(keyring, 'too short', 'new one here', argon2idBytes),
      'malformed-recovery-key',
    );
  });

  it('hides an entry’s exact length by padding it to 256-byte blocks', async () => {
    const { journal } = await storedJournal();
    const short = await encryptEntry(journal, 'a');
    const longer = await encryptEntry(journal, 'a'.repeat(200));
    const longest = await encryptEntry(journal, 'a'.repeat(300));
    expect(fromBase64Url(short.ciphertext).length).toBe(256 + 16);
    expect(fromBase64Url(longer.ciphertext).length).toBe(256 + 16);
    expect(fromBase64Url(longest.ciphertext).length).toBe(512 + 16);
  });

  it('keeps every character: emoji, accents and right-to-left text come back exactly', async () => {
    const { journal } = await storedJournal();
    const text = 'Ça va 💬 — שלום\nsecond line\u0000 with a NUL';
    expect(await decryptEntry(journal, await encryptEntry(journal, text))).toBe(text);
  });

  it('accepts the longest entry, even in three-byte characters, and refuses one longer', async () => {
    const { journal } = await storedJournal();
    const longest = '語'.repeat(JOURNAL_ENTRY_MAX_CHARACTERS);
    const sealed = await encryptEntry(journal, longest);
    expect(await decryptEntry(journal, sealed)).toBe(longest);
    await expectProblem(encryptEntry(journal, `${longest}.`), 'entry-too-long');
  });

  it('uses a fresh nonce every time, so the same words never give the same ciphertext', async () => {
    const { journal } = await storedJournal();
    const first = await encryptEntry(journal, 'same words');
    const second = await encryptEntry(journal, 'same words');
    expect(first.iv).not.toBe(second.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
  });

  it('notices a changed ciphertext instead of showing altered words', async () => {
    const { journal } = await storedJournal();
    const sealed = await encryptEntry(journal, 'original words');
    const bytes = fromBase64Url(sealed.ciphertext);
    bytes[10] = (bytes[10] ?? 0) ^ 1;
    const tampered = { iv: sealed.iv, ciphertext: Buffer.from(bytes).toString('base64url') };
    await expectProblem(decryptEntry(journal, tampered), 'entry-unreadable');
  });

  it('cannot open another journal’s entry, even with the right passphrase for its own', async () => {
    const mine = await storedJournal();
    const theirs = await storedJournal();
    const sealed = await encryptEntry(theirs.journal, 'not yours');
    await expectProblem(decryptEntry(mine.journal, sealed), 'entry-unreadable');
  });

  it('keeps the data key unexportable once unlocked', async () => {
    const { keyring } = await storedJournal();
    const { key } = await unlockWithPassphrase(keyring, PASSPHRASE, argon2idBytes);
    expect(key.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});
