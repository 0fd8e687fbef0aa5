import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { isApiError } from '../../app/api/problem';
import { withNotice } from '../../app/notices';
import { FormAlert } from '../../app/ui/FormAlert';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { type JournalKeyring, useJournalKeyring, useRewrapJournal } from './api';
import { JournalCryptoError, recoverWithRecoveryKey } from './crypto';
import { DeriveProgress } from './DeriveProgress';
import { deriveInWorker } from './deriveInWorker';
import { NewPassphraseFields } from './NewPassphraseFields';
import { type NewPassphraseField, newPassphraseErrors } from './passphrase';
import { unlockJournal } from './session';
import './journal.css';

type Field = NewPassphraseField | 'recoveryKey';

/** The recovery key opens the journal and a new passphrase replaces the forgotten one. */
function RecoverForm({ keyring }: { keyring: JournalKeyring }) {
  const rewrap = useRewrapJournal();
  const [, navigate] = useLocation();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [deriving, setDeriving] = useState(false);
  const [failed, setFailed] = useState(false);
  const { formRef, errorFor, check } = useFormErrors<Field>(rewrap.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      ...(recoveryKey.trim() === '' ? { recoveryKey: t('journal.recover.keyRequired') } : {}),
      ...newPassphraseErrors(passphrase, confirmation),
    };
    if (!check(errors)) return;
    setDeriving(true);
    setFailed(false);
    try {
      const recovered = await recoverWithRecoveryKey(
        keyring,
        recoveryKey,
        passphrase,
        deriveInWorker,
      );
      await rewrap.mutateAsync(recovered.request);
      unlockJournal(recovered.journal);
      navigate('/journal', { state: withNotice('journalRecovered') });
    } catch (error) {
      setDeriving(false);
      if (error instanceof JournalCryptoError) {
        check({
          recoveryKey:
            error.problem === 'malformed-recovery-key'
              ? t('journal.recover.malformed')
              : t('journal.recover.wrong'),
        });
      } else if (!isApiError(error)) setFailed(true);
    }
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert
        message={
          rewrap.isError ? errorMessage(rewrap.error) : failed ? t('errors.unexpected') : null
        }
      />
      <TextField
        label={t('journal.recover.keyLabel')}
        hint={t('journal.recover.keyHint')}
        value={recoveryKey}
        onValueChange={setRecoveryKey}
        error={errorFor('recoveryKey')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="journal__recovery-input"
        required
      />
      <NewPassphraseFields
        label={t('journal.passphrase.label')}
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphraseChange={setPassphrase}
        onConfirmationChange={setConfirmation}
        errors={{ passphrase: errorFor('passphrase'), confirmation: errorFor('confirmation') }}
      />
      {deriving ? <DeriveProgress label={t('journal.recover.deriving')} /> : null}
      <div>
        <SubmitButton pending={deriving} pendingLabel={t('journal.recover.submit')}>
          {t('journal.recover.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

export function RecoverPage() {
  const keyring = useJournalKeyring();
  let body: ReactNode;
  if (keyring.data === undefined) {
    body = keyring.isError ? (
      <LoadFailed onRetry={() => void keyring.refetch()} />
    ) : (
      <Loading label={t('journal.loading')} />
    );
  } else if (keyring.data === null) {
    body = <p>{t('journal.recover.noJournal')}</p>;
  } else {
    body = <RecoverForm keyring={keyring.data} />;
  }
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('journal.recover.title')}</PageHeading>
      <p>{t('journal.recover.intro')}</p>
      {body}
      <p>
        <Link href="/journal">{t('journal.change.back')}</Link>
      </p>
    </div>
  );
}
