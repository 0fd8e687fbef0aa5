import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { type JournalKeyring, useDeleteJournal } from './api';
import { JournalCryptoError, unlockWithPassphrase } from './crypto';
import { DeriveProgress } from './DeriveProgress';
import { deriveInWorker } from './deriveInWorker';
import { unlockJournal } from './session';

/** For someone who has lost both keys: the entries cannot be saved, but the journal can restart. */
function StartAgain() {
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteJournal();
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('journal.startAgain.heading')}</h2>
      <p>{t('journal.startAgain.body')}</p>
      <div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setConfirming(true)}
        >
          {t('journal.startAgain.button')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('journal.startAgain.confirmTitle')}
        confirmLabel={t('journal.startAgain.confirm')}
        cancelLabel={t('journal.startAgain.cancel')}
        pending={remove.isPending}
        pendingLabel={t('journal.startAgain.pending')}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onDismiss={() => {
          setConfirming(false);
          remove.reset();
        }}
      >
        <p>{t('journal.startAgain.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

export function UnlockForm({ keyring }: { keyring: JournalKeyring }) {
  const [passphrase, setPassphrase] = useState('');
  const [deriving, setDeriving] = useState(false);
  const [failed, setFailed] = useState(false);
  const { formRef, errorFor, check } = useFormErrors<'passphrase'>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check(passphrase === '' ? { passphrase: t('journal.unlock.required') } : {})) return;
    setDeriving(true);
    setFailed(false);
    try {
      unlockJournal(await unlockWithPassphrase(keyring, passphrase, deriveInWorker));
    } catch (error) {
      setDeriving(false);
      if (error instanceof JournalCryptoError) check({ passphrase: t('journal.unlock.wrong') });
      else setFailed(true);
    }
  };

  return (
    <div className="stack stack--loose">
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <p>{t('journal.unlock.intro')}</p>
        <FormAlert message={failed ? t('errors.unexpected') : null} />
        <TextField
          label={t('journal.unlock.label')}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onValueChange={setPassphrase}
          error={errorFor('passphrase')}
          required
        />
        {deriving ? <DeriveProgress label={t('journal.unlock.deriving')} /> : null}
        <div>
          <SubmitButton pending={deriving} pendingLabel={t('journal.unlock.submit')}>
            {t('journal.unlock.submit')}
          </SubmitButton>
        </div>
        <p>
          <Link href="/journal/recover">{t('journal.unlock.forgot')}</Link>
        </p>
      </form>
      <StartAgain />
    </div>
  );
}
