import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { ApiError } from '../../app/api/problem';
import { hasMessage, t } from '../../i18n';

/** Explains kindly why an invitation cannot be used, and what to do about it. */
export function InvitationProblem({ error }: { error: unknown }) {
  const code = error instanceof ApiError ? error.code : '';
  const title = `join.problems.${code}.title`;
  const body = `join.problems.${code}.body`;
  const known = hasMessage(title) && hasMessage(body);

  return (
    <div className="stack">
      <div className="alert alert--error stack" role="alert" tabIndex={-1}>
        {known ? (
          <>
            <p className="alert__title">{t(title)}</p>
            <p>{t(body)}</p>
          </>
        ) : (
          <p>{errorMessage(error)}</p>
        )}
      </div>
      {code === 'ALREADY_IN_SPACE' || code === 'INVITATION_USED' ? (
        <p>
          <Link href="/space">{t('common.goToSpace')}</Link>
        </p>
      ) : null}
    </div>
  );
}
