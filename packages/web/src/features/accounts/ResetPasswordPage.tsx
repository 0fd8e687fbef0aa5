import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { isApiError } from '../../app/api/problem';
import { withNotice } from '../../app/notices';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import {
  type FieldErrors,
  isPasswordLengthValid,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  useFormErrors,
} from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { useCompletePasswordReset } from './api';

type Field = 'password' | 'confirmPassword';

function ResetPasswordForm({ token }: { token: string }) {
  const completeReset = useCompletePasswordReset();
  const { formRef, errorFor, check } = useFormErrors<Field>(completeReset.error);
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (!isPasswordLengthValid(password)) errors.password = t('fields.passwordLength');
    if (confirmPassword === '') errors.confirmPassword = t('resetPassword.confirmRequired');
    else if (confirmPassword !== password) errors.confirmPassword = t('resetPassword.mismatch');
    if (!check(errors)) return;
    completeReset.mutate(
      { token, password },
      { onSuccess: () => navigate('/sign-in', { state: withNotice('passwordReset') }) },
    );
  };

  return (
    <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert message={completeReset.isError ? errorMessage(completeReset.error) : null} />
      {isApiError(completeReset.error, 'RESET_TOKEN_INVALID') ? (
        <p>
          <Link href="/forgot-password">{t('resetPassword.requestNewLink')}</Link>
        </p>
      ) : null}
      <TextField
        label={t('resetPassword.newPassword')}
        hint={t('fields.passwordHint')}
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        value={password}
        onValueChange={setPassword}
        error={errorFor('password')}
      />
      <TextField
        label={t('resetPassword.confirmPassword')}
        type="password"
        name="confirmPassword"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        value={confirmPassword}
        onValueChange={setConfirmPassword}
        error={errorFor('confirmPassword')}
      />
      <div className="button-row">
        <SubmitButton pending={completeReset.isPending}>{t('resetPassword.submit')}</SubmitButton>
      </div>
    </form>
  );
}

export function ResetPasswordPage() {
  const token = new URLSearchParams(useSearch()).get('token');
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('resetPassword.title')}</PageHeading>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <>
          <div className="alert alert--error" role="alert">
            {t('resetPassword.missingToken')}
          </div>
          <p>
            <Link href="/forgot-password">{t('resetPassword.requestNewLink')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
