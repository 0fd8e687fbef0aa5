import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, isPasswordLengthValid, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { useMe } from '../accounts/api';
import { useChangeEmail, useChangePassword } from './api';
import { CurrentPasswordField } from './CurrentPasswordField';

function ChangeEmailForm({
  onDone,
  onCancel,
}: {
  onDone: (email: string) => void;
  onCancel: () => void;
}) {
  const change = useChangeEmail();
  const { formRef, errorFor, check } = useFormErrors<'email' | 'password'>(change.error);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<'email' | 'password'> = {};
    if (email.trim() === '') errors.email = t('security.email.newEmailRequired');
    if (password === '') errors.password = t('security.currentPasswordRequired');
    if (!check(errors)) return;
    change.mutate(
      { email: email.trim(), password },
      { onSuccess: ({ user }) => onDone(user.email) },
    );
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={change.isError ? errorMessage(change.error) : null} />
      <TextField
        label={t('security.email.newEmail')}
        type="email"
        autoComplete="email"
        required
        value={email}
        onValueChange={setEmail}
        error={errorFor('email')}
      />
      <CurrentPasswordField
        value={password}
        onValueChange={setPassword}
        error={errorFor('password')}
      />
      <div className="button-row">
        <SubmitButton pending={change.isPending} pendingLabel={t('security.email.saving')}>
          {t('security.email.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('security.cancel')}
        </button>
      </div>
    </form>
  );
}

type PasswordField = 'currentPassword' | 'newPassword';

function ChangePasswordForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const change = useChangePassword();
  const { formRef, errorFor, check } = useFormErrors<PasswordField>(change.error);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<PasswordField> = {};
    if (currentPassword === '') errors.currentPassword = t('security.currentPasswordRequired');
    if (!isPasswordLengthValid(newPassword)) errors.newPassword = t('fields.passwordLength');
    if (!check(errors)) return;
    change.mutate({ currentPassword, newPassword }, { onSuccess: onDone });
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={change.isError ? errorMessage(change.error) : null} />
      <CurrentPasswordField
        value={currentPassword}
        onValueChange={setCurrentPassword}
        error={errorFor('currentPassword')}
      />
      <TextField
        label={t('security.password.newPassword')}
        hint={t('fields.passwordHint')}
        type="password"
        autoComplete="new-password"
        required
        value={newPassword}
        onValueChange={setNewPassword}
        error={errorFor('newPassword')}
      />
      <div className="button-row">
        <SubmitButton pending={change.isPending} pendingLabel={t('security.password.saving')}>
          {t('security.password.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('security.cancel')}
        </button>
      </div>
    </form>
  );
}

/** E-mail address and password, each changed behind its own button and the current password. */
export function AccountDetailsSection() {
  const emailHeadingId = useId();
  const passwordHeadingId = useId();
  const me = useMe();
  const [open, setOpen] = useState<'email' | 'password' | null>(null);
  const [notice, setNotice] = useState('');

  const openForm = (form: 'email' | 'password') => {
    setNotice('');
    setOpen(form);
  };

  return (
    <>
      <section className="card stack" aria-labelledby={emailHeadingId}>
        <h2 id={emailHeadingId}>{t('security.email.heading')}</h2>
        <p>{t('security.email.current', { email: me.data?.email ?? '' })}</p>
        {open === 'email' ? (
          <ChangeEmailForm
            onCancel={() => setOpen(null)}
            onDone={(email) => {
              setOpen(null);
              setNotice(t('security.email.changed', { email }));
            }}
          />
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => openForm('email')}
            >
              {t('security.email.change')}
            </button>
          </div>
        )}
      </section>
      <section className="card stack" aria-labelledby={passwordHeadingId}>
        <h2 id={passwordHeadingId}>{t('security.password.heading')}</h2>
        {open === 'password' ? (
          <ChangePasswordForm
            onCancel={() => setOpen(null)}
            onDone={() => {
              setOpen(null);
              setNotice(t('security.password.changed'));
            }}
          />
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => openForm('password')}
            >
              {t('security.password.change')}
            </button>
          </div>
        )}
      </section>
      <p className="status-line muted" role="status">
        {notice}
      </p>
    </>
  );
}
