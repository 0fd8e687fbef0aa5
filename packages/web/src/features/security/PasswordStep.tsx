import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { CurrentPasswordField } from './CurrentPasswordField';

interface PasswordStepProps {
  intro?: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (password: string) => void;
  onCancel: () => void;
  variant?: 'primary' | 'secondary';
}

/** Asks for the current password before a change, with a way back out. */
export function PasswordStep({
  intro,
  submitLabel,
  pendingLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  variant = 'primary',
}: PasswordStepProps) {
  const [password, setPassword] = useState('');
  const { formRef, errorFor, check } = useFormErrors<'password'>(error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<'password'> = {};
    if (password === '') errors.password = t('security.currentPasswordRequired');
    if (!check(errors)) return;
    onSubmit(password);
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      {intro ? <p>{intro}</p> : null}
      <FormAlert message={error ? errorMessage(error) : null} />
      <CurrentPasswordField
        value={password}
        onValueChange={setPassword}
        error={errorFor('password')}
      />
      <div className="button-row">
        <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={variant}>
          {submitLabel}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('security.cancel')}
        </button>
      </div>
    </form>
  );
}
