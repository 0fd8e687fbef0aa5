import { useId } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { bandLabel, formatScore } from './format';
import { LicenceNote } from './LicenceNote';
import type { Questionnaire, ScoredResponse } from './types';

interface QuestionnaireResultProps {
  questionnaire: Questionnaire;
  response: ScoredResponse;
}

/** What the answers just given add up to, in words first, and how they compare with the first. */
export function QuestionnaireResult({ questionnaire, response }: QuestionnaireResultProps) {
  const facetsId = useId();
  const band = bandLabel(questionnaire, response.band);
  const facets = questionnaire.facets.filter((facet) => facet.id in response.facets);
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('questionnaires.result.title')}</PageHeading>
        <p className="lead">{questionnaire.title}</p>
        <p>{t('questionnaires.result.intro')}</p>
      </div>
      <section className="card stack" aria-label={questionnaire.title}>
        {response.total === null ? (
          <p>{t('questionnaires.result.noTotal')}</p>
        ) : (
          <p className="lead">
            {t('questionnaires.result.total', {
              total: formatScore(response.total),
              min: formatScore(questionnaire.scale.min),
              max: formatScore(questionnaire.scale.max),
            })}
            {band ? ` ${t('questionnaires.result.band', { band })}` : ''}
          </p>
        )}
        {response.baseline ? <p>{t('questionnaires.result.baseline')}</p> : null}
        {response.changeSinceBaseline ? (
          <p>{t(`questionnaires.result.${response.changeSinceBaseline.classification}`)}</p>
        ) : null}
      </section>
      {facets.length > 0 ? (
        <section className="stack" aria-labelledby={facetsId}>
          <h2 id={facetsId}>{t('questionnaires.result.facetsHeading')}</h2>
          <dl className="facet-list">
            {facets.map((facet) => {
              const score = response.facets[facet.id];
              return (
                <div key={facet.id} className="facet-list__row">
                  <dt>{facet.title}</dt>
                  <dd>
                    {score === null || score === undefined
                      ? t('questionnaires.result.facetNoScore')
                      : formatScore(score)}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ) : null}
      <div className="button-row">
        <Link href="/questionnaires" className="button button--primary">
          {t('questionnaires.result.backToList')}
        </Link>
        <Link href="/space">{t('questionnaires.result.space')}</Link>
      </div>
      <LicenceNote note={questionnaire.licenceNote} />
    </div>
  );
}
