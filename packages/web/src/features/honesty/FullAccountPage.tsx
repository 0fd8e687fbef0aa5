import { findExplicitDetail } from '@amend/core';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { formatDateTime, t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useAccountStep, useFullAccounts } from './api';
import type { FullAccount } from './types';
import { nameOf } from './words';
import '../../styles/honesty.css';

const ACCOUNT_MAX_LENGTH = 60000;

/** Warns, while the author writes, where the text drifts into graphic sexual detail. */
function ExplicitDetailNote({ text }: { text: string }) {
  const findings = findExplicitDetail(text);
  if (findings.length === 0) return null;
  return (
    <div className="gentle-warning stack" role="status">
      <p>{t('honesty.account.explicitWarning')}</p>
      <p>
        {t('honesty.account.explicitWords', {
          list: [...new Set(findings.map((finding) => finding.phrase))].join(', '),
        })}
      </p>
    </div>
  );
}

function DraftEditor({ account }: { account: FullAccount | null }) {
  const [text, setText] = useState(account?.text ?? '');
  const step = useAccountStep();
  const save = () =>
    account
      ? step.mutate({ type: 'save', id: account.id, text })
      : step.mutate({ type: 'start', text });
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="stack">
      <p className="muted">{t('honesty.account.guidance')}</p>
      {account ? (
        <p>{t('honesty.account.draft', { date: formatDateTime(account.savedAt) })}</p>
      ) : null}
      <TextAreaField
        label={t('honesty.account.textLabel')}
        name="account"
        value={text}
        onValueChange={setText}
        maxLength={ACCOUNT_MAX_LENGTH}
        rows={12}
      >
        <ExplicitDetailNote text={text} />
      </TextAreaField>
      <FormAlert message={step.error ? errorMessage(step.error) : null} />
      {account && step.isSuccess ? (
        <p role="status">{t('honesty.account.saved', { count: account.versions })}</p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={step.isPending}
          onClick={save}
        >
          {account ? t('honesty.account.save') : t('honesty.account.start')}
        </button>
        {account ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={step.isPending || !text.trim()}
            onClick={() => setConfirming(true)}
          >
            {t('honesty.account.seal')}
          </button>
        ) : null}
      </div>
      {account ? (
        <ConfirmDialog
          open={confirming}
          title={t('honesty.account.sealTitle')}
          confirmLabel={t('honesty.account.seal')}
          cancelLabel={t('honesty.account.notYet')}
          pending={step.isPending}
          pendingLabel={t('honesty.account.sealing')}
          error={step.isError ? errorMessage(step.error) : null}
          onConfirm={() =>
            step.mutate({ type: 'seal', id: account.id }, { onSuccess: () => setConfirming(false) })
          }
          onDismiss={() => setConfirming(false)}
        >
          <p>{t('honesty.account.sealConfirm')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** How it came to be open: by both pressing "open", or by the therapist in a session. */
function openedLine(account: FullAccount): string {
  const session = account.openedInSession;
  if (!session) return t('honesty.account.opened');
  const date = formatDateTime(account.openedAt ?? '');
  return session.therapistName
    ? t('honesty.account.openedInSession', { name: session.therapistName, date })
    : t('honesty.account.openedInSessionUnnamed', { date });
}

function SealedOrOpened({ account }: { account: FullAccount }) {
  const headingId = useId();
  const step = useAccountStep();
  const opened = step.data as { message?: string } | undefined;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('honesty.account.by', { name: nameOf(account.author) })}</h2>
      {account.state === 'opened' ? (
        <>
          <p>{openedLine(account)}</p>
          <div className="account__text">{account.text}</div>
        </>
      ) : (
        <>
          <p>{t('honesty.account.sealed', { date: formatDateTime(account.sealedAt ?? '') })}</p>
          {account.youAgreedToOpen ? <p>{t('honesty.account.youAgreed')}</p> : null}
          {account.partnerAgreedToOpen ? <p>{t('honesty.account.partnerAgreed')}</p> : null}
          {opened?.message ? <p role="status">{opened.message}</p> : null}
          <FormAlert message={step.error ? errorMessage(step.error) : null} />
          {account.youAgreedToOpen ? null : (
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                disabled={step.isPending}
                onClick={() => step.mutate({ type: 'open', id: account.id })}
              >
                {t('honesty.account.open')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** The structured disclosure: a draft only its author sees, sealed, opened by both. */
export function FullAccountPage() {
  const accounts = useFullAccounts();
  if (accounts.data === undefined) {
    return <SpacePageWaiting query={accounts} loadingLabel={t('honesty.loading')} />;
  }
  const { mayWrite } = accounts.data;
  const draft = accounts.data.accounts.find((account) => account.state === 'draft') ?? null;
  const shared = accounts.data.accounts.filter((account) => account.state !== 'draft');
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('honesty.account.title')}</PageHeading>
        <p className="lead">
          {mayWrite ? t('honesty.account.introAuthor') : t('honesty.account.introReader')}
        </p>
      </div>
      {shared.map((account) => (
        <SealedOrOpened key={account.id} account={account} />
      ))}
      {shared.length === 0 && !mayWrite ? <p>{t('honesty.account.none')}</p> : null}
      {mayWrite && (draft || shared.length === 0) ? (
        <section className="card stack">
          <DraftEditor key={draft?.id ?? 'new'} account={draft} />
        </section>
      ) : null}
      <p>
        <Link href="/disclosures">{t('honesty.disclosures.title')}</Link>
      </p>
    </div>
  );
}
