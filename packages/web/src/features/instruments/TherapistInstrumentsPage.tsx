import { Link } from 'wouter';
import { isApiError } from '../../app/api/problem';
import { NotFoundPage } from '../../app/NotFoundPage';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useImportOwnInstrument, useOwnInstruments, useRetireOwnInstrument } from './api';
import { ImportInstrumentForm } from './ImportInstrumentForm';
import { InstrumentList } from './InstrumentList';
import '../../styles/records.css';
import '../../styles/instruments.css';

/**
 * For therapists: import FHIR questionnaires of their own, see them, retire them. What they import
 * is offered only to the partners they ask (from the couple's page), never to other therapists.
 */
export function TherapistInstrumentsPage() {
  const own = useOwnInstruments();
  const importInstrument = useImportOwnInstrument();
  const retire = useRetireOwnInstrument();
  const words = {
    heading: t('instruments.own.importHeading'),
    submit: t('instruments.own.submit'),
    submitting: t('instruments.own.submitting'),
    added: (title: string) => t('instruments.own.added', { title }),
  };

  if (own.data === undefined) {
    // Anyone but a therapist is told the page does not exist, as the API tells them.
    if (isApiError(own.error, 'NOT_FOUND')) return <NotFoundPage />;
    if (own.isError) return <LoadFailed onRetry={() => void own.refetch()} />;
    return <Loading label={t('instruments.own.loading')} />;
  }

  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('instruments.own.title')}</PageHeading>
        <p className="lead">{t('instruments.own.intro')}</p>
      </div>
      <ImportInstrumentForm importInstrument={importInstrument} words={words} />
      <InstrumentList
        heading={t('instruments.own.listHeading')}
        entries={own.data}
        empty={t('instruments.own.none')}
        retire={retire}
        retireBody={t('instruments.own.retireBody')}
      />
      <p>
        <Link href="/therapist">{t('instruments.own.backToCaseload')}</Link>
      </p>
    </div>
  );
}
