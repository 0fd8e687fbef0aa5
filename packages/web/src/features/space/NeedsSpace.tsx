import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { isApiError } from '../../app/api/problem';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';

/** For pages that only make sense inside a recovery space, when the person has none yet. */
export function NeedsSpace() {
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('checkIn.noSpace.title')}</PageHeading>
      <p>{t('checkIn.noSpace.body')}</p>
      <p>
        <Link href="/space" className="button button--primary">
          {t('checkIn.noSpace.link')}
        </Link>
      </p>
    </div>
  );
}

/** The part of a query a page in the space waits on. */
interface SpaceQuery {
  readonly isError: boolean;
  readonly error: unknown;
  refetch(): Promise<unknown>;
}

/**
 * What a page that reads the person's space shows until its data is there: a loading line, the
 * way to make a space when they have none (NOT_IN_SPACE), or what failed with a way to retry.
 * Every page in the space shows the same three states, so they are written once here. A page
 * about one thing (an agreement, a stage) also says when that thing is not there (`notFound`).
 */
export function SpacePageWaiting({
  query,
  loadingLabel,
  notFound,
}: {
  readonly query: SpaceQuery;
  readonly loadingLabel: string;
  readonly notFound?: ReactNode;
}) {
  if (query.isError) {
    if (isApiError(query.error, 'NOT_IN_SPACE')) return <NeedsSpace />;
    if (notFound !== undefined && isApiError(query.error) && query.error.status === 404)
      return notFound;
    return <LoadFailed onRetry={() => void query.refetch()} />;
  }
  return <Loading label={loadingLabel} />;
}
