import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog';
import { formatDate, t } from '../../i18n';
import type { CatalogueEntry } from './types';

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

interface InstrumentListProps {
  readonly heading: string;
  readonly entries: readonly CatalogueEntry[];
  /** Shown instead of the list when there is nothing in it. */
  readonly empty?: string;
  readonly retire: UseMutationResult<void, Error, string>;
  /** What retiring does, said in the confirmation. */
  readonly retireBody: string;
}

/** Imported questionnaires with what each is, and a confirmed "stop offering" for those on offer. */
export function InstrumentList({
  heading,
  entries,
  empty,
  retire,
  retireBody,
}: InstrumentListProps) {
  const headingId = useId();
  const [retiring, setRetiring] = useState<CatalogueEntry | null>(null);
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {entries.length === 0 && empty ? <p>{empty}</p> : null}
      <ul className="plain-list stack">
        {entries.map((entry) => (
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
        <p>{retireBody}</p>
      </ConfirmDialog>
    </section>
  );
}
