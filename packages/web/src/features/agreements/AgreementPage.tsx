import { useId } from 'react';
import { Link } from 'wouter';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatDateTime, t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { AnswerPanel, ChangePanel, EndPanel, SunsetPanel } from './AgreementActions';
import { useAgreement } from './api';
import type { Agreement } from './types';
import { VersionCard } from './VersionCard';
import { personName } from './words';
import '../../styles/agreements.css';

function History({ agreement }: { agreement: Agreement }) {
  const headingId = useId();
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreements.detail.historyHeading')}</h2>
      <ol className="stack agreement-history">
        {agreement.history.map((event) => (
          <li key={`${event.type}-${event.at}-${event.version ?? 'end'}`}>
            <time dateTime={event.at} className="muted">
              {formatDateTime(event.at)}
            </time>
            <br />
            {t(`agreements.detail.event.${event.type}`, {
              name: personName(event.by),
              version: event.version ?? 0,
            })}
            {event.reason ? (
              <>
                <br />
                {t('agreements.detail.reasonLabel', { reason: event.reason })}
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Versions({ agreement }: { agreement: Agreement }) {
  const headingId = useId();
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreements.detail.versionsHeading')}</h2>
      <ol className="plain-list stack">
        {agreement.versions.map((version) => (
          <li key={version.version}>
            <VersionCard
              version={version}
              heading={`${t('agreements.detail.versionLabel', { number: version.version })}: ${t(
                `agreements.detail.outcome.${version.outcome}`,
              )}`}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One agreement: the terms in force beside any change proposed, what each may do, every version. */
export function AgreementPage({ id }: { id: string }) {
  const agreement = useAgreement(id);
  const compareId = useId();
  if (agreement.data === undefined) {
    return (
      <SpacePageWaiting
        query={agreement}
        loadingLabel={t('agreements.loading')}
        notFound={<NotFoundPage />}
      />
    );
  }
  const data = agreement.data;
  const inForce = data.state === 'in_force' || data.state === 'change_proposed';
  return (
    <div className="stack stack--loose">
      <p>
        <Link href="/agreements">{t('agreements.detail.back')}</Link>
      </p>
      <div className="stack">
        <PageHeading>{data.current.title}</PageHeading>
        <p>
          <span className={`agreement-state agreement-state--${data.state}`}>
            {t(`agreements.state.${data.state}`)}
          </span>
        </p>
      </div>
      {data.state === 'change_proposed' && data.waiting ? (
        <section className="stack" aria-labelledby={compareId}>
          <h2 id={compareId}>{t('agreements.detail.sideBySide')}</h2>
          <div className="agreement-compare">
            <VersionCard version={data.current} heading={t('agreements.detail.currentHeading')} />
            <VersionCard version={data.waiting} heading={t('agreements.detail.waitingHeading')} />
          </div>
        </section>
      ) : (
        <VersionCard
          version={data.current}
          heading={
            data.state === 'proposed'
              ? t('agreements.detail.proposedHeading')
              : t('agreements.detail.currentHeading')
          }
        />
      )}
      <AnswerPanel agreement={data} />
      {inForce ? <SunsetPanel agreement={data} /> : null}
      {inForce ? <ChangePanel agreement={data} /> : null}
      {data.youMay.end ? <EndPanel agreement={data} /> : null}
      <Versions agreement={data} />
      <History agreement={data} />
    </div>
  );
}
