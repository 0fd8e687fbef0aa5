import { t } from '../../i18n';

interface LoadFailedProps {
  message?: string;
  onRetry: () => void;
}

/** Shown when a page's data could not be loaded: what happened, and a way to try again. */
export function LoadFailed({ message = t('errors.loadFailed'), onRetry }: LoadFailedProps) {
  return (
    <div className="stack">
      <div className="alert alert--error" role="alert">
        {message}
      </div>
      <div>
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      </div>
    </div>
  );
}
