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
import { changePassphrase, JournalCryptoError } from './crypto';
import { DeriveProgress } from './DeriveProgress';
import { deriveInWorker } from './deriveInWorker';
import { NewPassphraseFields } from './NewPassphraseFields';
import { type NewPassphraseField, newPassphraseErrors } from './passphrase';
import { unlockJournal } from './session';
import './journal.css';

type Field = NewPassphraseField | 'current';

/**
 * Asks for the current passphrase (not just an unlocked journal), so someone who picks up an
 * unlocked phone cannot change the lock. Only the data key is re-wrapped; entries stay as stored.
 */
function ChangeForm({ keyring }: { keyring: JournalKeyring }) {
  const rewrap = useRewrapJournal();
  const [, navigate] = useLocation();
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [deriving, setDeriving] = useState(false);
  const [failed, setFailed] = useState(false);
  const { formRef, errorFor, check } = useFormErrors<Field>(rewrap.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      ...(current === '' ? { current: t('journal.change.currentRequired') } : {}),
      ...newPassphraseErrors(passphrase, confirmation),
    };
    if (!check(errors)) return;
    setDeriving(true);
    setFailed(false);
    try {
      const changed = await changePassphrase(keyring, current, passphrase, deriveInWorker);
      await rewrap.mutateAsync(changed.request);
      unlockJournal(changed.journal);
      navigate('/journal', { state: withNotice('journalPassphraseChanged') });
    } catch (error) {
      setDeriving(false);
      if (error instanceof JournalCryptoError) check({ current: t('journal.unlock.wrong') });
      else if (!isApiError(error)) setFailed(true);
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
        label={t('journal.change.currentLabel')}
        type="password"
        autoComplete="current-password"
        value={current}
        onValueChange={setCurrent}
        error={errorFor('current')}
        required
      />
      <NewPassphraseFields
        label={t('journal.change.newLabel')}
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphraseChange={setPassphrase}
        onConfirmationChange={setConfirmation}
        errors={{ passphrase: errorFor('passphrase'), confirmation: errorFor('confirmation') }}
      />
      {deriving ? <DeriveProgress label={t('journal.change.deriving')} /> : null}
      <div>
        <SubmitButton pending={deriving} pendingLabel={t('journal.change.submit')}>
          {t('journal.change.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

export function ChangePassphrasePage() {
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
    body = <ChangeForm keyring={keyring.data} />;
  }
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('journal.change.title')}</PageHeading>
      <p>{t('journal.change.intro')}</p>
      {body}
      <p>
        <Link href="/journal">{t('journal.change.back')}</Link>
      </p>
    </div>
  );
}
