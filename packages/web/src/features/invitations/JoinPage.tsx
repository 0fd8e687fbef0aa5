import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useMe } from '../accounts/api';
import { useSpace } from '../space/api';
import type { InvitationRef } from './api';
import { InvitationReview } from './InvitationReview';
import { JoinByCodeForm } from './JoinByCodeForm';
import { forgetPendingInvitation, rememberInvitationPath } from './pendingInvitation';

/** Signed out: remember the invitation, and offer to sign up or sign in and come back. */
function SignedOutJoin({ hasToken }: { hasToken: boolean }) {
  useEffect(() => {
    rememberInvitationPath(window.location.pathname + window.location.search);
  }, []);
  return (
    <>
      <p>{hasToken ? t('join.signedOutToken') : t('join.signedOutCode')}</p>
      <div className="button-row">
        <Link href="/sign-up" className="button button--primary">
          {t('welcome.createAccount')}
        </Link>
        <Link href="/sign-in" className="button button--secondary">
          {t('welcome.signIn')}
        </Link>
      </div>
    </>
  );
}

function Declined() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="card stack" role="status" tabIndex={-1}>
      <p>{t('join.declined')}</p>
      <p>{t('join.declinedNext')}</p>
      <p>
        <Link href="/space">{t('common.goToSpace')}</Link>
      </p>
    </div>
  );
}

function SignedInJoin({ token }: { token: string | null }) {
  const space = useSpace();
  const codeFromAddress = new URLSearchParams(useSearch()).get('code');
  // Kept here, above the form, so going back to correct a code never loses what was typed.
  const [code, setCode] = useState(codeFromAddress ?? '');
  const [invitation, setInvitation] = useState<InvitationRef | null>(
    token !== null ? { token } : null,
  );
  const [isDeclined, setIsDeclined] = useState(false);

  // Arriving here signed in is the return trip the remembered path was for.
  useEffect(() => forgetPendingInvitation(), []);

  if (space.isPending) return <Loading label={t('join.loadingPreview')} />;
  if (space.isError) return <LoadFailed onRetry={() => void space.refetch()} />;
  if (space.data !== null) {
    return (
      <>
        <p className="callout">{t('join.alreadyInSpaceNote')}</p>
        <p>
          <Link href="/space" className="button button--primary">
            {t('common.goToSpace')}
          </Link>
        </p>
      </>
    );
  }
  if (isDeclined) return <Declined />;
  if (invitation === null) {
    return (
      <JoinByCodeForm
        code={code}
        onCodeChange={setCode}
        onSubmit={(entered) => setInvitation({ code: entered })}
      />
    );
  }
  return (
    <>
      <InvitationReview
        invitation={invitation}
        onDeclined={() => setIsDeclined(true)}
        focusResult={'code' in invitation}
      />
      {'code' in invitation ? (
        <p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setInvitation(null)}
          >
            {t('join.differentCode')}
          </button>
        </p>
      ) : (
        <p>
          <Link href="/join">{t('join.useCode')}</Link>
        </p>
      )}
    </>
  );
}

export function JoinPage({ token }: { token: string | null }) {
  const me = useMe();
  let content: ReactNode;
  if (me.isPending) content = <Loading label={t('common.loading')} />;
  else if (me.isError) content = <LoadFailed onRetry={() => void me.refetch()} />;
  else if (me.data === null) content = <SignedOutJoin hasToken={token !== null} />;
  else content = <SignedInJoin token={token} />;

  return (
    <div className="stack stack--loose">
      <PageHeading>{t('join.title')}</PageHeading>
      {content}
    </div>
  );
}
