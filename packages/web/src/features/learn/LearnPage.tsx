import { Link } from 'wouter';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useArticles } from './api';
import '../../styles/program.css';

/** Learn: short articles answering the questions people ask. Open to anyone, signed in or not. */
export function LearnPage() {
  const articles = useArticles();
  if (articles.data === undefined) {
    if (articles.isError) return <LoadFailed onRetry={() => void articles.refetch()} />;
    return <Loading label={t('learn.loading')} />;
  }
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('learn.title')}</PageHeading>
        <p className="lead">{t('learn.intro')}</p>
      </div>
      <ul className="plain-list stack learn-list">
        {articles.data.articles.map((article) => (
          <li key={article.slug} className="card stack stack--tight">
            <h2 className="learn-list__title">
              <Link href={`/learn/${article.slug}`}>{article.title}</Link>
            </h2>
            <p>{article.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
