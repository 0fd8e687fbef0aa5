import { useId } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n';
import { useTimeOuts } from './api';
import { TimeOutNotice } from './TimeOutNotice';

/** On the space home: any pause running now, with the time agreed to come back. */
export function TimeOutBanner() {
  const headingId = useId();
  const timeOuts = useTimeOuts();
  const current = timeOuts.data?.current ?? [];
  if (current.length === 0) return null;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('talking.homeBanner.label')}
      </h2>
      {current.map((timeOut) => (
        <TimeOutNotice key={timeOut.id} timeOut={timeOut} />
      ))}
      <p>
        <Link href="/talking">{t('talking.title')}</Link>
      </p>
    </section>
  );
}
