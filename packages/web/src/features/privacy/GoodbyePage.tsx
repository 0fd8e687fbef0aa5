import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';

/** Where a deleted account ends: neutral, kind, and nothing of the account left on screen. */
export function GoodbyePage() {
  return (
    <div className="stack">
      <PageHeading>{t('privacy.goodbye.title')}</PageHeading>
      <p className="lead">{t('privacy.goodbye.body')}</p>
      <p>{t('privacy.goodbye.care')}</p>
      <p>
        <Link href="/">{t('privacy.goodbye.home')}</Link>
      </p>
    </div>
  );
}
