import { useId } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n';
import { useSafetyHistory } from './api';

/**
 * Offered on the space home until the check has been taken once; it never blocks anything, and
 * it is not shown while the history is loading or could not be loaded.
 */
export function SafetyScreenCard() {
  const headingId = useId();
  const history = useSafetyHistory();
  if (!history.data || history.data.latest !== null) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('safety.homeCard.heading')}</h2>
      <p>{t('safety.homeCard.body')}</p>
      <div className="button-row">
        {/* Secondary: the weekly check-in is the space home's one primary action. */}
        <Link href="/safety/check" className="button button--secondary">
          {t('safety.homeCard.open')}
        </Link>
      </div>
    </section>
  );
}
