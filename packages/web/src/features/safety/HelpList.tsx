import { useId } from 'react';
import { t } from '../../i18n';

/**
 * Help that holds anywhere. There are no phone numbers here on purpose: services differ by
 * country, and a wrong number on a bad day is worse than none. The person's own local contacts
 * sit beside this list.
 */
export function HelpList() {
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('safety.help.heading')}</h2>
      <ul className="help-list">
        <li>{t('safety.help.emergency')}</li>
        <li>{t('safety.help.helpline')}</li>
        <li>{t('safety.help.crisis')}</li>
        <li>{t('safety.help.doctor')}</li>
      </ul>
      <p className="muted">{t('safety.help.searchPrivately')}</p>
    </section>
  );
}
