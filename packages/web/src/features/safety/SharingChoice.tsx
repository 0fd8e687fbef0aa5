import { errorMessage } from '../../app/api/errorMessage';
import { t } from '../../i18n';
import { useSetSharing } from './api';
import type { SafetyScreenResult } from './types';

/** Off by default; saved as soon as it is ticked, and said so. */
export function SharingChoice({ result }: { result: SafetyScreenResult }) {
  const sharing = useSetSharing(result.id);
  const checked = sharing.isPending
    ? (sharing.variables ?? result.sharedWithTherapist)
    : result.sharedWithTherapist;
  return (
    <fieldset className="field">
      <legend className="field__label">{t('safety.sharing.legend')}</legend>
      <p className="field__hint" id={`sharing-hint-${result.id}`}>
        {t('safety.sharing.hint')}
      </p>
      <label className="radio-option">
        <input
          type="checkbox"
          checked={checked}
          disabled={sharing.isPending}
          aria-describedby={`sharing-hint-${result.id}`}
          onChange={(event) => sharing.mutate(event.target.checked)}
        />
        <span>{t('safety.sharing.label')}</span>
      </label>
      <p className="status-line muted" role="status">
        {sharing.isSuccess ? t('safety.sharing.saved') : ''}
      </p>
      {sharing.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(sharing.error)}
        </p>
      ) : null}
    </fieldset>
  );
}
