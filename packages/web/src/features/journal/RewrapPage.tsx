import { type ComponentProps, type FormEvent, type ReactNode, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { isApiError } from '../../app/api/problem';
import { type NoticeKey, withNotice } from '../../app/notices';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { type JournalKeyring, useJournalKeyring, useRewrapJournal } from './api';
import { type changePassphrase, JournalCryptoError } from './crypto';
import { DeriveProgress } from './DeriveProgress';
import { deriveInWorker } from './deriveInWorker';
import { KeyringWaiting } from './KeyringWaiting';
import { NewPassphraseFields } from './NewPassphraseFields';
import { type NewPassphraseField, newPassphraseErrors } from './passphrase';
import { unlockJournal } from './session';
import './journal.css';

type Field = NewPassphraseField | 'proof';
type Rewrapped = Awaited<ReturnType<typeof changePassphrase>>;
type ProofFieldProps = Omit<
  ComponentProps<typeof TextField>,
  'value' | 'onValueChange' | 'error' | 'required'
>;

/**
 * A page that puts a new passphrase on the journal once the person proves they may: with the
 * current passphrase (changing it) or the recovery key (a forgotten one). Only the data key is
 * re-wrapped; entries stay as stored.
 */
export interface RewrapPageProps {
  readonly title: string;
  readonly intro: string;
  /** The field that proves it: its label and input attributes. */
  readonly proofField: ProofFieldProps;
  /** What to say when the proof field is left empty. */
  readonly proofRequired: string;
  /** A recovery key is written down in groups, so spaces alone are empty; a passphrase's count. */
  readonly proofIgnoresSpaces: boolean;
  /** What to say when the proof does not open the journal. */
  readonly proofRejected: (error: JournalCryptoError) => string;
  readonly rewrap: (
    keyring: JournalKeyring,
    proof: string,
    newPassphrase: string,
    derive: typeof deriveInWorker,
  ) => Promise<Rewrapped>;
  readonly newPassphraseLabel: string;
  readonly derivingLabel: string;
  readonly submitLabel: string;
  /** The notice the journal page shows once it is done. */
  readonly doneNotice: NoticeKey;
}

function RewrapForm({ keyring, ...page }: RewrapPageProps & { keyring: JournalKeyring }) {
  const rewrap = useRewrapJournal();
  const [, navigate] = useLocation();
  const [proof, setProof] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [deriving, setDeriving] = useState(false);
  const [failed, setFailed] = useState(false);
  const { formRef, errorFor, check } = useFormErrors<Field>(rewrap.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      ...((page.proofIgnoresSpaces ? proof.trim() : proof) === ''
        ? { proof: page.proofRequired }
        : {}),
      ...newPassphraseErrors(passphrase, confirmation),
    };
    if (!check(errors)) return;
    setDeriving(true);
    setFailed(false);
    try {
      const rewrapped = await page.rewrap(keyring, proof, passphrase, deriveInWorker);
      await rewrap.mutateAsync(rewrapped.request);
      unlockJournal(rewrapped.journal);
      navigate('/journal', { state: withNotice(page.doneNotice) });
    } catch (error) {
      setDeriving(false);
      if (error instanceof JournalCryptoError) check({ proof: page.proofRejected(error) });
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
        {...page.proofField}
        value={proof}
        onValueChange={setProof}
        error={errorFor('proof')}
        required
      />
      <NewPassphraseFields
        label={page.newPassphraseLabel}
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphraseChange={setPassphrase}
        onConfirmationChange={setConfirmation}
        errors={{ passphrase: errorFor('passphrase'), confirmation: errorFor('confirmation') }}
      />
      {deriving ? <DeriveProgress label={page.derivingLabel} /> : null}
      <div>
        <SubmitButton pending={deriving} pendingLabel={page.submitLabel}>
          {page.submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}

export function RewrapPage(page: RewrapPageProps) {
  const keyring = useJournalKeyring();
  let body: ReactNode;
  if (keyring.data === undefined) {
    body = <KeyringWaiting keyring={keyring} />;
  } else if (keyring.data === null) {
    body = <p>{t('journal.recover.noJournal')}</p>;
  } else {
    body = <RewrapForm keyring={keyring.data} {...page} />;
  }
  return (
    <div className="stack stack--loose">
      <PageHeading>{page.title}</PageHeading>
      <p>{page.intro}</p>
      {body}
      <p>
        <Link href="/journal">{t('journal.change.back')}</Link>
      </p>
    </div>
  );
}
