import { useId } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { AgreementsHeldCard } from '../agreements/AgreementsHeldCard';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { AttendanceCard } from './AttendanceCard';
import { useProgress } from './api';
import { MetricCard } from './MetricCard';
import { QuestionnairesProgressCard } from './QuestionnairesProgressCard';
import { RelapseCard } from './RelapseCard';
import { SignsPanel } from './SignsPanel';
import { METRIC_IDS, type Progress } from './types';
import { currentWeekStart, hasAnyData, leadSentence } from './words';
import '../../styles/progress.css';

function ProgressEmpty() {
  return (
    <div className="callout stack">
      <p>{t('progress.empty')}</p>
      <p>
        <Link href="/check-in" className="button button--primary">
          {t('progress.emptyLink')}
        </Link>
      </p>
    </div>
  );
}

function ProgressDashboard({ progress }: { progress: Progress }) {
  const summaryId = useId();
  const thisWeek = currentWeekStart(useTimeZone());
  const lead = METRIC_IDS.flatMap((id) => {
    const sentence = leadSentence(id, progress.metrics[id]);
    return sentence ? [{ id, sentence }] : [];
  });
  return (
    <>
      <section className="stack" aria-labelledby={summaryId}>
        <h2 id={summaryId} className="visually-hidden">
          {t('progress.summaryHeading')}
        </h2>
        <ul className="lead-list">
          {lead.map((item) => (
            <li key={item.id}>{item.sentence}</li>
          ))}
        </ul>
        <p>
          <Link href="/check-in">{t('progress.checkInLink')}</Link>
        </p>
      </section>
      {METRIC_IDS.map((id) => (
        <MetricCard key={id} id={id} metric={progress.metrics[id]} thisWeek={thisWeek} />
      ))}
      <SignsPanel signs={progress.signs} />
    </>
  );
}

/** The progress dashboard: words first, then charts, each with its numbers as a table. */
export function ProgressPage() {
  const progress = useProgress();
  if (progress.data === undefined) {
    return <SpacePageWaiting query={progress} loadingLabel={t('progress.loading')} />;
  }
  const isEmpty = METRIC_IDS.every((id) => !hasAnyData(progress.data.metrics[id]));
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('progress.title')}</PageHeading>
        <p className="lead">
          {t('progress.weeksInRecovery', { count: progress.data.weeksInRecovery })}
        </p>
      </div>
      {isEmpty ? <ProgressEmpty /> : <ProgressDashboard progress={progress.data} />}
      <AgreementsHeldCard held={progress.data.agreementsHeld} />
      <RelapseCard relapse={progress.data.relapse} />
      <AttendanceCard attendance={progress.data.attendance} />
      <QuestionnairesProgressCard questionnaires={progress.data.questionnaires} />
      <p>
        <Link href="/space">{t('progress.spaceLink')}</Link>
      </p>
    </div>
  );
}
