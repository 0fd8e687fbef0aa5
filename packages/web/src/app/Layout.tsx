import type { MouseEvent, ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useMe, useSignOut } from '../features/accounts/api';
import { useCapabilities } from '../features/instruments/api';
import { UpdatesLink } from '../features/notifications/UpdatesLink';
import { useDiscreetModeFromAccount } from '../features/settings/api';
import { t } from '../i18n';
import { OfflineStatus } from '../offline/OfflineStatus';
import { errorMessage } from './api/errorMessage';
import { appName, useDiscreetAppearance } from './appearance';
import { PARTNER_NAVIGATION, THERAPIST_NAVIGATION } from './navigation';
import { NoticeBanner, withNotice } from './notices';
import { PrimaryNav } from './PrimaryNav';
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

/** Shown only to the people who run this Amend instance. */
function AdminLink() {
  const capabilities = useCapabilities();
  if (!capabilities.data?.manageInstruments) return null;
  // The same administrators look after failing e-mail and push deliveries.
  return (
    <>
      <Link href="/admin/questionnaires" className="button button--quiet">
        {t('instruments.adminLink')}
      </Link>
      <Link href="/admin/deliveries" className="button button--quiet">
        {t('reminders.deliveries.title')}
      </Link>
    </>
  );
}

// Follow the skip link without changing the URL: a #hash would add a history entry and
// drop any notice attached to the current one.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** Links to the person's private pages; shown only when signed in. */
function FooterLinks() {
  return (
    <nav aria-label={t('app.moreNavigation')}>
      <ul className="plain-list button-row site-footer__links">
        <li>
          <Link href="/safety">{t('safety.footerLink')}</Link>
        </li>
        <li>
          <Link href="/settings">{t('settings.footerLink')}</Link>
        </li>
      </ul>
    </nav>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const me = useMe();
  useDiscreetModeFromAccount();
  // Re-render the header's name when discreet mode is switched.
  useDiscreetAppearance();
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a real in-page link; the handler only avoids the #hash */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="wordmark">
            {appName()}
          </Link>
          <div className="site-header__actions">
            {me.data ? <AdminLink /> : null}
            {me.data ? <UpdatesLink /> : null}
            {me.data ? <SignOutButton /> : null}
            <QuickExitButton />
          </div>
        </div>
        {me.data ? (
          <PrimaryNav
            entries={
              me.data.accountKind === 'therapist' ? THERAPIST_NAVIGATION : PARTNER_NAVIGATION
            }
          />
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="page">
        <NoticeBanner />
        {me.data ? <OfflineStatus userId={me.data.id} /> : null}
        {children}
      </main>
      <footer className="site-footer">
        {me.data ? <FooterLinks /> : null}
        <p>{t('app.footerQuickExit', { name: appName() })}</p>
        <p>{t('app.footerLicence')}</p>
      </footer>
    </>
  );
}
