import { TextField } from '../../app/ui/TextField';
import { t } from '../../i18n';

interface CurrentPasswordFieldProps {
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
  label?: string;
}

/** The current password, asked for again before any change to how the person signs in. */
export function CurrentPasswordField({
  value,
  onValueChange,
  error,
  label = t('security.currentPassword'),
}: CurrentPasswordFieldProps) {
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="current-password"
      required
      value={value}
      onValueChange={onValueChange}
      error={error}
    />
  );
}
