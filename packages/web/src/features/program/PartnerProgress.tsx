import { useId } from 'react';
import { formatCalendarDate, t } from '../../i18n';
import type { ProgramOverview } from './types';

/** The partner's path at the level they share: their stage, and exercises shared with you. */
export function PartnerProgress({ program }: { program: ProgramOverview }) {
  const headingId = useId();
  const partner = program.partner;
  const titleOf = (stageId: string) =>
    program.stages.find((stage) => stage.id === stageId)?.title ?? stageId;
  if (!partner) {
    return (
      <section className="card stack" aria-labelledby={headingId}>
        <h2 id={headingId}>
          {t('program.partner.heading', { name: t('program.partner.yourPartner') })}
        </h2>
        <p>{t('program.partner.alone')}</p>
      </section>
    );
  }
  const name = partner.displayName;
  return (
    <section className="card stack" aria-labelledby={headingId} data-testid="partner-progress">
      <h2 id={headingId}>{t('program.partner.heading', { name })}</h2>
      <p>
        {partner.current
          ? t('program.partner.current', { name, title: titleOf(partner.current) })
          : t('program.partner.notBegun', { name })}{' '}
        {t('program.partner.done', { count: partner.doneCount })}
      </p>
      <h3>{t('program.partner.sharedHeading', { name })}</h3>
      {partner.sharedCompleted.length === 0 ? (
        <p>{t('program.partner.noneShared', { name })}</p>
      ) : (
        <ul className="stack stack--tight">
          {partner.sharedCompleted.map((shared) => (
            <li key={shared.exerciseId}>
              {t('program.partner.sharedItem', {
                title: shared.title,
                date: formatCalendarDate(shared.on),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
