import { useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog';
import { FormAlert } from '../../app/ui/FormAlert';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { formatDateTime, t } from '../../i18n';
import { type SessionAccounts, useOpenInSession, useSessionAccounts } from './api';

type Account = SessionAccounts['accounts'][number];

function stateLine(account: Account, timeZone: string): string {
  const name = account.authorName ?? t('honesty.inSession.someone');
  if (account.state === 'sealed') {
    return t('honesty.inSession.sealed', {
      name,
      date: formatDateTime(account.sealedAt ?? '', timeZone),
    });
  }
  const date = formatDateTime(account.openedAt ?? '', timeZone);
  if (!account.openedInSession) return t('honesty.inSession.openedByBoth', { name, date });
  return account.openedInSession.byYou
    ? t('honesty.inSession.openedByYou', { name, date })
    : t('honesty.inSession.openedInSession', { name, date });
}

/**
 * On the therapist's couple page: the couple's sealed full accounts, and "open it in this
 * session" behind a confirmation, because it opens for both partners at once and for good. The
 * server decides whether it may (both partners' consent); this only shows what it answered.
 */
export function OpenInSessionSection({
  coupleId,
  timeZone,
}: {
  coupleId: string;
  timeZone: string;
}) {
  const headingId = useId();
  const accounts = useSessionAccounts(coupleId);
  const open = useOpenInSession(coupleId);
  const [confirming, setConfirming] = useState<Account | null>(null);
  const body = () => {
    if (accounts.isPending) return <Loading label={t('honesty.inSession.loading')} />;
    if (accounts.isError) return <LoadFailed onRetry={() => void accounts.refetch()} />;
    const { mayOpen, reason } = accounts.data;
    if (!mayOpen) {
      return (
        <p>
          {reason === 'partner_missing'
            ? t('honesty.inSession.partnerMissing')
            : t('honesty.inSession.consentMissing')}
        </p>
      );
    }
    if (accounts.data.accounts.length === 0) return <p>{t('honesty.inSession.none')}</p>;
    return (
      <ul className="plain-list stack">
        {accounts.data.accounts.map((account) => (
          <li key={account.id} className="stack">
            <p>{stateLine(account, timeZone)}</p>
            {account.state === 'sealed' ? (
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    open.reset();
                    setConfirming(account);
                  }}
                >
                  {t('honesty.inSession.open')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('honesty.inSession.heading')}</h2>
      <p className="muted">{t('honesty.inSession.intro')}</p>
      {body()}
      {open.isSuccess ? <p role="status">{t('honesty.inSession.opened')}</p> : null}
      <FormAlert message={open.isError && !confirming ? errorMessage(open.error) : null} />
      <ConfirmDialog
        open={confirming !== null}
        title={t('honesty.inSession.confirmTitle', {
          name: confirming?.authorName ?? t('honesty.inSession.someone'),
        })}
        confirmLabel={t('honesty.inSession.confirm')}
        cancelLabel={t('honesty.inSession.notNow')}
        pending={open.isPending}
        pendingLabel={t('honesty.inSession.opening')}
        error={open.isError ? errorMessage(open.error) : null}
        onConfirm={() => {
          if (confirming) open.mutate(confirming.id, { onSuccess: () => setConfirming(null) });
        }}
        onDismiss={() => setConfirming(null)}
      >
        <p>{t('honesty.inSession.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
