import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';

export function WelcomePage() {
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('welcome.title')}</PageHeading>
      <div className="stack">
        <p className="lead">{t('welcome.intro')}</p>
        <p>{t('welcome.together')}</p>
      </div>
      <div className="button-row">
        <Link href="/sign-up" className="button button--primary">
          {t('welcome.createAccount')}
        </Link>
        <Link href="/sign-in" className="button button--secondary">
          {t('welcome.signIn')}
        </Link>
      </div>
    </div>
  );
}
