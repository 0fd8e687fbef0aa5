import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { useMe } from '../features/accounts/api';
import { pathAfterSignIn } from '../features/invitations/pendingInvitation';
import { t } from '../i18n';
import { LoadFailed } from './ui/LoadFailed';
import { Loading } from './ui/Loading';

/** Pages for signed-in people only; everyone else is sent to sign in. */
export function SignedInOnly({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading label={t('common.loading')} />;
  if (me.isError) return <LoadFailed onRetry={() => void me.refetch()} />;
  if (me.data === null) return <Redirect to="/sign-in" replace />;
  return children;
}

interface SignedOutOnlyProps {
  children: ReactNode;
  /** Where a signed-in person goes instead; by default, back to a pending invitation. */
  redirectTo?: () => string;
}

/**
 * Pages that make no sense once signed in (welcome, sign in, sign up). Signing in on one
 * of them updates the session, and this sends the person on to where they were going.
 */
export function SignedOutOnly({ children, redirectTo = pathAfterSignIn }: SignedOutOnlyProps) {
  const me = useMe();
  if (me.isPending) return <Loading label={t('common.loading')} />;
  // A therapist has no space: their home is the caseload.
  if (me.data) {
    return (
      <Redirect to={me.data.accountKind === 'therapist' ? '/therapist' : redirectTo()} replace />
    );
  }
  // If we could not check the session, show the page anyway: signing in will tell.
  return children;
}
