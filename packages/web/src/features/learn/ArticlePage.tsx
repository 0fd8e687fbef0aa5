import { useId } from 'react';
import { Link } from 'wouter';
import { isApiError } from '../../app/api/problem';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { RichText } from '../program/RichText';
import { useArticle } from './api';
import '../../styles/program.css';

export function ArticlePage({ slug }: { slug: string }) {
  const stagesId = useId();
  const article = useArticle(slug);
  if (article.data === undefined) {
    if (article.isError) {
      if (isApiError(article.error, 'NOT_FOUND'))
        return (
          <div className="stack">
            <p>{t('learn.notFound')}</p>
            <Link href="/learn">{t('learn.back')}</Link>
          </div>
        );
      return <LoadFailed onRetry={() => void article.refetch()} />;
    }
    return <Loading label={t('learn.articleLoading')} />;
  }
  const data = article.data;
  return (
    <article className="stack stack--loose">
      <div className="stack">
        <p>
          <Link href="/learn">{t('learn.back')}</Link>
        </p>
        <PageHeading>{data.title}</PageHeading>
        <p className="lead">{data.summary}</p>
      </div>
      <RichText blocks={data.body} headingLevel={2} />
      {data.stages.length > 0 ? (
        <section className="card stack stack--tight" aria-labelledby={stagesId}>
          <h2 id={stagesId}>{t('learn.inStages')}</h2>
          <ul>
            {data.stages.map((stage) => (
              <li key={stage.id}>
                <Link href={`/program/${stage.id}`}>{stage.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
