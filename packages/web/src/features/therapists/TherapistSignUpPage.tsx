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
import { detectTimeZone, TimeZoneField } from '../accounts/TimeZoneField';
import { useTherapistSignUp } from './api';

type Field =
  | 'email'
  | 'displayName'
  | 'password'
  | 'timeZone'
  | 'profession'
  | 'licenceNumber'
  | 'practiceName';

const PROFILE_FIELDS = ['profession', 'licenceNumber', 'practiceName'] as const;

/** A therapist's own account: the sign-in details and their professional profile. */
export function TherapistSignUpPage() {
  const signUp = useTherapistSignUp();
  const { formRef, errorFor, check } = useFormErrors<Field>(signUp.error);
  const [values, setValues] = useState({
    email: '',
    displayName: '',
    password: '',
    profession: '',
    licenceNumber: '',
    practiceName: '',
  });
  const [timeZone, setTimeZone] = useState(detectTimeZone);
  const set = (field: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (values.email.trim() === '') errors.email = t('fields.emailRequired');
    if (values.displayName.trim() === '') errors.displayName = t('signUp.displayNameRequired');
    if (!isPasswordLengthValid(values.password)) errors.password = t('fields.passwordLength');
    for (const field of PROFILE_FIELDS) {
      if (values[field].trim() === '') errors[field] = t('therapist.signUp.required');
    }
    if (!check(errors)) return;
    signUp.mutate({
      email: values.email.trim(),
      displayName: values.displayName.trim(),
      password: values.password,
      timeZone,
      profession: values.profession.trim(),
      licenceNumber: values.licenceNumber.trim(),
      practiceName: values.practiceName.trim(),
    });
  };

  return (
    <div className="stack stack--loose">
      <PageHeading>{t('therapist.signUp.title')}</PageHeading>
      <p>{t('therapist.signUp.intro')}</p>
      <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
        <FormAlert message={signUp.isError ? errorMessage(signUp.error) : null} />
        <TextField
          label={t('fields.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={values.email}
          onValueChange={set('email')}
          error={errorFor('email')}
        />
        <TextField
          label={t('therapist.signUp.displayName')}
          name="displayName"
          autoComplete="name"
          required
          value={values.displayName}
          onValueChange={set('displayName')}
          error={errorFor('displayName')}
        />
        <TextField
          label={t('therapist.signUp.profession')}
          hint={t('therapist.signUp.professionHint')}
          name="profession"
          autoComplete="organization-title"
          required
          value={values.profession}
          onValueChange={set('profession')}
          error={errorFor('profession')}
        />
        <TextField
          label={t('therapist.signUp.licenceNumber')}
          name="licenceNumber"
          required
          value={values.licenceNumber}
          onValueChange={set('licenceNumber')}
          error={errorFor('licenceNumber')}
        />
        <TextField
          label={t('therapist.signUp.practiceName')}
          name="practiceName"
          autoComplete="organization"
          required
          value={values.practiceName}
          onValueChange={set('practiceName')}
          error={errorFor('practiceName')}
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
          value={values.password}
          onValueChange={set('password')}
          error={errorFor('password')}
        />
        <TimeZoneField value={timeZone} onChange={setTimeZone} error={errorFor('timeZone')} />
        <div className="button-row">
          <SubmitButton pending={signUp.isPending} pendingLabel={t('therapist.signUp.pending')}>
            {t('therapist.signUp.submit')}
          </SubmitButton>
        </div>
      </form>
      <p>
        <Link href="/sign-up">{t('therapist.signUp.personLink')}</Link>
      </p>
    </div>
  );
}
