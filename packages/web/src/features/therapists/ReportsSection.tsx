import { useId, useState } from 'react';
import { TextField } from '../../app/ui/TextField';
import { t, todayInTimeZone } from '../../i18n';
import type { CoupleView } from './types';

/** Links to the couple's PDF report for a period and each partner's FHIR export. */
export function ReportsSection({ view, timeZone }: { view: CoupleView; timeZone: string }) {
  const headingId = useId();
  const [from, setFrom] = useState(view.cameToLightOn);
  const [to, setTo] = useState(() => todayInTimeZone(timeZone));
  const base = `/api/v1/therapist/couples/${encodeURIComponent(view.coupleId)}`;
  const sharing = view.partners.filter(
    (p) => p.consent.includes('metrics') || p.consent.includes('questionnaires'),
  );
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.reports.heading')}</h2>
      <p>{t('therapist.reports.intro')}</p>
      <TextField
        label={t('therapist.reports.from')}
        type="date"
        name="from"
        value={from}
        onValueChange={setFrom}
      />
      <TextField
        label={t('therapist.reports.to')}
        type="date"
        name="to"
        value={to}
        onValueChange={setTo}
      />
      <p>
        <a
          href={`${base}/report.pdf?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`}
          download
        >
          {t('therapist.reports.pdf')}
        </a>
      </p>
      <ul>
        {sharing.map((partner) => (
          <li key={partner.memberId}>
            <a href={`${base}/partners/${encodeURIComponent(partner.memberId)}/fhir`} download>
              {t('therapist.reports.fhir', { name: partner.displayName })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
