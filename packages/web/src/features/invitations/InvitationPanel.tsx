import { useEffect, useId, useRef } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { formatDateTime, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import type { PendingInvitation } from '../space/types';
import { useCreateInvitation, useRevokeInvitation } from './api';
import { CopyField } from './CopyField';

interface InvitationPanelProps {
  pendingInvitation: PendingInvitation | null;
}

/**
 * Inviting the partner. The link and code are secrets shown once, straight from the
 * creating request; afterwards the server only tells us that an invitation is pending.
 */
export function InvitationPanel({ pendingInvitation }: InvitationPanelProps) {
  const headingId = useId();
  const timeZone = useTimeZone();
  const createInvitation = useCreateInvitation();
  const revokeInvitation = useRevokeInvitation();
  const created = createInvitation.data;
  const isBusy = createInvitation.isPending || revokeInvitation.isPending;
  const error = createInvitation.error ?? revokeInvitation.error;

  // The panel's content is replaced after creating or revoking, taking the focused button
  // with it; move focus to the panel's heading so keyboard users keep their place.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastActionAt = Math.max(createInvitation.submittedAt, revokeInvitation.submittedAt);
  const isSettled = !createInvitation.isPending && !revokeInvitation.isPending;
  useEffect(() => {
    if (lastActionAt > 0 && isSettled) headingRef.current?.focus();
  }, [lastActionAt, isSettled]);

  const create = () => {
    revokeInvitation.reset();
    createInvitation.mutate(pendingInvitation?.id ?? null);
  };
  const revoke = (id: string) =>
    revokeInvitation.mutate(id, { onSuccess: () => createInvitation.reset() });

  const revokeButton = (id: string) => (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => revoke(id)}
      disabled={isBusy}
    >
      {revokeInvitation.isPending ? t('invitations.revoking') : t('invitations.revoke')}
    </button>
  );

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {created ? t('invitations.createdHeading') : t('invitations.heading')}
      </h2>
      <FormAlert message={error ? errorMessage(error) : null} />
      {created ? (
        <>
          <CopyField
            label={t('invitations.link')}
            value={created.link}
            copyLabel={t('invitations.copyLink')}
          />
          <CopyField
            label={t('invitations.code')}
            value={created.code}
            copyLabel={t('invitations.copyCode')}
            className="copy-field__value--code"
          />
          <p className="callout">
            {t('invitations.showOnce', { date: formatDateTime(created.expiresAt, timeZone) })}
          </p>
          <div className="button-row">{revokeButton(created.id)}</div>
        </>
      ) : pendingInvitation ? (
        <>
          <p>
            {t('invitations.pending', {
              created: formatDateTime(pendingInvitation.createdAt, timeZone),
              expires: formatDateTime(pendingInvitation.expiresAt, timeZone),
            })}
          </p>
          <p className="muted">{t('invitations.pendingNote')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={create}
              disabled={isBusy}
            >
              {createInvitation.isPending ? t('invitations.creating') : t('invitations.replace')}
            </button>
            {revokeButton(pendingInvitation.id)}
          </div>
          <p className="muted">{t('invitations.replaceNote')}</p>
        </>
      ) : (
        <>
          <p>{t('invitations.intro')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={create}
              disabled={isBusy}
            >
              {createInvitation.isPending ? t('invitations.creating') : t('invitations.create')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="muted status-line">
        {revokeInvitation.isSuccess ? t('invitations.revoked') : null}
      </p>
    </section>
  );
}
