import { t } from '../../i18n';
import { recoverWithRecoveryKey } from './crypto';
import { RewrapPage } from './RewrapPage';

/** The recovery key opens the journal and a new passphrase replaces the forgotten one. */
export function RecoverPage() {
  return (
    <RewrapPage
      title={t('journal.recover.title')}
      intro={t('journal.recover.intro')}
      proofField={{
        label: t('journal.recover.keyLabel'),
        hint: t('journal.recover.keyHint'),
        autoComplete: 'off',
        autoCapitalize: 'characters',
        spellCheck: false,
        className: 'journal__recovery-input',
      }}
      proofRequired={t('journal.recover.keyRequired')}
      proofIgnoresSpaces
      proofRejected={(error) =>
        error.problem === 'malformed-recovery-key'
          ? t('journal.recover.malformed')
          : t('journal.recover.wrong')
      }
      rewrap={recoverWithRecoveryKey}
      newPassphraseLabel={t('journal.passphrase.label')}
      derivingLabel={t('journal.recover.deriving')}
      submitLabel={t('journal.recover.submit')}
      doneNotice="journalRecovered"
    />
  );
}
