import { Link } from 'wouter';
import { t } from '../i18n';
import { PageHeading } from './ui/PageHeading';

export function NotFoundPage() {
  return (
    <div className="stack">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
