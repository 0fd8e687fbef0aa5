import { type FormEvent, useState } from 'react';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { type SecondFactorChallenge, useCompleteSignIn } from '../accounts/api';
import { canUsePasskeys, passkeyErrorMessage } from './passkeys';

interface SecondFactorFormProps {
  challenge: SecondFactorChallenge;
  onStartOver: () => void;
}

/**
 * The second step of signing in: a code from the app or a recovery code in one field (the
 * server tells them apart), or one of the person's passkeys.
 */
export function SecondFactorForm({ challenge, onStartOver }: SecondFactorFormProps) {
  const complete = useCompleteSignIn();
  const { formRef, errorFor, check } = useFormErrors<'code'>(complete.error);
  const [code, setCode] = useState('');
  const hasCodes =
    challenge.methods.includes('totp') || challenge.methods.includes('recovery_code');
  const offerPasskey = challenge.methods.includes('passkey') && canUsePasskeys();
  const expired =
    complete.error && (complete.error as { code?: string }).code === 'SIGN_IN_EXPIRED';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<'code'> = {};
    if (code.trim() === '') errors.code = t('security.signIn.codeRequired');
    if (!check(errors)) return;
    complete.mutate({ token: challenge.token, code: code.trim() });
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <h2>{t('security.signIn.secondStepTitle')}</h2>
      <p>{t('security.signIn.secondStepIntro')}</p>
      <FormAlert message={complete.isError ? passkeyErrorMessage(complete.error) : null} />
      {expired ? (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={onStartOver}>
            {t('security.signIn.startOver')}
          </button>
        </div>
      ) : (
        <>
          {hasCodes ? (
            <>
              <TextField
                label={t('security.signIn.code')}
                hint={t('security.signIn.codeHint')}
                className="input--code"
                autoComplete="one-time-code"
                autoCapitalize="off"
                spellCheck={false}
                required
                value={code}
                onValueChange={setCode}
                error={errorFor('code')}
              />
              <div className="button-row">
                <SubmitButton
                  pending={complete.isPending}
                  pendingLabel={t('security.signIn.pending')}
                >
                  {t('security.signIn.submit')}
                </SubmitButton>
              </div>
            </>
          ) : null}
          {offerPasskey ? (
            <div className="button-row">
              <button
                type="button"
                className={`button ${hasCodes ? 'button--secondary' : 'button--primary'}`}
                disabled={complete.isPending}
                onClick={() => complete.mutate({ token: challenge.token, passkey: true })}
              >
                {complete.isPending && !hasCodes
                  ? t('security.signIn.passkeyPending')
                  : t('security.signIn.usePasskey')}
              </button>
            </div>
          ) : null}
          <p>
            <button type="button" className="button button--quiet" onClick={onStartOver}>
              {t('security.signIn.startOver')}
            </button>
          </p>
        </>
      )}
    </form>
  );
}
