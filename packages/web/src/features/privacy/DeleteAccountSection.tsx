import { type FormEvent, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { isApiError } from '../../app/api/problem';
import { FormAlert } from '../../app/ui/FormAlert';
import { TextField } from '../../app/ui/TextField';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { useDeleteAccount } from './api';

/** A calm, clear warning and the current password, then the account is gone for good. */
export function DeleteAccountSection() {
  const headingId = useId();
  const [password, setPassword] = useState('');
  const deleteAccount = useDeleteAccount();
  const [, navigate] = useLocation();
  const { formRef, errorFor, check } = useFormErrors<'password'>(deleteAccount.error);
  // A wrong password is shown beside the field; anything else above the button.
  const formError =
    deleteAccount.isError && !isApiError(deleteAccount.error, 'REAUTHENTICATION_FAILED')
      ? errorMessage(deleteAccount.error)
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!check(password ? {} : { password: t('privacy.delete.passwordRequired') })) return;
    deleteAccount.mutate(password, {
      onSuccess: () => navigate('/goodbye', { replace: true }),
    });
  };

  return (
    <section className="card stack delete-account" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('privacy.delete.heading')}</h2>
      <p>{t('privacy.delete.body')}</p>
      <p>{t('privacy.delete.agreements')}</p>
      <p>{t('privacy.delete.exportFirst')}</p>
      <p className="muted">{t('privacy.delete.auditNote')}</p>
      <form ref={formRef} className="stack" noValidate onSubmit={submit}>
        <TextField
          label={t('privacy.delete.password')}
          hint={t('privacy.delete.passwordHint')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValueChange={setPassword}
          error={errorFor('password')}
        />
        <FormAlert message={formError} />
        <div>
          <button
            type="submit"
            className="button button--danger"
            disabled={deleteAccount.isPending}
          >
            {deleteAccount.isPending ? t('privacy.delete.pending') : t('privacy.delete.button')}
          </button>
        </div>
      </form>
    </section>
  );
}
