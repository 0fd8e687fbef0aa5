import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { t } from '../../i18n';
import { useAddCouple, useCaseload } from './api';
import { OutcomesSection } from './OutcomesSection';
import type { CaseloadCouple } from './types';
import { alertSentence, coupleNames, formatScore } from './words';

function AddCouple() {
  const headingId = useId();
  const add = useAddCouple();
  const [code, setCode] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() === '') return;
    add.mutate(code.trim(), { onSuccess: () => setCode('') });
  };
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.caseload.addHeading')}</h2>
      <p>{t('therapist.caseload.addIntro')}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <FormAlert message={add.isError ? errorMessage(add.error) : null} />
        <TextField
          label={t('therapist.caseload.code')}
          name="code"
          autoComplete="off"
          value={code}
          onValueChange={setCode}
        />
        <div className="button-row">
          <SubmitButton pending={add.isPending} pendingLabel={t('therapist.caseload.adding')}>
            {t('therapist.caseload.add')}
          </SubmitButton>
        </div>
        <p className="status-line" role="status">
          {add.isSuccess ? t('therapist.caseload.added') : ''}
        </p>
      </form>
    </section>
  );
}

function PartnerLines({ couple }: { couple: CaseloadCouple }) {
  return (
    <ul className="plain-list stack">
      {couple.partners.map((partner) => (
        <li key={partner.memberId}>
          {!partner.sharesMetrics
            ? t('therapist.caseload.notShared', { name: partner.displayName })
            : partner.latestTrust === null
              ? t('therapist.caseload.noTrust', { name: partner.displayName })
              : t('therapist.caseload.trust', {
                  name: partner.displayName,
                  value: formatScore(partner.latestTrust),
                  trend: t(`therapist.caseload.trend.${partner.trustTrend}`),
                })}
          {partner.stage
            ? ` ${t('therapist.caseload.stage', { name: partner.displayName, ...partner.stage })}`
            : null}
        </li>
      ))}
    </ul>
  );
}

function CoupleCard({ couple }: { couple: CaseloadCouple }) {
  const headingId = useId();
  const names = coupleNames(couple.partners);
  return (
    <article className="card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('therapist.caseload.couple', { names })}</h3>
      <p className="muted">
        {t('therapist.caseload.weeks', { count: couple.weeksInRecovery })}.{' '}
        {t('therapist.caseload.sessions', { count: couple.sessionsAttended })}.{' '}
        {couple.openQuestionsForSession === null
          ? t('therapist.caseload.openQuestionsUnknown')
          : t('therapist.caseload.openQuestions', { count: couple.openQuestionsForSession })}
      </p>
      <PartnerLines couple={couple} />
      {couple.alerts.length === 0 ? (
        <p>{t('therapist.caseload.noAlerts')}</p>
      ) : (
        <div className="callout callout--warning stack">
          <h4>{t('therapist.caseload.alertsHeading')}</h4>
          <ul>
            {couple.alerts.map((alert, index) => (
              <li key={`${alert.kind}-${alert.memberId ?? ''}-${alert.on ?? index}`}>
                {alertSentence(couple, alert)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <Link href={`/therapist/couples/${couple.coupleId}`}>
          {t('therapist.caseload.open', { names })}
        </Link>
      </p>
    </article>
  );
}

/** Every couple the therapist works with, who needs attention first. */
export function CaseloadPage() {
  const listId = useId();
  const caseload = useCaseload();
  if (caseload.isPending) return <Loading label={t('therapist.caseload.loading')} />;
  if (caseload.isError) return <LoadFailed onRetry={() => void caseload.refetch()} />;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('therapist.caseload.title')}</PageHeading>
        <p className="lead">{t('therapist.caseload.intro')}</p>
      </div>
      {caseload.data.length === 0 ? (
        <p>{t('therapist.caseload.empty')}</p>
      ) : (
        <section className="stack" aria-labelledby={listId}>
          <h2 id={listId}>{t('therapist.caseload.listLabel')}</h2>
          <ul className="plain-list stack">
            {caseload.data.map((couple) => (
              <li key={couple.coupleId}>
                <CoupleCard couple={couple} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <AddCouple />
      <OutcomesSection />
    </div>
  );
}
