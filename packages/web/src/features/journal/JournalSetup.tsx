import { lastRecoveryKeyGroup, normalizeRecoveryKey } from '@amend/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { useSetUpJournal } from './api';
import { type CreatedKeyring, createKeyring } from './crypto';
import { DeriveProgress } from './DeriveProgress';
import { deriveInWorker } from './deriveInWorker';
import { NewPassphraseFields } from './NewPassphraseFields';
import { type NewPassphraseField, newPassphraseErrors } from './passphrase';
import { unlockJournal } from './session';

/** Each step's heading takes focus when it appears, so screen readers start in the right place. */
function StepHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h2 ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}

/** Before anything else: what the journal protects, and what is lost if both keys are. */
function Explainer({ onStart }: { onStart: () => void }) {
  const warningId = useId();
  return (
    <div className="stack">
      <p className="lead">{t('journal.explainer.lead')}</p>
      <p>{t('journal.explainer.how')}</p>
      <p>{t('journal.explainer.recovery')}</p>
      <div className="callout callout--warning stack" aria-labelledby={warningId} role="note">
        <p id={warningId} className="alert__title">
          {t('journal.explainer.lossTitle')}
        </p>
        <p>{t('journal.explainer.loss')}</p>
      </div>
      <p>{t('journal.explainer.device')}</p>
      <div>
        <button type="button" className="button button--primary" onClick={onStart}>
          {t('journal.explainer.start')}
        </button>
      </div>
    </div>
  );
}

function ChoosePassphrase({ onCreated }: { onCreated: (created: CreatedKeyring) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [deriving, setDeriving] = useState(false);
  const [failed, setFailed] = useState(false);
  const { formRef, errorFor, check } = useFormErrors<NewPassphraseField>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check(newPassphraseErrors(passphrase, confirmation))) return;
    setDeriving(true);
    setFailed(false);
    try {
      onCreated(await createKeyring(passphrase, deriveInWorker));
    } catch {
      setFailed(true);
      setDeriving(false);
    }
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <StepHeading>{t('journal.passphrase.heading')}</StepHeading>
      <p>{t('journal.passphrase.intro')}</p>
      <FormAlert message={failed ? t('errors.unexpected') : null} />
      <NewPassphraseFields
        label={t('journal.passphrase.label')}
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphraseChange={setPassphrase}
        onConfirmationChange={setConfirmation}
        errors={{ passphrase: errorFor('passphrase'), confirmation: errorFor('confirmation') }}
      />
      {deriving ? <DeriveProgress label={t('journal.passphrase.deriving')} /> : null}
      <div>
        <SubmitButton pending={deriving} pendingLabel={t('journal.passphrase.submit')}>
          {t('journal.passphrase.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

/**
 * The recovery key, shown once. Nothing is stored until the person types its last group back,
 * so closing the page here leaves no journal behind that they could not recover.
 */
function ConfirmRecoveryKey({ created }: { created: CreatedKeyring }) {
  const setUp = useSetUpJournal();
  const [typed, setTyped] = useState('');
  const { formRef, errorFor, check } = useFormErrors<'lastGroup'>(setUp.error);
  const lastGroup = lastRecoveryKeyGroup(created.recoveryKey);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Read back as a person types it: any case, and O or I for zero or one.
    const readBack = normalizeRecoveryKey(`${created.recoveryKey.slice(0, -5)}${typed.trim()}`);
    if (typed.trim() === '') {
      check({ lastGroup: t('journal.recoveryKey.checkRequired') });
      return;
    }
    if (readBack === null || lastRecoveryKeyGroup(readBack) !== lastGroup) {
      check({ lastGroup: t('journal.recoveryKey.checkWrong') });
      return;
    }
    check({});
    setUp.mutate(created.request, { onSuccess: () => unlockJournal(created.journal) });
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <StepHeading>{t('journal.recoveryKey.heading')}</StepHeading>
      <p>{t('journal.recoveryKey.intro')}</p>
      <div className="card stack">
        <p className="field__label">{t('journal.recoveryKey.keyLabel')}</p>
        <p className="journal__recovery-key">{created.recoveryKey}</p>
      </div>
      <p>{t('journal.recoveryKey.where')}</p>
      <FormAlert message={setUp.isError ? errorMessage(setUp.error) : null} />
      <TextField
        label={t('journal.recoveryKey.checkLabel')}
        hint={t('journal.recoveryKey.checkHint')}
        value={typed}
        onValueChange={setTyped}
        error={errorFor('lastGroup')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        required
      />
      <div>
        <SubmitButton pending={setUp.isPending}>{t('journal.recoveryKey.submit')}</SubmitButton>
      </div>
    </form>
  );
}

/** First use: the explainer, a passphrase, then the recovery key written down. */
export function JournalSetup() {
  const [step, setStep] = useState<'explain' | 'passphrase' | 'recovery'>('explain');
  const [created, setCreated] = useState<CreatedKeyring | null>(null);
  if (step === 'explain') return <Explainer onStart={() => setStep('passphrase')} />;
  if (step === 'passphrase' || created === null) {
    return (
      <ChoosePassphrase
        onCreated={(keyring) => {
          setCreated(keyring);
          setStep('recovery');
        }}
      />
    );
  }
  return <ConfirmRecoveryKey created={created} />;
}
