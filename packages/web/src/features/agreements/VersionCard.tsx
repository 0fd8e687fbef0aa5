import { formatDate, t } from '../../i18n';
import type { AgreementVersion } from './types';
import { personName, reviewLine } from './words';

/** One version's terms, with who proposed it, when, and what became of it. */
export function VersionCard({ version, heading }: { version: AgreementVersion; heading: string }) {
  return (
    <article className="card stack agreement-version">
      <h3>{heading}</h3>
      <p className="agreement-summary__meta">
        {t('agreements.detail.versionLabel', { number: version.version })} ·{' '}
        {t(`agreements.detail.kind.${version.changeKind}`)} ·{' '}
        {t(`agreements.category.${version.category}`)}
      </p>
      <p className="agreement-version__title">{version.title}</p>
      <p>{version.practice}</p>
      {version.reason ? (
        <p>{t('agreements.detail.changeReason', { reason: version.reason })}</p>
      ) : null}
      <p className="muted">
        {reviewLine(version.reviewOn)}
        <br />
        {t('agreements.proposedBy', { name: personName(version.proposedBy) })}{' '}
        {t('agreements.detail.proposedOn', { date: formatDate(version.createdAt) })}
        {version.acceptedAt ? (
          <>
            <br />
            {t('agreements.detail.acceptedOn', { date: formatDate(version.acceptedAt) })}
          </>
        ) : null}
      </p>
      {version.sunsetSteps.length > 0 ? (
        <ol className="sunset-path">
          {version.sunsetSteps.map((step, index) => (
            <li
              key={step}
              className={index < version.stepsTaken ? 'sunset-path__taken' : undefined}
            >
              {step}{' '}
              {index < version.stepsTaken ? (
                <span className="muted">({t('agreements.detail.sunsetTaken')})</span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </article>
  );
}
