import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
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
import { useSignUp } from './api';
import { InvitationReturnNote } from './InvitationReturnNote';
import { detectTimeZone, TimeZoneField } from './TimeZoneField';

type Field = 'email' | 'displayName' | 'password' | 'timeZone';

export function SignUpPage() {
  const signUp = useSignUp();
  const { formRef, errorFor, check } = useFormErrors<Field>(signUp.error);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(detectTimeZone);

  // Once the account exists the person is signed in, and the page's session gate sends
  // them on to their space (or back to the invitation they came from).
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (email.trim() === '') errors.email = t('fields.emailRequired');
    if (displayName.trim() === '') errors.displayName = t('signUp.displayNameRequired');
    if (!isPasswordLengthValid(password)) errors.password = t('fields.passwordLength');
    if (!check(errors)) return;
    signUp.mutate({ email: email.trim(), displayName: displayName.trim(), password, timeZone });
  };

  return (
    <div className="stack stack--loose">
      <PageHeading>{t('signUp.title')}</PageHeading>
      <p>{t('signUp.intro')}</p>
      <InvitationReturnNote />
      <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
        <FormAlert message={signUp.isError ? errorMessage(signUp.error) : null} />
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
          label={t('signUp.displayName')}
          hint={t('signUp.displayNameHint')}
          name="displayName"
          autoComplete="nickname"
          required
          value={displayName}
          onValueChange={setDisplayName}
          error={errorFor('displayName')}
        />
        <TextField
          label={t('signUp.passwordNew')}
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
        <TimeZoneField value={timeZone} onChange={setTimeZone} error={errorFor('timeZone')} />
        <p className="callout callout--warning">{t('signUp.deviceWarning')}</p>
        <div className="button-row">
          <SubmitButton pending={signUp.isPending} pendingLabel={t('signUp.pending')}>
            {t('signUp.submit')}
          </SubmitButton>
        </div>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link href="/sign-in">{t('signUp.signInLink')}</Link>
      </p>
      <p>
        <Link href="/therapist/sign-up">{t('therapist.signUp.title')}</Link>
      </p>
    </div>
  );
}
