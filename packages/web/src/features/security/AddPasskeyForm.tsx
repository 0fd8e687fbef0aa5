import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { CurrentPasswordField } from './CurrentPasswordField';
import { passkeyErrorMessage } from './passkeys';

type Field = 'name' | 'password';

interface AddPasskeyFormProps {
  pending: boolean;
  error: unknown;
  onSubmit: (input: { name: string; password: string }) => void;
  onCancel: () => void;
}

/** A name and the current password; then the browser asks the device to make the passkey. */
export function AddPasskeyForm({ pending, error, onSubmit, onCancel }: AddPasskeyFormProps) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { formRef, errorFor, check } = useFormErrors<Field>(error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (name.trim() === '') errors.name = t('security.passkeys.nameRequired');
    if (password === '') errors.password = t('security.currentPasswordRequired');
    if (!check(errors)) return;
    onSubmit({ name: name.trim(), password });
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={error ? passkeyErrorMessage(error) : null} />
      <TextField
        label={t('security.passkeys.name')}
        hint={t('security.passkeys.nameHint')}
        maxLength={60}
        required
        value={name}
        onValueChange={setName}
        error={errorFor('name')}
      />
      <CurrentPasswordField
        value={password}
        onValueChange={setPassword}
        error={errorFor('password')}
      />
      <div className="button-row">
        <SubmitButton pending={pending} pendingLabel={t('security.passkeys.adding')}>
          {t('security.passkeys.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('security.cancel')}
        </button>
      </div>
    </form>
  );
}
