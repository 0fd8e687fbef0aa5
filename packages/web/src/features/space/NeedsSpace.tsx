import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';

/** For pages that only make sense inside a recovery space, when the person has none yet. */
export function NeedsSpace() {
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('checkIn.noSpace.title')}</PageHeading>
      <p>{t('checkIn.noSpace.body')}</p>
      <p>
        <Link href="/space" className="button button--primary">
          {t('checkIn.noSpace.link')}
        </Link>
      </p>
    </div>
  );
}
