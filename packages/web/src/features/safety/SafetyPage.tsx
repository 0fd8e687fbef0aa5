import { useId } from 'react';
import { Link } from 'wouter';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatDate, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { useSafetyHistory } from './api';
import { ContactsSection } from './ContactsSection';
import { HelpList } from './HelpList';
import { MonitoredDeviceNote } from './MonitoredDeviceNote';
import type { SafetyScreenResult } from './types';
import '../../styles/safety.css';

function History({ screens }: { screens: SafetyScreenResult[] }) {
  const headingId = useId();
  const timeZone = useTimeZone();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('safety.history.heading')}</h2>
      <ul className="plain-list safety-history">
        {screens.map((screen) => (
          <li key={screen.id}>
            <Link href={`/safety/results/${screen.id}`}>
              {t('safety.history.item', {
                date: formatDate(screen.takenAt, timeZone),
                status: t(`safety.history.status.${screen.status}`),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The safety check, general help and the person's own contacts, all private to them. */
export function SafetyPage() {
  const history = useSafetyHistory();
  if (history.isPending) return <Loading label={t('safety.loading')} />;
  if (history.isError) return <LoadFailed onRetry={() => void history.refetch()} />;
  const { screens } = history.data;
  const taken = screens.length > 0;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('safety.title')}</PageHeading>
        <p className="lead">{t('safety.intro')}</p>
        {taken ? null : <p>{t('safety.neverTaken')}</p>}
        <div className="button-row">
          <Link
            href="/safety/check"
            className={taken ? 'button button--secondary' : 'button button--primary'}
          >
            {taken ? t('safety.retake') : t('safety.start')}
          </Link>
        </div>
      </div>
      <MonitoredDeviceNote />
      <HelpList />
      <ContactsSection />
      {taken ? <History screens={screens} /> : null}
    </div>
  );
}
