import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { MonitoredDeviceNote } from '../safety/MonitoredDeviceNote';
import { canUsePasskeys, passkeyErrorMessage } from '../security/passkeys';
import { SecondFactorForm } from '../security/SecondFactorForm';
import { type SecondFactorChallenge, useSignIn, useSignInWithPasskey } from './api';
import { InvitationReturnNote } from './InvitationReturnNote';

type Field = 'email' | 'password';

/** Signing in with a passkey alone, for browsers and addresses where passkeys work. */
function PasskeySignIn() {
  const signIn = useSignInWithPasskey();
  if (!canUsePasskeys()) return null;
  return (
    <div className="stack">
      <FormAlert message={signIn.isError ? passkeyErrorMessage(signIn.error) : null} />
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={signIn.isPending}
          onClick={() => signIn.mutate()}
        >
          {signIn.isPending
            ? t('security.signIn.passkeyPending')
            : t('security.signIn.withPasskey')}
        </button>
      </div>
    </div>
  );
}

export function SignInPage() {
  const signIn = useSignIn();
  const { formRef, errorFor, check } = useFormErrors<Field>(signIn.error);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(null);

  // Once signed in, the page's session gate sends the person on to where they were going.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (email.trim() === '') errors.email = t('fields.emailRequired');
    if (password === '') errors.password = t('fields.passwordRequired');
    if (!check(errors)) return;
    signIn.mutate({ email: email.trim(), password }, { onSuccess: setChallenge });
  };

  if (challenge) {
    return (
      <div className="stack stack--loose">
        <PageHeading>{t('signIn.title')}</PageHeading>
        <SecondFactorForm
          challenge={challenge}
          onStartOver={() => {
            signIn.reset();
            setPassword('');
            setChallenge(null);
          }}
        />
      </div>
    );
  }

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
      <PasskeySignIn />
      <p>
        <Link href="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link href="/sign-up">{t('signIn.createAccountLink')}</Link>
      </p>
      <MonitoredDeviceNote variant="signIn" />
    </div>
  );
}
