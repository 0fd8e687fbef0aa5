import { useId } from 'react';
import { Link } from 'wouter';
import { formatCalendarDate, t } from '../../i18n';
import type { AgreementsHeld } from './types';

/** How many recent weeks the card's table shows. */
const WEEKS_SHOWN = 8;
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** The "agreements held" metric: each partner's own share held per week, side by side. */
export function AgreementsHeldCard({ held }: { held: AgreementsHeld }) {
  const headingId = useId();
  const caption = t('agreements.card.tableCaption');
  const weeks = [
    ...new Set(held.partners.flatMap((partner) => partner.weekly.map((week) => week.weekStart))),
  ]
    .sort()
    .slice(-WEEKS_SHOWN)
    .reverse();
  const cell = (partner: AgreementsHeld['partners'][number], weekStart: string) => {
    const week = partner.weekly.find((candidate) => candidate.weekStart === weekStart);
    if (!week) return '–';
    const share =
      week.shareHeld === null ? t('agreements.card.noJudgement') : percent.format(week.shareHeld);
    const notSure = t('agreements.card.notSureNote', { count: week.notSure });
    return notSure ? `${share} (${notSure})` : share;
  };
  return (
    <section className="card stack metric" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreements.card.heading')}</h2>
      {weeks.length === 0 ? (
        <p>{t('agreements.card.none')}</p>
      ) : (
        <>
          <p>{t('agreements.card.intro')}</p>
          <p>{t('agreements.card.gapWeeks', { count: held.gapWeeks.length })}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" tabIndex={0} aria-label={caption}>
            <table className="data-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('agreements.card.weekColumn')}</th>
                  {held.partners.map((partner) => (
                    <th scope="col" key={partner.memberId}>
                      {partner.isYou
                        ? t('agreements.card.yourColumn')
                        : t('agreements.card.shareColumn', { name: partner.displayName })}
                    </th>
                  ))}
                  {held.partners.length > 1 ? (
                    <th scope="col">{t('agreements.card.gapColumn')}</th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {weeks.map((weekStart) => (
                  <tr key={weekStart}>
                    <th scope="row">{formatCalendarDate(weekStart)}</th>
                    {held.partners.map((partner) => (
                      <td key={partner.memberId}>{cell(partner, weekStart)}</td>
                    ))}
                    {held.partners.length > 1 ? (
                      <td>
                        {held.gapWeeks.includes(weekStart) ? t('agreements.card.differed') : ''}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <p>
        <Link href="/agreements">{t('agreements.card.link')}</Link>
      </p>
    </section>
  );
}
