import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useQuestionnaires } from './api';
import { QuestionnaireCard } from './QuestionnaireCard';
import '../../styles/questionnaires.css';

/** The questionnaires offered to this person, with what is due and what is half done. */
export function QuestionnairesPage() {
  const list = useQuestionnaires();
  if (list.data === undefined) {
    return <SpacePageWaiting query={list} loadingLabel={t('questionnaires.listLoading')} />;
  }
  const { questionnaires } = list.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('questionnaires.listTitle')}</PageHeading>
        <p>{t('questionnaires.listIntro')}</p>
      </div>
      {questionnaires.length === 0 ? (
        <p>{t('questionnaires.listEmpty')}</p>
      ) : (
        <ul className="plain-list questionnaire-list">
          {questionnaires.map((questionnaire) => (
            <li key={questionnaire.id}>
              <QuestionnaireCard questionnaire={questionnaire} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
