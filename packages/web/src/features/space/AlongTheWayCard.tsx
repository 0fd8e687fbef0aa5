import { useId } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n';

/** From the space home, the way to therapy sessions and to setbacks and incidents. */
export function AlongTheWayCard() {
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('incidents.spaceCard.heading')}</h2>
      <p>{t('incidents.spaceCard.body')}</p>
      <ul className="plain-list stack">
        <li>
          <Link href="/sessions">{t('sessions.title')}</Link>
        </li>
        <li>
          <Link href="/incidents">{t('incidents.title')}</Link>
        </li>
      </ul>
    </section>
  );
}
