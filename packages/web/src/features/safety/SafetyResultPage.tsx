import { Link } from 'wouter';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatDate, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { useSafetyHistory } from './api';
import { ContactsSection } from './ContactsSection';
import { DeleteResult } from './DeleteResult';
import { HelpList } from './HelpList';
import { MonitoredDeviceNote } from './MonitoredDeviceNote';
import { SharingChoice } from './SharingChoice';
import type { SafetyScreenResult } from './types';
import '../../styles/safety.css';

const STATUS_MESSAGES = {
  concern: 'safety.result.concern',
  'no-concern': 'safety.result.noConcern',
  incomplete: 'safety.result.incomplete',
} as const;

function Section({ heading, body, tone }: { heading: string; body: string; tone?: 'warning' }) {
  return (
    <section className={tone === 'warning' ? 'callout callout--warning stack' : 'card stack'}>
      <h2>{heading}</h2>
      <p>{body}</p>
    </section>
  );
}

/**
 * What one result means. Crisis support comes first when self-harm was mentioned; a concern
 * brings help, why joint exercises should wait, and support on one's own.
 */
function ResultBody({ result }: { result: SafetyScreenResult }) {
  const status = STATUS_MESSAGES[result.status];
  return (
    <>
      {result.selfHarm ? (
        <Section
          heading={t('safety.result.selfHarm.heading')}
          body={t('safety.result.selfHarm.body')}
          tone="warning"
        />
      ) : null}
      <Section heading={t(`${status}.heading`)} body={t(`${status}.body`)} />
      <HelpList />
      {result.pauseJointExercises ? (
        <>
          <Section
            heading={t('safety.result.pause.heading')}
            body={t('safety.result.pause.body')}
          />
          <Section
            heading={t('safety.result.individual.heading')}
            body={t('safety.result.individual.body')}
          />
        </>
      ) : null}
      <ContactsSection />
      <SharingChoice result={result} />
      <DeleteResult screenId={result.id} />
    </>
  );
}

export function SafetyResultPage({ id }: { id: string }) {
  const history = useSafetyHistory();
  const timeZone = useTimeZone();
  if (history.isPending) return <Loading label={t('safety.result.loading')} />;
  if (history.isError) return <LoadFailed onRetry={() => void history.refetch()} />;
  const result = history.data.screens.find((screen) => screen.id === id);
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('safety.result.title')}</PageHeading>
        <p>
          {result
            ? t('safety.result.takenOn', { date: formatDate(result.takenAt, timeZone) })
            : t('safety.result.notFound')}
        </p>
      </div>
      {result ? <ResultBody result={result} /> : <HelpList />}
      <MonitoredDeviceNote />
      <p>
        <Link href="/safety" className="button button--secondary">
          {t('safety.result.back')}
        </Link>
      </p>
    </div>
  );
}
