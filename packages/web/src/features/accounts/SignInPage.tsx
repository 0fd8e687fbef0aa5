import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { useSignIn } from './api';
import { InvitationReturnNote } from './InvitationReturnNote';

type Field = 'email' | 'password';

export function SignInPage() {
  const signIn = useSignIn();
  const { formRef, errorFor, check } = useFormErrors<Field>(signIn.error);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  // Once signed in, the page's session gate sends the person on to where they were going.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (email.trim() === '') errors.email = t('fields.emailRequired');
    if (password === '') errors.password = t('fields.passwordRequired');
    if (!check(errors)) return;
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <div className="stack stack--loose">
      <PageHeading>{t('signIn.title')}</PageHeading>
      <InvitationReturnNote />
      <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
        <FormAlert message={signIn.isError ? errorMessage(signIn.error) : null} />
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
        <TextField
          label={t('fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onValueChange={setPassword}
          error={errorFor('password')}
        />
        <div className="button-row">
          <SubmitButton pending={signIn.isPending} pendingLabel={t('signIn.pending')}>
            {t('signIn.submit')}
          </SubmitButton>
        </div>
      </form>
      <p>
        <Link href="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link href="/sign-up">{t('signIn.createAccountLink')}</Link>
      </p>
    </div>
  );
}
