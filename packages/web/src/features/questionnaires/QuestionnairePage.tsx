import { useId, useState } from 'react';
import { Link } from 'wouter';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useMe } from '../accounts/api';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useQuestionnaire } from './api';
import { LicenceNote } from './LicenceNote';
import { PastResults } from './PastResults';
import { QuestionnaireForm } from './QuestionnaireForm';
import { QuestionnaireResult } from './QuestionnaireResult';
import type { ScoredResponse } from './types';
import '../../styles/questionnaires.css';

/** One questionnaire: its statements one at a time, then the result; earlier results below. */
export function QuestionnairePage({ id }: { id: string }) {
  const me = useMe();
  const detail = useQuestionnaire(id);
  const [finished, setFinished] = useState<ScoredResponse | null>(null);
  const aboutId = useId();

  // Once loaded, the form stays on screen through background refreshes, even failed ones.
  if (detail.data === undefined) {
    return (
      <SpacePageWaiting
        query={detail}
        loadingLabel={t('questionnaires.loading')}
        notFound={<NotOffered />}
      />
    );
  }
  const user = me.data;
  if (!user) return <Loading label={t('common.loading')} />;
  const { questionnaire, draftAnswers, responses } = detail.data;
  if (finished) return <QuestionnaireResult questionnaire={questionnaire} response={finished} />;

  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{questionnaire.title}</PageHeading>
        <p>{questionnaire.description}</p>
      </div>
      <QuestionnaireForm
        userId={user.id}
        questionnaire={questionnaire}
        draftAnswers={draftAnswers}
        onFinished={setFinished}
      />
      <PastResults questionnaire={questionnaire} responses={responses} />
      <section className="stack" aria-labelledby={aboutId}>
        <h2 id={aboutId} className="visually-hidden">
          {t('questionnaires.aboutHeading')}
        </h2>
        <LicenceNote note={questionnaire.licenceNote} />
      </section>
    </div>
  );
}

function NotOffered() {
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('questionnaires.notFound.title')}</PageHeading>
      <p>{t('questionnaires.notFound.body')}</p>
      <p>
        <Link href="/questionnaires" className="button button--primary">
          {t('questionnaires.notFound.link')}
        </Link>
      </p>
    </div>
  );
}
