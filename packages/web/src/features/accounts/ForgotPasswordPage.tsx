import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { useRequestPasswordReset } from './api';

/** The same answer whether or not the address has an account, so nobody can probe for one. */
function LinkSent() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="card stack" role="status" tabIndex={-1}>
      <p>{t('forgotPassword.sent')}</p>
      <p>{t('forgotPassword.checkSpam')}</p>
    </div>
  );
}

export function ForgotPasswordPage() {
  const requestReset = useRequestPasswordReset();
  const { formRef, errorFor, check } = useFormErrors<'email'>(requestReset.error);
  const [email, setEmail] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!check(email.trim() === '' ? { email: t('fields.emailRequired') } : {})) return;
    requestReset.mutate({ email: email.trim() });
  };

  return (
    <div className="stack stack--loose">
      <PageHeading>{t('forgotPassword.title')}</PageHeading>
      {requestReset.isSuccess ? (
        <LinkSent />
      ) : (
        <>
          <p>{t('forgotPassword.intro')}</p>
          <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
            <FormAlert message={requestReset.isError ? errorMessage(requestReset.error) : null} />
            <TextField
              label={t('fields.email')}
              type="email"
              name="email"
              autoComplete="email"
              required
              value={email}
              onValueChange={setEmail}
              error={errorFor('email')}
            />
            <div className="button-row">
              <SubmitButton
                pending={requestReset.isPending}
                pendingLabel={t('forgotPassword.pending')}
              >
                {t('forgotPassword.submit')}
              </SubmitButton>
            </div>
          </form>
        </>
      )}
      <p>
        <Link href="/sign-in">{t('forgotPassword.backToSignIn')}</Link>
      </p>
    </div>
  );
}
