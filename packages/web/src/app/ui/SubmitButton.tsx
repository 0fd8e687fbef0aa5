import { t } from '../../i18n';

interface SubmitButtonProps {
  children: string;
  pending: boolean;
  pendingLabel?: string;
  variant?: 'primary' | 'secondary';
}

/** A form's submit button: disabled while the request is under way so it is sent once. */
export function SubmitButton({
  children,
  pending,
  pendingLabel = t('common.saving'),
  variant = 'primary',
}: SubmitButtonProps) {
  return (
    <button type="submit" className={`button button--${variant}`} disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
