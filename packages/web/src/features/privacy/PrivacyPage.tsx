import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { AccessLogSection } from './AccessLogSection';
import { DeleteAccountSection } from './DeleteAccountSection';
import { ExportSection } from './ExportSection';
import '../../styles/privacy.css';

/** "Your data": who has seen it, a copy of all of it, and closing the account. */
export function PrivacyPage() {
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('privacy.title')}</PageHeading>
        <p className="lead">{t('privacy.intro')}</p>
      </div>
      <AccessLogSection />
      <ExportSection />
      <DeleteAccountSection />
    </div>
  );
}
