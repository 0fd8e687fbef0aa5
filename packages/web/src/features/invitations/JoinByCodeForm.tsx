import { type FormEvent, useState } from 'react';
import { TextField } from '../../app/ui/TextField';
import { t } from '../../i18n';

interface JoinByCodeFormProps {
  code: string;
  onCodeChange: (code: string) => void;
  onSubmit: (code: string) => void;
}

/** For partners who were given the short code rather than the link. */
export function JoinByCodeForm({ code, onCodeChange, onSubmit }: JoinByCodeFormProps) {
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const entered = code.trim();
    if (entered === '') {
      setError(t('join.codeRequired'));
      event.currentTarget.querySelector('input')?.focus();
      return;
    }
    onSubmit(entered);
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        label={t('invitations.code')}
        hint={t('join.codeIntro')}
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        value={code}
        onValueChange={onCodeChange}
        error={error}
        className="input--code"
      />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t('join.continue')}
        </button>
      </div>
    </form>
  );
}
