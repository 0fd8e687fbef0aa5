import type { MouseEvent, ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useMe, useSignOut } from '../features/accounts/api';
import { t } from '../i18n';
import { errorMessage } from './api/errorMessage';
import { NoticeBanner, withNotice } from './notices';
import { QuickExitButton } from './QuickExitButton';

function SignOutButton() {
  const signOut = useSignOut();
  const [, navigate] = useLocation();
  return (
    <>
      <button
        type="button"
        className="button button--quiet site-header__sign-out"
        disabled={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onSuccess: () => navigate('/', { state: withNotice('signedOut') }),
          })
        }
      >
        {signOut.isPending ? t('app.signingOut') : t('app.signOut')}
      </button>
      {signOut.isError ? (
        <p className="site-header__error" role="alert">
          {errorMessage(signOut.error)}
        </p>
      ) : null}
    </>
  );
}

// Follow the skip link without changing the URL: a #hash would add a history entry and
// drop any notice attached to the current one.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function Layout({ children }: { children: ReactNode }) {
  const me = useMe();
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a real in-page link; the handler only avoids the #hash */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="wordmark">
            {t('app.name')}
          </Link>
          <div className="site-header__actions">
            {me.data ? <SignOutButton /> : null}
            <QuickExitButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page">
        <NoticeBanner />
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footerQuickExit')}</p>
        <p>{t('app.footerLicence')}</p>
      </footer>
    </>
  );
}
