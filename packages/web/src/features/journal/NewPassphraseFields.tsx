import { TextField } from '../../app/ui/TextField';
import { t } from '../../i18n';
import { JOURNAL_PASSPHRASE_MIN_LENGTH } from './passphrase';

interface NewPassphraseFieldsProps {
  label: string;
  passphrase: string;
  confirmation: string;
  onPassphraseChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  errors: { passphrase?: string | undefined; confirmation?: string | undefined };
}

/** A new journal passphrase, typed twice: a typo here would lock the journal for good. */
export function NewPassphraseFields({
  label,
  passphrase,
  confirmation,
  onPassphraseChange,
  onConfirmationChange,
  errors,
}: NewPassphraseFieldsProps) {
  return (
    <>
      <TextField
        label={label}
        hint={t('journal.passphrase.hint', { min: JOURNAL_PASSPHRASE_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onValueChange={onPassphraseChange}
        error={errors.passphrase}
        required
      />
      <TextField
        label={t('journal.passphrase.confirmLabel')}
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onValueChange={onConfirmationChange}
        error={errors.confirmation}
        required
      />
    </>
  );
}
