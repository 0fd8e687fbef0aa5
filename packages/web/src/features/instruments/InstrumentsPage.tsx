import { useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { isApiError } from '../../app/api/problem';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatDate, t } from '../../i18n';
import { useCatalogue, useRetireInstrument } from './api';
import { ImportInstrumentForm } from './ImportInstrumentForm';
import type { CatalogueEntry } from './types';
import '../../styles/records.css';
import '../../styles/instruments.css';

function EntryCard({ entry, onRetire }: { entry: CatalogueEntry; onRetire: () => void }) {
  const offered = entry.retiredAt === null;
  return (
    <li className="card stack">
      <h3>{entry.title}</h3>
      <p>
        <span className={`tag${entry.source === 'imported' ? ' tag--verified' : ''}`}>
          {t(`instruments.source.${entry.source}`)}
        </span>{' '}
        {t('instruments.version', { version: entry.version })}
      </p>
      {entry.description ? <p>{entry.description}</p> : null}
      <ul className="catalogue-entry__facts">
        <li>{t('instruments.items', { count: entry.itemCount })}</li>
        {entry.facets.length > 0 ? (
          <li>{t('instruments.facets', { facets: entry.facets.join(', ') })}</li>
        ) : null}
        <li>{t('instruments.scale', { min: entry.scale.min, max: entry.scale.max })}</li>
        <li>
          {t('instruments.forWhom', { who: t(`instruments.respondent.${entry.respondent}`) })}
        </li>
        <li>{t('instruments.offered', { cadence: t(`instruments.cadence.${entry.cadence}`) })}</li>
        <li>
          {entry.reliableChange
            ? t('instruments.reliableChange')
            : t('instruments.noReliableChange')}
        </li>
        {entry.importedAt ? (
          <li>{t('instruments.importedOn', { date: formatDate(entry.importedAt) })}</li>
        ) : null}
        {entry.retiredAt ? (
          <li>{t('instruments.retiredOn', { date: formatDate(entry.retiredAt) })}</li>
        ) : null}
      </ul>
      <p className="fine-print">{entry.licenceNote}</p>
      {entry.source === 'imported' && offered ? (
        <p>
          <button type="button" className="button button--quiet" onClick={onRetire}>
            {t('instruments.retire')}
          </button>
        </p>
      ) : null}
    </li>
  );
}

/** For instance administrators: add FHIR questionnaires, see what is offered, retire imports. */
export function InstrumentsPage() {
  const listHeadingId = useId();
  const catalogue = useCatalogue();
  const retire = useRetireInstrument();
  const [retiring, setRetiring] = useState<CatalogueEntry | null>(null);

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
      <ImportInstrumentForm />
      <section className="stack" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('instruments.listHeading')}</h2>
        <ul className="plain-list stack">
          {catalogue.data.map((entry) => (
            <EntryCard
              key={`${entry.id}|${entry.version}`}
              entry={entry}
              onRetire={() => {
                retire.reset();
                setRetiring(entry);
              }}
            />
          ))}
        </ul>
      </section>
      <p>
        <Link href="/space">{t('common.goToSpace')}</Link>
      </p>
      <ConfirmDialog
        open={retiring !== null}
        title={t('instruments.retireTitle', { title: retiring?.title ?? '' })}
        confirmLabel={t('instruments.retireConfirm')}
        cancelLabel={t('instruments.cancel')}
        pending={retire.isPending}
        pendingLabel={t('instruments.retiring')}
        error={retire.isError ? errorMessage(retire.error) : null}
        onConfirm={() => {
          if (retiring) retire.mutate(retiring.id, { onSuccess: () => setRetiring(null) });
        }}
        onDismiss={() => setRetiring(null)}
      >
        <p>{t('instruments.retireBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
