import { useId } from 'react';
import { formatDate, t } from '../../i18n';
import { bandLabel, formatScore } from './format';
import type { Questionnaire, ScoredResponse } from './types';

interface PastResultsProps {
  questionnaire: Questionnaire;
  responses: readonly ScoredResponse[];
}

/** Earlier results as a small table, most recent first. */
export function PastResults({ questionnaire, responses }: PastResultsProps) {
  const headingId = useId();
  if (responses.length === 0) return null;
  const newestFirst = [...responses].sort((a, b) => b.completedAt.localeCompare(a.completedAt));
  const none = t('questionnaires.history.none');
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('questionnaires.history.heading')}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('questionnaires.history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('questionnaires.history.date')}</th>
              <th scope="col">{t('questionnaires.history.total')}</th>
              <th scope="col">{t('questionnaires.history.band')}</th>
              <th scope="col">{t('questionnaires.history.fhir')}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((response) => {
              const date = formatDate(response.completedAt);
              return (
                <tr key={response.id}>
                  <th scope="row">
                    {response.baseline ? t('questionnaires.history.baseline', { date }) : date}
                  </th>
                  <td>{response.total === null ? none : formatScore(response.total)}</td>
                  <td>{bandLabel(questionnaire, response.band) ?? none}</td>
                  <td>
                    <a
                      href={`/api/v1/questionnaire-responses/${response.id}/fhir`}
                      download={`questionnaire-response-${response.id}.json`}
                      aria-label={t('questionnaires.history.fhirLabel', { date })}
                    >
                      {t('questionnaires.history.fhirLink')}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
