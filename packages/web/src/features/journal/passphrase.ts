import { t } from '../../i18n';

/**
 * The journal passphrase is checked only here: it never leaves the browser, so the server has
 * nothing to check. Long enough that guessing it against a stolen database is slow work even
 * with Argon2id's help.
 */
export const JOURNAL_PASSPHRASE_MIN_LENGTH = 12;

export type NewPassphraseField = 'passphrase' | 'confirmation';

export function newPassphraseErrors(
  passphrase: string,
  confirmation: string,
): Partial<Record<NewPassphraseField, string>> {
  const min = JOURNAL_PASSPHRASE_MIN_LENGTH;
  if (passphrase === '') return { passphrase: t('journal.passphrase.required') };
  if ([...passphrase].length < min)
    return { passphrase: t('journal.passphrase.tooShort', { min }) };
  if (confirmation !== passphrase) return { confirmation: t('journal.passphrase.mismatch') };
  return {};
}
