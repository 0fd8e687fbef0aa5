import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { CopyField } from '../invitations/CopyField';
import type { TotpSetup } from './api';

interface TotpSetupFormProps {
  setup: TotpSetup;
  pending: boolean;
  error: unknown;
  onConfirm: (code: string) => void;
  onCancel: () => void;
}

/** The QR code and the key to type by hand, then a code from the app to prove it works. */
export function TotpSetupForm({ setup, pending, error, onConfirm, onCancel }: TotpSetupFormProps) {
  const [code, setCode] = useState('');
  const { formRef, errorFor, check } = useFormErrors<'code'>(error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<'code'> = {};
    if (code.trim() === '') errors.code = t('security.totp.codeRequired');
    if (!check(errors)) return;
    onConfirm(code.trim());
  };

  return (
    <div className="stack">
      <p>{t('security.totp.scan')}</p>
      <img
        className="totp-qr"
        src={setup.qrCode}
        alt={t('security.totp.qrAlt')}
        width={240}
        height={240}
      />
      <CopyField
        label={t('security.totp.manualKey')}
        value={setup.secret}
        copyLabel={t('security.totp.copyKey')}
        className="copy-field__value--code"
      />
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <FormAlert message={error ? errorMessage(error) : null} />
        <TextField
          label={t('security.totp.code')}
          hint={t('security.totp.codeHint')}
          className="input--code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          value={code}
          onValueChange={setCode}
          error={errorFor('code')}
        />
        <div className="button-row">
          <SubmitButton pending={pending} pendingLabel={t('security.totp.confirming')}>
            {t('security.totp.confirm')}
          </SubmitButton>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('security.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
