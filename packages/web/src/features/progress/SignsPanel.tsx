import { useId } from 'react';
import { hasMessage, t } from '../../i18n';
import { SIGN_KEYS, SIGN_STATUSES, type SignOfProgress } from './types';
import { formatNumber, formatSigned } from './words';

/** Evidence given as a change per week reads best with its sign ("+0.2 a week"). */
function formatEvidence(name: string, value: number): string {
  return name.endsWith('SlopePerWeek') ? formatSigned(value) : formatNumber(value);
}

/** The numbers behind a sign, in words. Evidence this app has no words for is left out. */
function evidenceSentences(sign: SignOfProgress): string[] {
  return Object.entries(sign.evidence).flatMap(([name, value]) => {
    const key = `progress.signs.evidence.${name}`;
    if (!hasMessage(key) || !Number.isFinite(value)) return [];
    return [t(key, { count: value, value: formatEvidence(name, value) })];
  });
}

/**
 * The guide's signs of progress, each with where things stand and why. Statuses are words, not
 * colours alone; signs and statuses added by a newer server are skipped until named here.
 */
export function SignsPanel({ signs }: { signs: readonly SignOfProgress[] }) {
  const headingId = useId();
  const known = signs.filter(
    (sign) =>
      (SIGN_KEYS as readonly string[]).includes(sign.key) &&
      (SIGN_STATUSES as readonly string[]).includes(sign.status),
  );
  if (known.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('progress.signs.heading')}</h2>
      <p>{t('progress.signs.intro')}</p>
      <ul className="plain-list signs">
        {known.map((sign) => (
          <li key={sign.key} className="sign">
            <h3 className="sign__title">
              {t(`progress.signs.names.${sign.key}`)}
              <span className="visually-hidden">: </span>
              <span className={`sign__status sign__status--${sign.status}`}>
                {t(`progress.signs.status.${sign.status}`)}
              </span>
            </h3>
            <ul className="sign__evidence">
              {evidenceSentences(sign).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
