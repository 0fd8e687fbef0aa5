import { useId } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n';

/** A way to "Your data" from the space home and the settings page. */
export function PrivacyLinkCard() {
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('privacy.linkTitle')}</h2>
      <p>{t('privacy.linkBody')}</p>
      <p>
        <Link href="/privacy">{t('privacy.linkLabel')}</Link>
      </p>
    </section>
  );
}
