import { useId } from 'react';
import { Link } from 'wouter';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatCalendarDate, t } from '../../i18n';
import '../../styles/progress.css';
import '../../styles/therapist.css';
import { useMe } from '../accounts/api';
import { OpenInSessionSection } from '../honesty/OpenInSessionSection';
import { AppointmentsSection } from './AppointmentsSection';
import { AssignmentsSection } from './AssignmentsSection';
import { useCoupleView } from './api';
import { MetricSection } from './MetricSection';
import { ObservationsSection } from './ObservationsSection';
import { QuestionnairesSection } from './QuestionnairesSection';
import { ReportsSection } from './ReportsSection';
import { SessionsSection } from './SessionsSection';
import { AgreementsSection, ExercisesSection } from './SharedWorkSections';
import type { CoupleView } from './types';
import { categoryList, coupleNames } from './words';

function Sharing({ view }: { view: CoupleView }) {
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.couple.sharingHeading')}</h2>
      <ul className="plain-list stack">
        {view.partners.map((partner) => (
          <li key={partner.memberId}>
            {partner.consent.length === 0
              ? t('therapist.couple.sharesNothing', { name: partner.displayName })
              : t('therapist.couple.shares', {
                  name: partner.displayName,
                  list: categoryList(partner.consent),
                })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Both partners side by side, each showing only what they share with this therapist. */
export function CouplePage({ coupleId }: { coupleId: string }) {
  const metricsId = useId();
  const relapseId = useId();
  const view = useCoupleView(coupleId);
  const me = useMe();
  if (view.isPending) return <Loading label={t('therapist.couple.loading')} />;
  if (view.isError) return <LoadFailed onRetry={() => void view.refetch()} />;
  const data = view.data;
  const timeZone = me.data?.timeZone ?? 'UTC';
  return (
    <div className="stack stack--loose">
      <p>
        <Link href="/therapist">{t('therapist.couple.back')}</Link>
      </p>
      <div className="stack">
        <PageHeading>{coupleNames(data.partners)}</PageHeading>
        <p className="lead">
          {t('therapist.couple.weeks', {
            weeks: data.weeksInRecovery,
            date: formatCalendarDate(data.cameToLightOn),
          })}
        </p>
      </div>
      <Sharing view={data} />
      <section className="stack" aria-labelledby={metricsId}>
        <h2 id={metricsId}>{t('therapist.couple.metricsHeading')}</h2>
        {data.metrics.map((metric) => (
          <MetricSection key={metric.id} metric={metric} partners={data.partners} />
        ))}
      </section>
      <QuestionnairesSection view={data} />
      <section className="card stack" aria-labelledby={relapseId}>
        <h2 id={relapseId}>{t('therapist.couple.relapseHeading')}</h2>
        <p>
          {data.relapse === null
            ? t('therapist.couple.relapseNone')
            : t('therapist.couple.relapse', {
                count: data.relapse.total,
                proactive: data.relapse.proactive,
              })}
        </p>
      </section>
      <AgreementsSection view={data} timeZone={timeZone} />
      <ExercisesSection view={data} timeZone={timeZone} />
      <AssignmentsSection key={data.partners.map((p) => p.consent.join()).join()} view={data} />
      <ObservationsSection view={data} timeZone={timeZone} />
      <AppointmentsSection coupleId={coupleId} partners={data.partners} />
      <SessionsSection coupleId={coupleId} partners={data.partners} timeZone={timeZone} />
      <OpenInSessionSection coupleId={coupleId} timeZone={timeZone} />
      <ReportsSection view={data} timeZone={timeZone} />
    </div>
  );
}
