import { useId } from 'react';
import { t } from '../../i18n';
import '../../styles/safety.css';

interface MonitoredDeviceNoteProps {
  /** Where it is shown: the full note on safety pages and settings, one line on sign-in. */
  variant?: 'full' | 'signIn';
}

/**
 * A short, kind warning that a device can be watched. No web page can defend against software
 * on the device itself, so the honest help is to say so where it matters and point elsewhere.
 */
export function MonitoredDeviceNote({ variant = 'full' }: MonitoredDeviceNoteProps) {
  const headingId = useId();
  if (variant !== 'full') {
    return <p className="callout monitored-note">{t(`safety.monitored.${variant}`)}</p>;
  }
  return (
    <section className="callout monitored-note stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="monitored-note__heading">
        {t('safety.monitored.heading')}
      </h2>
      <p>{t('safety.monitored.body')}</p>
      <p>{t('safety.monitored.quickExit')}</p>
    </section>
  );
}
