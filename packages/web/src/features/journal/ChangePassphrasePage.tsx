import { t } from '../../i18n';
import { changePassphrase } from './crypto';
import { RewrapPage } from './RewrapPage';

/**
 * Asks for the current passphrase (not just an unlocked journal), so someone who picks up an
 * unlocked phone cannot change the lock.
 */
export function ChangePassphrasePage() {
  return (
    <RewrapPage
      title={t('journal.change.title')}
      intro={t('journal.change.intro')}
      proofField={{
        label: t('journal.change.currentLabel'),
        type: 'password',
        autoComplete: 'current-password',
      }}
      proofRequired={t('journal.change.currentRequired')}
      proofIgnoresSpaces={false}
      proofRejected={() => t('journal.unlock.wrong')}
      rewrap={changePassphrase}
      newPassphraseLabel={t('journal.change.newLabel')}
      derivingLabel={t('journal.change.deriving')}
      submitLabel={t('journal.change.submit')}
      doneNotice="journalPassphraseChanged"
    />
  );
}
