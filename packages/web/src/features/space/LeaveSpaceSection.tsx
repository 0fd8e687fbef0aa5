import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { withNotice } from '../../app/notices';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog';
import { t } from '../../i18n';
import { useLeaveSpace } from './api';
import type { Member } from './types';

export function LeaveSpaceSection({ members }: { members: readonly Member[] }) {
  const headingId = useId();
  const leaveSpace = useLeaveSpace();
  const [, navigate] = useLocation();
  const [isConfirming, setIsConfirming] = useState(false);
  const partner = members.find((member) => !member.isYou);

  const close = () => {
    setIsConfirming(false);
    leaveSpace.reset();
  };

  const leave = () =>
    leaveSpace.mutate(undefined, {
      // Same page, new history state: the space page then offers to create a new space,
      // with a notice confirming what happened.
      onSuccess: () => navigate('/space', { replace: true, state: withNotice('leftSpace') }),
    });

  return (
    <section className="stack leave-space" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('space.leave.heading')}</h2>
      <p>{t('space.leave.intro')}</p>
      <div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setIsConfirming(true)}
        >
          {t('space.leave.button')}
        </button>
      </div>
      <ConfirmDialog
        open={isConfirming}
        title={t('space.leave.dialogTitle')}
        confirmLabel={t('space.leave.confirm')}
        cancelLabel={t('space.leave.cancel')}
        pending={leaveSpace.isPending}
        pendingLabel={t('space.leave.pending')}
        error={leaveSpace.isError ? errorMessage(leaveSpace.error) : null}
        onConfirm={leave}
        onDismiss={close}
      >
        <p>
          {partner
            ? t('space.leave.withPartner', { partnerName: partner.displayName })
            : t('space.leave.alone')}
        </p>
      </ConfirmDialog>
    </section>
  );
}
