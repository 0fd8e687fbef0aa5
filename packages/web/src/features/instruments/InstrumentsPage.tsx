import { Link } from 'wouter';
import { isApiError } from '../../app/api/problem';
import { NotFoundPage } from '../../app/NotFoundPage';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useCatalogue, useImportInstrument, useRetireInstrument } from './api';
import { ImportInstrumentForm } from './ImportInstrumentForm';
import { InstrumentList } from './InstrumentList';
import '../../styles/records.css';
import '../../styles/instruments.css';

/** For instance administrators: add FHIR questionnaires, see what is offered, retire imports. */
export function InstrumentsPage() {
  const catalogue = useCatalogue();
  const importInstrument = useImportInstrument();
  const retire = useRetireInstrument();
  const words = {
    heading: t('instruments.importHeading'),
    submit: t('instruments.submit'),
    submitting: t('instruments.submitting'),
    added: (title: string) => t('instruments.added', { title }),
  };

  if (catalogue.data === undefined) {
    // Anyone but an administrator is told the page does not exist, as the API tells them.
    if (isApiError(catalogue.error, 'NOT_FOUND')) return <NotFoundPage />;
    if (catalogue.isError) return <LoadFailed onRetry={() => void catalogue.refetch()} />;
    return <Loading label={t('instruments.loading')} />;
  }

  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('instruments.title')}</PageHeading>
        <p className="lead">{t('instruments.intro')}</p>
      </div>
      <ImportInstrumentForm importInstrument={importInstrument} words={words} />
      <InstrumentList
        heading={t('instruments.listHeading')}
        entries={catalogue.data}
        retire={retire}
        retireBody={t('instruments.retireBody')}
      />
      <p>
        <Link href="/space">{t('common.goToSpace')}</Link>
      </p>
    </div>
  );
}
