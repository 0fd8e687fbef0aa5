import { useId } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n';
import { useQuestionnaires } from '../questionnaires/api';

/**
 * The monthly questionnaires, from the space home, with how many are due when the list has
 * loaded. If it cannot be loaded the card still offers the way in.
 */
export function QuestionnairesCard() {
  const headingId = useId();
  const questionnaires = useQuestionnaires().data?.questionnaires;
  const dueCount = questionnaires?.filter((q) => q.due).length;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('questionnaires.spaceCard.heading')}</h2>
      <p>{t('questionnaires.spaceCard.body')}</p>
      {dueCount === undefined ? null : (
        <p>
          {dueCount > 0
            ? t('questionnaires.spaceCard.due', { count: dueCount })
            : t('questionnaires.spaceCard.noneDue')}
        </p>
      )}
      <div className="button-row">
        <Link
          href="/questionnaires"
          // Secondary always: the weekly check-in is the space home's one primary action.
          className="button button--secondary"
        >
          {t('questionnaires.spaceCard.open')}
        </Link>
      </div>
    </section>
  );
}
