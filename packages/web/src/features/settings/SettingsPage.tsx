import { useId } from 'react';
import { Link } from 'wouter';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { PrivacyLinkCard } from '../privacy/PrivacyLinkCard';
import { MonitoredDeviceNote } from '../safety/MonitoredDeviceNote';
import { TherapistConsentSection } from '../therapists/TherapistConsentSection';
import { usePreferences } from './api';
import { DiscreetModeSection } from './DiscreetModeSection';

function SecurityLinkSection() {
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.title')}</h2>
      <p>{t('security.settingsBody')}</p>
      <p>
        <Link href="/security">{t('security.settingsLink')}</Link>
      </p>
    </section>
  );
}

function RemindersLinkSection() {
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reminders.title')}</h2>
      <p>{t('reminders.settingsBody')}</p>
      <p>
        <Link href="/settings/reminders">{t('reminders.settingsLink')}</Link>
      </p>
    </section>
  );
}

function SafetyLinkSection() {
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.safety.heading')}</h2>
      <p>{t('settings.safety.body')}</p>
      <p>
        <Link href="/safety">{t('settings.safety.link')}</Link>
      </p>
    </section>
  );
}

export function SettingsPage() {
  const preferences = usePreferences();
  if (preferences.isPending) return <Loading label={t('common.loading')} />;
  if (preferences.isError) return <LoadFailed onRetry={() => void preferences.refetch()} />;
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('settings.title')}</PageHeading>
      <DiscreetModeSection preferences={preferences.data} />
      <RemindersLinkSection />
      <TherapistConsentSection />
      <MonitoredDeviceNote />
      <SecurityLinkSection />
      <SafetyLinkSection />
      <PrivacyLinkCard />
    </div>
  );
}
