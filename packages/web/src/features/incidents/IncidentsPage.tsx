import { useId, useState } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useIncidents, useReportIncident } from './api';
import { IncidentForm } from './IncidentForm';
import { IncidentItem } from './IncidentItem';
import '../../styles/records.css';

function ReportIncident() {
  const headingId = useId();
  const report = useReportIncident();
  const [saved, setSaved] = useState(false);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('incidents.report.heading')}</h2>
      <p>{t('incidents.report.intro')}</p>
      <p role="status" className="status-line">
        {saved ? t('incidents.report.saved') : null}
      </p>
      <IncidentForm
        mode="report"
        submitLabel={t('incidents.report.submit')}
        pending={report.isPending}
        error={report.error}
        onSubmit={async (request) => {
          setSaved(false);
          if (request.mode !== 'report') return;
          await report.mutateAsync(request.input);
          report.reset();
          setSaved(true);
        }}
      />
    </section>
  );
}

/** Setbacks and incidents: both partners see them all; honesty about them rebuilds trust. */
export function IncidentsPage() {
  const listHeadingId = useId();
  const incidents = useIncidents();
  if (incidents.data === undefined) {
    return <SpacePageWaiting query={incidents} loadingLabel={t('incidents.loading')} />;
  }
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('incidents.title')}</PageHeading>
        <p className="lead">{t('incidents.intro')}</p>
        <p>{t('incidents.privacy')}</p>
      </div>
      <section className="stack" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('incidents.listHeading')}</h2>
        {incidents.data.length === 0 ? (
          <p>{t('incidents.empty')}</p>
        ) : (
          <ul className="plain-list stack">
            {incidents.data.map((incident) => (
              <li key={incident.id}>
                <IncidentItem incident={incident} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReportIncident />
      <p>
        <Link href="/space">{t('incidents.spaceLink')}</Link>
      </p>
    </div>
  );
}
