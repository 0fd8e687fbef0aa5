import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { AccountDetailsSection } from './AccountDetailsSection';
import { useSecurity } from './api';
import { PasskeysSection } from './PasskeysSection';
import { SessionsSection } from './SessionsSection';
import { TwoStepSection } from './TwoStepSection';
import '../../styles/security.css';

/** Sign-in and security: two-step sign-in, passkeys, sessions, e-mail address and password. */
export function SecurityPage() {
  const security = useSecurity();
  if (security.isPending) return <Loading label={t('security.loading')} />;
  if (security.isError) return <LoadFailed onRetry={() => void security.refetch()} />;
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('security.title')}</PageHeading>
      <p className="lead">{t('security.intro')}</p>
      <TwoStepSection overview={security.data} />
      <PasskeysSection overview={security.data} />
      <SessionsSection />
      <AccountDetailsSection />
    </div>
  );
}
