import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { fieldError } from '../../app/api/errorMessage';
import { withNotice } from '../../app/notices';
import { Loading } from '../../app/ui/Loading';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { formatDateTime, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { RoleField } from '../space/fields';
import type { Role } from '../space/types';
import {
  type InvitationRef,
  useAcceptInvitation,
  useDeclineInvitation,
  useInvitationPreview,
} from './api';
import { InvitationProblem } from './InvitationProblem';
import { forgetPendingInvitation } from './pendingInvitation';

interface InvitationReviewProps {
  invitation: InvitationRef;
  onDeclined: () => void;
  /** Move focus to the result once known: right after the person submitted a code. */
  focusResult?: boolean;
}

/** Shows who is inviting, and lets the person choose their role and accept or decline. */
export function InvitationReview({
  invitation,
  onDeclined,
  focusResult = false,
}: InvitationReviewProps) {
  const preview = useInvitationPreview(invitation);
  const accept = useAcceptInvitation();
  const decline = useDeclineInvitation();
  const { formRef, errorFor, check } = useFormErrors<'role'>(accept.error);
  const [, navigate] = useLocation();
  const [role, setRole] = useState<Role | null>(null);
  const timeZone = useTimeZone();
  const headingId = useId();
  const isBusy = accept.isPending || decline.isPending;
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusResult && preview.status !== 'pending') resultRef.current?.focus();
  }, [focusResult, preview.status]);

  if (preview.isPending) return <Loading label={t('join.loadingPreview')} />;
  if (preview.isError) {
    return (
      <div ref={resultRef} tabIndex={-1}>
        <InvitationProblem error={preview.error} />
      </div>
    );
  }
  const { inviterName, relationshipType, expiresAt } = preview.data;

  const onAccept = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<'role'> = {};
    if (role === null) errors.role = t('roles.required');
    if (!check(errors) || role === null) return;
    decline.reset();
    accept.mutate(
      { ref: invitation, role },
      {
        onSuccess: () => {
          forgetPendingInvitation();
          navigate('/space', { state: withNotice('joinedSpace') });
        },
      },
    );
  };

  const onDecline = () => {
    accept.reset();
    decline.mutate(invitation, {
      onSuccess: () => {
        forgetPendingInvitation();
        onDeclined();
      },
    });
  };

  // A missing role is shown beside the role question; anything else above the form.
  const failure = fieldError(accept.error, 'role') ? null : (accept.error ?? decline.error);
  return (
    <section className="card stack stack--loose" aria-labelledby={headingId}>
      <div ref={resultRef} tabIndex={-1} className="stack">
        <h2 id={headingId}>{t('join.invitedBy', { inviterName })}</h2>
        <dl className="facts">
          <div>
            <dt>{t('join.relationship')}</dt>
            <dd>{t(`relationshipTypes.${relationshipType}`)}</dd>
          </div>
          <div>
            <dt>{t('join.expires')}</dt>
            <dd>{formatDateTime(expiresAt, timeZone)}</dd>
          </div>
        </dl>
      </div>
      <form ref={formRef} className="stack stack--loose" onSubmit={onAccept} noValidate>
        {failure ? <InvitationProblem error={failure} /> : null}
        <RoleField value={role} onChange={setRole} error={errorFor('role')} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={isBusy}>
            {accept.isPending ? t('join.accepting') : t('join.accept')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={onDecline}
            disabled={isBusy}
          >
            {decline.isPending ? t('join.declining') : t('join.decline')}
          </button>
        </div>
      </form>
    </section>
  );
}
